// Inserting sheets queues what the .xlsx templates hold (values, names, drop-downs, the gap row's
// highlight, print setup, protection last) and syncs once plus once per batch below 4 MB.
import ExcelJS from 'exceljs';
import { blankSheet } from '../core/template';
import { LAYOUTS, layoutFor } from '../core/layout';
import { formatAddress } from '../core/cells';
import { sheetDrawing } from '../core/layout/drawing';
import type { Sheet } from '../core/model';
import { loadSeedSheets } from '../sample/seed';
import { writeWorkbook } from '../xlsx/writeWorkbook';
import { insertSheets, insertTemplateSheet, planBatches, estimateRequestBytes, cellInput } from './insertSheets';
import { uniqueTitles } from '../core/sheetTitle';
import { readLiveWorkbook } from './readLiveWorkbook';
import { readableExcel, type MockSheet } from './testing/excelMock';
import { recordingExcel, type WrittenSheet } from './testing/recordingExcel';
import type { LiveCell } from './liveCell';
import { REVIEW_FORMULA, reviewConstants } from '../core/review/names';
import { UNREVIEWED } from '../core/review/state';

const seed = loadSeedSheets();
const project = seed.find((s) => s.kind === 'project' && s.name === '市民活動支援事業')!;
const template = blankSheet({ kind: 'project', reportYear: 2019, policy: '6', measure: '6-1', department: '市民協働課' });

function useExcel(excel: unknown) {
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

async function insert(sheets: Sheet[], existing: string[] = ['Sheet1'], opts: Parameters<typeof insertSheets>[1] = {}) {
  const rec = recordingExcel(existing);
  useExcel(rec.excel);
  const sync = jest.spyOn(rec.excel.context, 'sync');
  const result = await insertSheets(sheets, opts);
  return { ...rec, result, syncs: sync.mock.calls.length };
}

it('inserts a template: names, drop-downs, gap highlight, print setup, protection last, in two syncs', async () => {
  const rec = recordingExcel(['Sheet1', '事務事業']);
  useExcel(rec.excel);
  const sync = jest.spyOn(rec.excel.context, 'sync');
  const result = await insertTemplateSheet(template);
  expect(sync).toHaveBeenCalledTimes(2);
  expect(result).toEqual({ sheetNames: ['事務事業(2)'], syncs: 2 });
  const [ws] = rec.written;
  expect(ws.name).toBe('事務事業(2)');
  expect(ws.activated).toBe(true);
  expect(ws.showGridlines).toBe(false);

  const layout = LAYOUTS.project;
  expect(ws.names[0]).toEqual({ name: 'SeikaLayout', reference: '="project/1"' });
  expect(ws.names.slice(1)).toEqual([
    ...layout.fields.map((f) => ({ name: f.name, reference: `range ${f.range.split(':')[0]}` })),
    ...layout.formulas.map((f) => ({ name: f.name, reference: `range ${f.range}` })),
    ...reviewConstants(UNREVIEWED).map((n) => ({ name: n.name, reference: `=${n.formula}` })),
  ]);
  // The review row below the form: its formula reads the names, which are added before it so that it is bound to them.
  expect(ws.cells.get('A30')).toBe('確認状況');
  expect(ws.cells.get('C30')).toBe(`=${REVIEW_FORMULA}`);
  expect(ws.calls.indexOf('names.add SeikaReviewState')).toBeLessThan(ws.calls.indexOf('formulas A1:H30'));

  expect(ws.validations.map((v) => [v.range, (v.validation.rule as { list: { source: string } }).list.source])).toEqual([
    ['F5', '新規,継続'],
    ['G7:H7', '1:無,2:有'],
    ['G23:H23', '拡充,維持,改善,縮小,統合,休止,廃止,完了'],
  ]);
  expect(ws.validations[0].validation).toMatchObject({ ignoreBlanks: true, errorAlert: { showAlert: true, style: 'Stop', title: '選択してください' } });

  expect(ws.conditionalFormats.map((c) => [c.range, c.type, c.format.custom.rule.formula, c.format.custom.format.fill.color])).toEqual([
    ['F15', 'Custom', '=F15<>0', '#FFC7CE'],
    ['G15', 'Custom', '=G15<>0', '#FFC7CE'],
    ['H15', 'Custom', '=H15<>0', '#FFC7CE'],
  ]);
  expect(ws.page).toMatchObject({ printArea: 'A1:H30', paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1 }, leftMargin: 36 });
  expect(ws.protection).toEqual({ options: { allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true }, password: undefined });
  expect(ws.calls[ws.calls.length - 1]).toBe('protect');
  expect(ws.merges).toEqual(sheetDrawing(layout, template).merges);
  expect(ws.columnWidths.get('C:C')).toBe(115.5); // 22 characters: 154 px
  expect(ws.rowHeights.get('8:8')).toBe(48);
});

