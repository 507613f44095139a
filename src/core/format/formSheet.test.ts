// A format's own sheet kind (not one of the four built-in ones) is read as a form: values by defined name,
// year columns as Name_1, Name_2…, derived cells with the value seika computes; it is drawn back the same way.
import { sheetDrawing } from '../layout/drawing';
import { sheetFromFields } from '../layout/sheetData';
import type { Value } from '../model';
import { buildLayout } from './buildLayout';
import { checkDefinition, problemText } from './checkDefinition';
import { FormatDefinition } from './schema';

const definition = {
  id: 'small-form',
  version: 1,
  name: { ja: '小さな様式', en: 'A small form' },
  years: { past: 1, nextPlan: false },
  moneyUnit: '円',
  lists: {},
  sheets: [
    {
      kind: 'evaluation',
      version: 1,
      title: '評価シート',
      signature: ['評価シート'],
      columnWidths: [16, 12, 12],
      lastRow: 5,
      required: ['ProjectName'],
      blocks: [
        {
          labels: [{ range: 'A1', text: '評価シート', style: 'title' }],
          fields: [
            { name: 'ReportYear', label: '年度', range: 'C1', type: 'reportYear' },
            { name: 'ProjectName', label: '事務事業名', range: 'B2:C2', type: 'text' },
            { eachYear: 'actual', fields: [{ name: 'Cost', label: '事業費', range: 'B3', type: 'money' }] },
            { eachYear: 'actual', fields: [{ name: 'Staff', label: '人件費', range: 'B4', type: 'money' }] },
            { eachYear: 'actual', fields: [{ name: 'FullCost', label: 'トータルコスト', range: 'B5', type: 'money', formula: 'Cost + Staff' }] },
          ],
        },
      ],
    },
  ],
  rules: [{ type: 'builtin', id: 'required-fields' }],
  consolidation: { groupBy: { field: 'ProjectName' }, totals: [], counts: [] },
};

function problemsOf(json: unknown): string[] {
  const result = checkDefinition(json);
  return result.ok ? [] : result.problems.map(problemText);
}

const layout = buildLayout(FormatDefinition.parse(definition), FormatDefinition.parse(definition).sheets[0]);
const typed: Record<string, Value> = { ProjectName: '公園管理事業', Cost_1: 1000, Cost_2: '1,200', Staff_1: 250, Staff_2: 300 };

it('accepts a kind of the format’s own, its fields without a model path', () => {
  expect(problemsOf(definition)).toEqual([]);
});

it('reads the sheet as a form: values by name, the derived cells computed as Excel shows them', () => {
  expect(sheetFromFields(layout, 2019, (f) => typed[f.name] ?? null)).toEqual({
    kind: 'form',
    form: 'evaluation',
    reportYear: 2019,
    // Text such as "1,200" counts as 0 in the live formula (N()), as it does here.
    values: { ProjectName: '公園管理事業', Cost_1: 1000, Cost_2: '1,200', Staff_1: 250, Staff_2: 300, FullCost_1: 1250, FullCost_2: 300 },
  });
});

it('draws a form’s values back into their cells', () => {
  const sheet = sheetFromFields(layout, 2019, (f) => typed[f.name] ?? null);
  const cells = sheetDrawing(layout, sheet).cells.map((c) => [c.range, c.kind === 'formula' ? c.result : c.value]);
  expect(cells).toEqual(expect.arrayContaining([['C1', '令和元年度'], ['B2:C2', '公園管理事業'], ['C3', '1,200'], ['B5', 1250], ['C5', 300]]));
});

it.each<[string, (def: typeof definition) => void, string]>([
  ['a model path on a form’s field', (d) => Object.assign(d.sheets[0].blocks[0].fields[1], { path: 'name' }), 'sheets[0] (evaluation): 欄 ProjectName の path は組み込みの種類だけのものです'],
  ['a kind named form', (d) => (d.sheets[0].kind = 'form'), 'sheets[0].kind: 「form」は使えません'],
  ['a kind that is not an id', (d) => (d.sheets[0].kind = '評価'), 'sheets[0].kind: 種類は小文字英数字と -'],
])('refuses %s', (_, edit, expected) => {
  const copy = JSON.parse(JSON.stringify(definition)) as typeof definition;
  edit(copy);
  expect(problemsOf(copy).join('\n')).toContain(expected);
});
