// Rule 6: 施策内順位 is unique within a measure across every department's workbook (checked when consolidating).
import { numberOf } from '../numbers';
import type { WorkbookRead } from '../source';
import { setRule } from './define';
import { atNamedField, firstPlace, laterOccurrences, projectKey, sheetsOfKind, type ReadOf } from './setSheets';
import { codeKey } from './setSheets';

/** A rank is a whole number of 1 or more; - (not ranked) and anything else is no rank (rank-format judges it). */
function rankOf(read: ReadOf<'project'>): number | undefined {
  const n = numberOf(read.sheet.rank);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

function rankKey(read: ReadOf<'project'>): string | undefined {
  const measure = codeKey(read.sheet.measure.number);
  const rank = rankOf(read);
  return measure && rank !== undefined ? `${measure}\u0000${rank}` : undefined;
}

/** The same project submitted twice carries the same rank: that is duplicate-project's finding, not a second one here. */
function sameProject(a: ReadOf<'project'>, b: ReadOf<'project'>): boolean {
  const key = projectKey(a);
  return key !== undefined && key === projectKey(b);
}

export const rankUniqueRule = setRule({
  id: 'rank-unique',
  severity: 'error',
  description: { ja: '施策内順位が施策の中で重ならないこと（全部の課のブックを通して）', en: 'Ranks are unique within a measure across all workbooks' },
  messages: {
    ja: {
      duplicate:
        '施策 {measure} の施策内順位 {rank} は、事業「{firstName}」（{firstFile} の「{firstSheet}」シート）と同じです。施策内で順位が重ならないよう、関係する課と調整して直してください。',
    },
    en: {
      duplicate: 'Rank {rank} in measure {measure} is also given to "{firstName}" (sheet "{firstSheet}" in {firstFile}); agree the ranks with the other department so none repeats.',
    },
  },
  check(workbooks: WorkbookRead[]) {
    const projects = sheetsOfKind(workbooks, 'project');
    return laterOccurrences(projects, rankKey)
      .filter(({ item, first }) => !sameProject(item, first))
      .flatMap(({ item, first }) =>
        atNamedField(item, 'Rank', 'duplicate', { measure: String(item.sheet.measure.number), rank: rankOf(item) ?? '', firstName: String(first.sheet.name), ...firstPlace(first) }),
      );
  },
});
