// A form format's report as its definition's `consolidation` asks: grouped by the code's 施策 part, totals per year
// and for the whole, counts per axis, the projects a condition picks, a repeated code set aside.
import { buildLayout } from '../../format/buildLayout';
import { FormatDefinition } from '../../format/schema';
import type { FormSheet, Value } from '../../model';
import { eachFormDrawing } from '../../report/formDrawing';
import type { ReportCell } from '../../report/table';
import { readCellsOf } from '../../readCells';
import type { ReadSheet, WorkbookRead } from '../../source';
import { consolidateForms } from './consolidate';

const field = (name: string, label: string, range: string, type = 'text', more: object = {}) => ({ name, label, range, type, ...more });
const definition = FormatDefinition.parse({
  id: 'small-form',
  version: 1,
  name: { ja: '小さな評価', en: 'A small evaluation' },
  years: { past: 1, nextPlan: true },
  moneyUnit: '円',
  lists: { evaluation: { label: '評価', values: ['A', 'B', 'C'] }, status: { label: '今後の方向性', values: ['拡充', '継続', '完了'] } },
  sheets: [
    {
      kind: 'evaluation',
      version: 1,
      title: '評価シート',
      signature: ['評価シート'],
      columnWidths: [16, 12, 12, 12],
      lastRow: 14,
      required: [],
      blocks: [
        {
          fields: [
            field('ReportYear', '年度', 'D1', 'reportYear'),
            field('Code', '事務事業コード', 'B2', 'code'),
            field('ProjectName', '事務事業名', 'B3'),
            field('MeasureName', '施策名', 'B4'),
            field('Department', '所管課', 'B5'),
            field('EndYear', '終了年度', 'B6', 'year'),
            field('Necessity', '必要性', 'B7', 'enum', { list: 'evaluation' }),
            field('Efficiency', '効率性', 'B8', 'enum', { list: 'evaluation' }),
            field('Direction', '今後の方向性', 'B9', 'enum', { list: 'status' }),
            { eachYear: 'plan', fields: [field('Cost', '事業費（{Y}）', 'B10', 'money')] },
            { eachYear: 'plan', fields: [field('Staff', '従事職員数（{Y}）', 'B11', 'decimal')] },
            { eachYear: 'plan', fields: [field('FullCost', 'トータルコスト（{Y}）', 'B12', 'money', { formula: 'Cost + Staff * 1000' })] },
          ],
        },
        {
          repeat: { count: 2, rowStep: 1 },
          fields: [field('Outcome{n}Name', '成果指標{n}', 'A13'), { eachYear: 'actual', fields: [field('Outcome{n}Target', '成果指標{n} 目標値（{Y}）', 'D13', 'decimal')] }, { eachYear: 'actual', fields: [field('Outcome{n}Rate', '成果指標{n} 達成率（{Y}）', 'B13', 'decimal')] }],
        },
      ],
    },
  ],
  rules: [],
  consolidation: {
    groupBy: { codePrefix: { field: 'Code', length: 5 } },
    group: { label: '施策', name: 'MeasureName' },
    key: ['Code', 'ProjectName'],
    totals: [
      { label: 'トータルコスト', fields: ['FullCost', 'Cost'], eachYear: 'plan' },
      { label: '従事職員数', fields: ['Staff'], eachYear: 'plan', unit: '人工' },
    ],
    counts: [
      { label: '今後の方向性', field: 'Direction' },
      { label: '評価', fields: ['Necessity', 'Efficiency'] },
    ],
    achievement: { sheet: 'evaluation', indicator: 'Outcome{n}Name', rate: 'Outcome{n}Rate', from: ['Outcome{n}Target'] },
    lists: [{ label: '今年度で終わる事業', where: { field: 'EndYear', is: 'reportYear' }, columns: ['Code', 'ProjectName', 'Direction'] }],
  },
});
const layout = buildLayout(definition, definition.sheets[0]);

function project(code: string, name: string, more: Record<string, Value>): FormSheet {
  const cost = [1000, 2000, 3000];
  const staff = [0.1, 0.2, 0.5];
  const years = Object.fromEntries(cost.flatMap((c, i) => [[`Cost_${i + 1}`, c], [`Staff_${i + 1}`, staff[i]], [`FullCost_${i + 1}`, c + staff[i] * 1000]]));
  return { kind: 'form', form: 'evaluation', reportYear: 2019, values: { Code: code, ProjectName: name, Department: '企画課', EndYear: '終期なし', Necessity: 'A', Efficiency: 'B', Direction: '継続', Outcome1Name: '参加者数', Outcome1Target_2: 100, Outcome1Rate_2: 85, Outcome2Name: null, Outcome2Rate_2: null, ...years, ...more } };
}

function workbook(file: string, sheets: FormSheet[]): WorkbookRead {
  const reads: ReadSheet[] = sheets.map((sheet) => ({ sheet, source: { file, sheetName: String(sheet.values.ProjectName), layout, readBy: 'names', cells: readCellsOf(layout, new Map()) } }));
  return { file, meta: { format: { id: 'small-form', version: 1 }, reportYear: 2019 }, sheets: reads, problems: [] };
}