it('leaves inputs unlocked and everything else locked, with the .xlsx template\'s number formats', async () => {
  const { written } = await insert([template]);
  const [ws] = written;
  const locked = (range: string) => ws.looks.find((l) => l.ranges.split(',').includes(range))?.format.protection;
  expect(locked('A5:E5')).toEqual({ locked: false }); // 事業名
  expect(locked('F10')).toEqual({ locked: false }); // 事業費
  expect(locked('H1')).toEqual({ locked: true }); // 対象年度
  expect(locked('A4:E4')).toEqual({ locked: true }); // a label
  expect(locked('F15')).toEqual({ locked: true }); // the gap formula
  expect(ws.numberFormat![9][5]).toBe('#,##0');
  expect(ws.numberFormat![14][5]).toBe('#,##0;[Red]-#,##0');
  expect(ws.numberFormat![4][0]).toBeNull();
});

it('writes every cell the .xlsx adapter writes, text kept as text behind an apostrophe', async () => {
  const { written } = await insert([project]);
  const formulas = written[0].formulas!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook([project], { reportYear: 2019 })) as unknown as ArrayBuffer);
  const xs = wb.worksheets[0];
  for (let r = 1; r <= LAYOUTS.project.lastRow; r++) {
    for (let c = 1; c <= 8; c++) {
      const cell = xs.getCell(r, c);
      const mine = formulas[r - 1][c - 1];
      const theirs = cell.isMerged && cell.master !== cell ? null : cell.value;
      const expected =
        theirs === null || theirs === undefined || theirs === ''
          ? null
          : typeof theirs === 'object' && 'formula' in theirs
            ? `=${theirs.formula}`
            : typeof theirs === 'string' && mine !== theirs
              ? `'${theirs}`
              : theirs;
      expect([formatAddress({ row: r, col: c }), mine]).toEqual([formatAddress({ row: r, col: c }), expected]);
    }
  }
  expect(cellInput('6-1')).toBe("'6-1");
  expect(cellInput('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
  expect(cellInput(1000)).toBe(1000);
  expect(cellInput(null)).toBeNull();
});

it('reads back what it inserted as the same model (insert, then check)', async () => {
  const sheets: Sheet[] = [...seed.filter((s) => s.kind !== 'policy').slice(0, 6), ...seed.filter((s) => s.kind === 'policy')];
  const { written, result } = await insert(sheets, ['Sheet1']);
  const book = { name: 'live.xlsx', sheets: written.map(asMockSheet), names: [] };
  const { excel } = readableExcel(book);
  useExcel(excel);
  const read = await readLiveWorkbook();
  expect(read.sheets.map((s) => s.source.sheetName)).toEqual(result.sheetNames);
  expect(read.sheets.map((s) => s.source.readBy)).toEqual(sheets.map(() => 'names'));
  expect(read.sheets.map((s) => s.sheet)).toEqual(sheets);
});

