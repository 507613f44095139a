// A format's own checks (assert, required-if) report like built-in rules, and only the rules a format lists run.
import komoro from '../../formats/komoro.json';
import { checkWorkbooks } from '../rules/engine';
import { formatMessage } from '../rules/format';
import { readSheetOf, validProject, workbookOf } from '../rules/testing/fixtures';
import { rulesOf } from './definitionRules';
import { FormatDefinition } from './schema';

/** The seed's format with only required-fields built in, plus two checks of its own. */
const def = FormatDefinition.parse({
  ...komoro,
  rules: [
    { type: 'builtin', id: 'required-fields' },
    {
      type: 'assert',
      id: 'general-within-total',
      severity: 'error',
      sheet: 'project',
      assert: 'General <= Total',
      eachYear: 'actual',
      at: 'General',
      message: { ja: '{label}が年度別事業費を超えています。', en: '{label} exceeds the total.' },
    },
    {
      type: 'required-if',
      id: 'reduce-needs-notes',
      severity: 'warning',
      sheet: 'project',
      field: 'Notes',
      when: { field: 'Evaluation', in: ['縮小', '廃止'] },
      message: { ja: '評価が縮小・廃止のときは{label}に理由を書いてください。', en: 'Give the reason in {label} when reducing or abolishing.' },
    },
  ],
});
const rules = rulesOf(def);
const check = (overrides: Parameters<typeof readSheetOf>[1], sheet = validProject) =>
  checkWorkbooks([workbookOf('市民課.xlsx', [readSheetOf(sheet, overrides)])], {}, rules).map((f) => ({ rule: f.ruleId, cell: f.cell, text: formatMessage(f, 'ja', new Map(rules.map((r) => [r.id, r]))) }));

it('runs only the built-in rules the format lists, then its own', () => {
  expect(rules.map((r) => r.id)).toEqual(['required-fields', 'general-within-total', 'reduce-needs-notes']);
  expect(check({})).toEqual([]);
});

it('reports an assert check per year column, at its field', () => {
  expect(check({ General_2: 99999 })).toEqual([{ rule: 'general-within-total', cell: 'G14', text: '一般財源（平成30年度）が年度別事業費を超えています。' }]);
});

it('leaves a value that is not a number to money-format', () => {
  expect(check({ General_2: '不明' })).toEqual([]);
});

it('asks for a field when another holds one of the listed values', () => {
  expect(check({}, { ...validProject, evaluation: '縮小' })).toEqual([{ rule: 'reduce-needs-notes', cell: 'A26', text: '評価が縮小・廃止のときは特記事項に理由を書いてください。' }]);
  expect(check({}, { ...validProject, evaluation: '縮小', notes: '利用者減のため' })).toEqual([]);
});
