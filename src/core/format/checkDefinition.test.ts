// What `seika formats --format` says about a definition a city wrote: nothing for a good one, each mistake with where it is.
import * as fs from 'fs';
import * as path from 'path';
import komoro from '../../formats/komoro.json';
import { buildLayout } from './buildLayout';
import { checkDefinition, problemText } from './checkDefinition';
import type { FormatDefinition } from './schema';

/** The seed's definition with one change made by `edit`. */
function edited(edit: (def: typeof komoro) => void): unknown {
  const copy = JSON.parse(JSON.stringify(komoro)) as typeof komoro;
  edit(copy);
  return copy;
}

/** Where a rule pushed onto the seed's rules stands. */
const ADDED_RULE = `rules[${komoro.rules.length}]`;

function problemsOf(json: unknown): string[] {
  const result = checkDefinition(json);
  return result.ok ? [] : result.problems.map(problemText);
}

it('accepts the built-in definition', () => {
  expect(checkDefinition(komoro)).toMatchObject({ ok: true, definition: { id: 'komoro', version: 1 } });
});

it.each<[string, (def: typeof komoro) => void, string]>([
  ['a cell that is not a cell', (d) => (d.blocks.budget.labels[0].range = 'A9:15'), 'blocks.budget.labels[0].range: セル範囲は A1 または A1:H2 の形'],
  ['a formula that does not parse', (d) => (d.blocks.budget.formulas[0].value = 'Total - sum(Subsidies'), 'blocks.budget.formulas[0].value: 「)」がありません'],
  ['an unknown built-in rule', (d) => d.rules.push({ type: 'builtin', id: 'budget-balance' }), `${ADDED_RULE}: 組み込みルール budget-balance はありません / no built-in rule budget-balance`],
  [
    'a built-in rule without the parameters it needs',
    (d) => d.rules.push({ type: 'builtin', id: 'funding-sum', params: { total: 'Total' } } as never),
    `${ADDED_RULE}.params.sources: 無効な入力: 配列が期待されましたが、undefinedが入力されました / Invalid input: expected array, received undefined`,
  ],
  ['a required field no sheet has', (d) => d.sheets[2].required.push('Budget'), 'sheets[2].required: project に欄 Budget がありません'],
  ['a shared block that does not exist', (d) => d.sheets[0].blocks.push({ use: 'footer' }), 'sheets[0] (policy): no shared block "footer"'],
  ['a total over a field no sheet has', (d) => d.consolidation.totals[0].fields.push('StaffCost'), 'consolidation: 欄 StaffCost がどのシートにもありません'],
  [
    'a check over a field the sheet lacks',
    (d) => d.rules.push({ type: 'assert', id: 'x', severity: 'error', sheet: 'project', assert: 'General <= Totl', at: 'General', message: { ja: 'x', en: 'x' } } as never),
    `${ADDED_RULE} (x): project に欄 Totl がありません / no field Totl on project`,
  ],
  ['the same name twice', (d) => d.sheets[2].blocks.push({ use: 'nextSteps', shift: 2 }), 'project: 名前 NextSteps が重複しています / the name NextSteps is used twice'],
  ['a cell below the sheet’s last row', (d) => (d.sheets[2].lastRow = 20), 'sheets[2] (project): 「目標の実現に向けた今後の取り組み」 の A27:H27 が lastRow (20 行) より下にあります'],
  ['a cell right of the sheet’s columns', (d) => (d.sheets[2].columnWidths = d.sheets[2].columnWidths.slice(0, 7)), 'が列幅 (columnWidths) の G 列より右にあります / '],
  ['two parts on one cell', (d) => d.sheets[2].blocks.push({ labels: [{ range: 'B5', text: '重なり' }] } as never), 'sheets[2] (project): ProjectName の A5:E5 が 「重なり」 と同じセル B5 にあります'],
  [
    'a required-if over a field the sheet lacks',
    (d) => d.rules.push({ type: 'required-if', id: 'y', severity: 'warning', sheet: 'measure', field: 'Notes', when: { field: 'Evalution', in: ['x'] }, message: { ja: 'y', en: 'y' } } as never),
    `${ADDED_RULE} (y): measure に欄 Evalution がありません / no field Evalution on measure`,
  ],
  ['an enum without its list', (d) => delete (d.lists as Record<string, unknown>).pledge, 'an enum field names one of the format\'s lists'],
])('reports %s', (_, edit, expected) => {
  expect(problemsOf(edited(edit)).join('\n')).toContain(expected);
});

it('accepts a third city’s definition that uses only what the schema offers, and builds its sheets', () => {
  const json: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/formats/third-city.json'), 'utf8'));
  const result = checkDefinition(json);
  expect(result).toMatchObject({ ok: true });
  const def = (result as { definition: FormatDefinition }).definition;
  const project = buildLayout(def, def.sheets.find((s) => s.kind === 'project')!);
  expect(project.fields.filter((f) => f.name.startsWith('Total_')).map((f) => [f.range, f.path])).toEqual([
    ['B6', ['budget', { year: -1 }, 'total']],
    ['C6', ['budget', { year: 0 }, 'total']],
  ]);
  expect(project.formulas.map((f) => [f.name, f.formula, f.result((a) => ({ B6: 900, B7: 400, B8: 250 })[a] ?? null)])).toEqual([
    ['FullCost_1', 'N(B6)+N(B8)', 1150],
    ['FullCost_2', 'N(C6)+N(C8)', 0],
    ['Gap_1', 'N(B6)-N(B7)', 500],
    ['Gap_2', 'N(C6)-N(C7)', 0],
  ]);
});