it('syncs a constant number of times for 1 and 10 sheets, and cuts 100 filled sheets into batches below 4 MB', async () => {
  expect((await insert([template])).syncs).toBe(2);
  expect((await insert(Array(10).fill(template))).syncs).toBe(2);
  const many = Array.from({ length: 100 }, (_, i) => seed[i % seed.length]);
  const big = await insert(many);
  const perSheet = many.map((s) => estimateRequestBytes(sheetDrawing(layoutFor(s), s)));
  const batches = planBatches(perSheet, 4_000_000);
  expect(batches.flat()).toEqual(many.map((_, i) => i));
  for (const b of batches) expect(b.reduce((n, i) => n + perSheet[i], 0)).toBeLessThanOrEqual(4_000_000);
  expect(big.syncs).toBe(1 + batches.length);
  expect(big.written).toHaveLength(100);
  expect(new Set(big.result.sheetNames).size).toBe(100);
  expect(big.written.filter((w) => w.activated)).toHaveLength(1);
});

it('adds the workbook-level format, year and department once, only when missing', async () => {
  const fresh = recordingExcel(['Sheet1']);
  useExcel(fresh.excel);
  await insertSheets([template], { meta: { reportYear: 2019, department: '市民"協働"課' } });
  expect(fresh.workbookNamesAdded).toEqual([
    { name: 'SeikaFormat', reference: '="komoro/1"' },
    { name: 'SeikaReportYear', reference: '=2019' },
    { name: 'SeikaDepartment', reference: '="市民""協働""課"' },
  ]);
  const existing = recordingExcel(['Sheet1'], ['SeikaFormat', 'SeikaReportYear', 'SeikaDepartment']);
  useExcel(existing.excel);
  await insertSheets([template], { meta: { reportYear: 2019, department: '市民協働課' } });
  expect(existing.workbookNamesAdded).toEqual([]);
});

it('draws a report sheet locked, without drop-downs', async () => {
  const { written } = await insert([project], ['Sheet1'], { mode: 'report' });
  expect(written[0].validations).toEqual([]);
  expect(written[0].looks.every((l) => (l.format.protection as { locked: boolean }).locked)).toBe(true);
});

it('numbers tab names past existing ones, case-insensitively, within 31 characters', () => {
  const long = { ...project, name: 'あ'.repeat(40) };
  expect(uniqueTitles([project, project, long, long], ['市民活動支援事業', 'SHEET1'])).toEqual([
    '市民活動支援事業(2)',
    '市民活動支援事業(3)',
    'あ'.repeat(31),
    `${'あ'.repeat(28)}(2)`,
  ]);
  expect(planBatches([], 10)).toEqual([[]]);
  expect(planBatches([6, 6, 3, 20, 1], 10)).toEqual([[0], [1, 2], [3], [4]]);
});

/** What Excel would hold after the insert: the written block, formulas with their results, the names. */
function asMockSheet(ws: WrittenSheet): MockSheet {
  const cells = new Map<string, LiveCell>();
  const quoted = `'${ws.name.replace(/'/g, "''")}'`;
  const results = new Map<string, number>();
  ws.formulas!.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const address = formatAddress({ row: r + 1, col: c + 1 });
      if (typeof v === 'number') cells.set(address, { value: v, formula: v, valueType: 'Double', numberFormat: 'General' });
      else if (typeof v === 'string' && v.startsWith('=')) results.set(address, 0);
      else {
        const text = String(v).replace(/^'/, '');
        cells.set(address, { value: text, formula: text, valueType: 'String', numberFormat: 'General' });
      }
    }),
  );
  for (const address of results.keys()) cells.set(address, { value: 0, formula: `=${address}`, valueType: 'Double', numberFormat: 'General' });
  const names = ws.names.map((n) => ({
    name: n.name,
    formula: n.reference.startsWith('range ') ? `=${quoted}!$${n.reference.slice(6).replace(/(\d+)/, '$$$1')}` : n.reference,
  }));
  return { name: ws.name, names, cells };
}