const books = [
  workbook('企画課.xlsx', [
    project('01-02-01-001', '広報事業', { MeasureName: '情報発信', EndYear: '令和元年度', Direction: '完了' }),
    project('01-02-01-002', '広聴事業', { Necessity: 'C', Cost_3: '未定', Outcome1Rate_2: 59.9, Outcome2Name: '意見数', Outcome2Rate_2: 0 }),
  ]),
  workbook('市民課.xlsx', [
    project('01-01-01-001', '窓口事業', { MeasureName: '市民サービス', Direction: null }),
    project('01-02-01-001', '広報事業', { Department: '市民課' }),
  ]),
];
const report = consolidateForms(books, definition);

it('groups by the code’s first characters, named by the first sheet naming the group', () => {
  expect(report.groups.map((g) => [g.key, g.name, g.sheets.map((s) => s.sheet.values.ProjectName)])).toEqual([
    ['01-01', '市民サービス', ['窓口事業']],
    ['01-02', '情報発信', ['広報事業', '広聴事業']],
  ]);
  expect(report.status.files[1].duplicates).toEqual([{ sheet: '広報事業', title: '広報事業', firstFile: '企画課.xlsx', firstSheet: '広報事業' }]);
});

it('sums each total per year for a group and for the whole; text is not counted', () => {
  const [cost, staff] = report.groups[1].figures.totals;
  expect(cost.rows).toEqual([
    { year: 2018, perYear: true, amounts: [2200, 2000] },
    { year: 2019, perYear: true, amounts: [4400, 4000] },
    { year: 2020, perYear: true, amounts: [7000, 3000] },
  ]);
  expect(staff).toMatchObject({ unit: '人工', fields: [{ label: '従事職員数', decimal: true }] });
  expect(report.whole.totals[1].rows.map((r) => r.amounts[0])).toEqual([0.3, 0.6, 1.5]);
});

it('counts a list’s values per axis in the list’s order, 未記入 last', () => {
  expect(report.whole.counts[0]).toEqual({ label: '今後の方向性', values: ['拡充', '継続', '完了', '未記入'], rows: [{ field: 'Direction', label: '今後の方向性', counts: [0, 1, 1, 1] }] });
  expect(report.groups[1].figures.counts[1].rows).toEqual([
    { field: 'Necessity', label: '必要性', counts: [1, 0, 1] },
    { field: 'Efficiency', label: '効率性', counts: [0, 2, 0] },
  ]);
});

it('lists the projects ending in the report year, written in 和暦', () => {
  expect(report.whole.lists[0].rows.map((r) => [r.group, ...r.cells])).toEqual([['01-02', '01-02-01-001', '広報事業', '完了']]);
});

it('judges each named indicator by the 達成率 its sheet computes, in the seed’s bands; a rate without its target is 未入力', () => {
  expect(report.groups[1].figures.achievement).toEqual({
    rows: [
      { group: '01-02', origin: expect.objectContaining({ sheet: '広報事業' }), project: '広報事業', indicator: '参加者数', rate: 85, status: '順調' },
      { group: '01-02', origin: expect.objectContaining({ sheet: '広聴事業' }), project: '広聴事業', indicator: '参加者数', rate: 59.9, status: '遅れ' },
      { group: '01-02', origin: expect.objectContaining({ sheet: '広聴事業' }), project: '広聴事業', indicator: '意見数', rate: null, status: '未入力' },
    ],
    counts: { 順調: 1, やや遅れ: 0, 遅れ: 1, 未入力: 1 },
  });
  expect(report.whole.achievement?.counts).toEqual({ 順調: 2, やや遅れ: 0, 遅れ: 1, 未入力: 1 });
});

it('draws 集計, a sheet per 施策 followed by its projects’ sheets, the list, 提出状況 and 指摘事項 with live sums over the list', () => {
  const drawings = [...eachFormDrawing(report)];
  expect(drawings.map((d) => d.title)).toEqual(['集計', '施策01-01', '窓口事業', '施策01-02', '広報事業', '広聴事業', '集計のもと', '提出状況', '指摘事項']);
  const cells = drawings[0].kind === 'table' ? drawings[0].cells : [];
  const total2019 = cells.find((c: ReportCell) => c.value !== null && typeof c.value === 'object' && 'formula' in c.value && c.value.result === 6600);
  expect(total2019?.value).toEqual({ formula: expect.stringMatching(/^SUMPRODUCT\(\('集計のもと'!\$D\$3:\$D\$\d+=2019\)\*'集計のもと'!\$E\$3:\$E\$\d+\)$/), result: 6600 });
});

it('gives an empty report, not a crash, when no workbook could be read', () => {
  const broken: WorkbookRead = { file: '壊れた.xlsx', meta: {}, sheets: [], problems: [{ code: 'notXlsx' }] };
  const empty = consolidateForms([broken], definition, { reportYear: 2019 });
  expect(empty.groups).toEqual([]);
  expect(empty.whole.totals[0].rows.map((r) => r.amounts)).toEqual([[0, 0], [0, 0], [0, 0]]);
  expect(empty.status.files).toEqual([expect.objectContaining({ file: '壊れた.xlsx', sheets: [], problems: [{ code: 'notXlsx' }] })]);
  expect([...eachFormDrawing(empty)].map((d) => d.title)).toEqual(['集計', '集計のもと', '提出状況', '指摘事項']);
});
