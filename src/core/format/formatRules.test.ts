// The built-in rules take what they check from the format checked against (RuleContext.format): required names,
// funding-sum's lines, the value lists, the format a workbook must follow, and which rules run at all.
import komoro from '../../formats/komoro.json';
import { checkWorkbooks } from '../rules/engine';
import { readSheetOf, validProject, workbookOf } from '../rules/testing/fixtures';
import type { Finding } from '../rules/types';
import { FormatDefinition } from './schema';

/** The seed's format with its project sheet's requirements, rules and lists changed as `edit` says. */
function formatWith(edit: (def: FormatDefinition) => void): FormatDefinition {
  const def = FormatDefinition.parse(JSON.parse(JSON.stringify(komoro)));
  edit(def);
  return def;
}

const brief = (f: Finding) => ({ rule: f.ruleId, messageId: f.messageId, field: f.field, data: f.data });
const check = (format: FormatDefinition, overrides: Parameters<typeof readSheetOf>[1] = {}, sheet = validProject) =>
  checkWorkbooks([{ ...workbookOf('市民課.xlsx', [readSheetOf(sheet, overrides)]), meta: { format: { id: 'komoro', version: 1 } } }], { format }).map(brief);

it('asks only for the names the format requires, and runs only the rules it lists', () => {
  const format = formatWith((d) => {
    d.sheets.find((s) => s.kind === 'project')!.required = ['ProjectName'];
    d.rules = d.rules.filter((r) => r.type === 'builtin' && r.id === 'required-fields');
  });
  expect(check(format, { Summary: null, Total_1: '不明' })).toEqual([]);
  expect(check(format, { ProjectName: null })).toEqual([expect.objectContaining({ rule: 'required-fields', messageId: 'empty', field: 'ProjectName' })]);
});

it('sums the funding lines the format names, and says which', () => {
  const format = formatWith((d) => {
    d.rules = [{ type: 'builtin', id: 'funding-sum', params: { total: 'Total', sources: ['General'] } }];
  });
  // 市民活動支援事業: 7,267 = 342 (その他) + 6,925 (一般財源); without その他 the sum falls short in every year.
  expect(check(format)[0]).toEqual({ rule: 'funding-sum', messageId: 'mismatch', field: 'Total_1', data: expect.objectContaining({ sources: '一般財源', total: 7267, sum: 6925 }) });
});

it('reads the value lists and their aliases from the format', () => {
  const format = formatWith((d) => {
    d.lists.evaluation = { label: '今後の方向性', values: ['拡大', '現状維持', '廃止'], aliases: { 現状維持: ['維持'] } };
    d.rules = [{ type: 'builtin', id: 'enum-values' }];
  });
  expect(check(format)).toEqual([{ rule: 'enum-values', messageId: 'probably', field: 'Evaluation', data: expect.objectContaining({ value: '維持', expected: '現状維持' }) }]);
});

it('expects workbooks of the format checked against', () => {
  const format = formatWith((d) => {
    d.id = 'third-city';
    d.version = 2;
    d.rules = [{ type: 'builtin', id: 'format-known' }];
  });
  expect(check(format)).toEqual([{ rule: 'format-known', messageId: 'otherFormat', field: undefined, data: expect.objectContaining({ format: 'komoro/1', expected: 'third-city/2' }) }]);
});
