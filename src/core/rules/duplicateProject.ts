// Rule 10: the same project submitted twice (by two departments, or twice by one) is reported, never merged silently.
import type { WorkbookRead } from '../source';
import { setRule } from './define';
import { atNamedField, firstPlace, laterOccurrences, projectKey, sheetsOfKind } from './setSheets';

export const duplicateProjectRule = setRule({
  id: 'duplicate-project',
  severity: 'error',
  description: { ja: '同じ事務事業が2回提出されていないこと（課をまたいでも）', en: 'No project is submitted twice, by one department or by two' },
  messages: {
    ja: {
      duplicate:
        '事務事業「{name}」は、{firstFile} の「{firstSheet}」シートと同じ事業です（事務事業名と会計・款・項・目が同じ）。同じ事業が2回提出されています。集計では合算しないので、所管課で確かめてどちらか一方だけを残してください。',
    },
    en: {
      duplicate:
        'The project "{name}" is the same as sheet "{firstSheet}" in {firstFile} (same name and account): it was submitted twice. Totals never merge them; keep only one.',
    },
  },
  check(workbooks: WorkbookRead[]) {
    const projects = sheetsOfKind(workbooks, 'project', 'budget-only');
    return laterOccurrences(projects, projectKey).flatMap(({ item, first }) =>
      atNamedField(item, 'ProjectName', 'duplicate', { name: String(item.sheet.name), ...firstPlace(first) }),
    );
  },
});
