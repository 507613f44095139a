// The Office reader gives the model the .xlsx reader gives for the same workbook, in at most three syncs
// whatever the number of sheets.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { loadSeedSheets } from '../sample/seed';
import type { Sheet } from '../core/model';
import type { ReadSheet, WorkbookRead } from '../core/source';
import { readWorkbook } from '../xlsx/readWorkbook';
import { writeWorkbook } from '../xlsx/writeWorkbook';
import { replaceDefinedNames } from '../xlsx/definedNames';
import { insertRowsLikeExcel } from '../../test/support/excelEdits';
import { readLiveWorkbook } from './readLiveWorkbook';
import { mockBookFromXlsx, readableExcel, renamedSheet, type MockBook } from './testing/excelMock';

const seed = loadSeedSheets();
const project = seed.find((s) => s.kind === 'project' && s.name === '市民活動支援事業')!;
const measure = seed.find((s) => s.kind === 'measure' && s.measure.number === '6-4')!;
const policy = seed.find((s) => s.kind === 'policy')!;
const budgetOnly = seed.find((s) => s.kind === 'budget-only')!;

async function xlsxOf(sheets: Sheet[], meta = { reportYear: 2019, department: '市民協働課' }): Promise<Uint8Array> {
  return writeWorkbook(sheets, meta);
}

/** Reads the mocked workbook through Excel.run, counting syncs. */
async function readLive(book: MockBook) {
  const { excel } = readableExcel(book);
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  const sync = jest.spyOn(excel.context, 'sync');
  const read = await readLiveWorkbook(undefined, { file: 'book.xlsx' });
  return { read, syncs: sync.mock.calls.length };
}

/** What a reader found, minus the layout object (compared by kind). */
function comparable(s: ReadSheet) {
  return {
    sheet: s.sheet,
    sheetName: s.source.sheetName,
    kind: s.source.layout.kind,
    readBy: s.source.readBy,
    cells: [...s.source.cells.entries()].map(([name, c]) => ({ name, address: c.address, located: c.located, raw: c.raw })),
  };
}

function comparableBook(wb: WorkbookRead) {
  return { file: wb.file, meta: wb.meta, problems: wb.problems, sheets: wb.sheets.map(comparable) };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

it('reads every kind of sheet as the .xlsx reader does: values, cells, formulas, meta', async () => {
  const bytes = await xlsxOf([policy, measure, project, budgetOnly]);
  const expected = await readWorkbook(bytes, 'book.xlsx');
  const { read, syncs } = await readLive(await mockBookFromXlsx(bytes));
  expect(comparableBook(read)).toEqual(comparableBook(expected));
  expect(read.sheets.map((s) => s.sheet)).toEqual([policy, measure, project, budgetOnly]);
  expect(read.meta).toEqual({ format: { id: 'komoro', version: 1 }, reportYear: 2019, department: '市民協働課' });
  expect(read.sheets[2].source.cells.get('BudgetGap_1')).toBeUndefined(); // formulas are not fields
  expect(syncs).toBe(2);
});

it.each([1, 10, 100])('reads %i project sheets in at most 3 syncs, each the model of the one-sheet .xlsx', async (count) => {
  const bytes = await xlsxOf([project]);
  const expected = (await readWorkbook(bytes, 'book.xlsx')).sheets[0];
  const one = (await mockBookFromXlsx(bytes)).sheets[0];
  const sheets = Array.from({ length: count }, (_, i) => renamedSheet(one, i === 0 ? one.name : `${one.name} (${i + 1})`));
  const { read, syncs } = await readLive({ name: 'book.xlsx', sheets, names: [] });
  expect(read.sheets).toHaveLength(count);
  for (const s of read.sheets) {
    expect(s.sheet).toEqual(expected.sheet);
    expect(comparable(s).cells).toEqual(comparable(expected).cells);
  }
  expect(syncs).toBeLessThanOrEqual(3);
  expect(syncs).toBe(2);
});

it('reads named cells pushed below the label window (rows inserted) in a third sync', async () => {
  const shifted = await insertRowsLikeExcel(Buffer.from(await xlsxOf([project])), '市民活動支援事業', 3, 190);
  const expected = await readWorkbook(shifted, 'book.xlsx');
  expect(expected.sheets[0].sheet).toEqual(project);
  const { read, syncs } = await readLive(await mockBookFromXlsx(shifted));
  expect(comparableBook(read)).toEqual(comparableBook(expected));
  expect(syncs).toBe(3);
});

it('reads sheets whose names were lost by their labels, like the .xlsx reader', async () => {
  const zip = await JSZip.loadAsync(await xlsxOf([project, measure]));
  zip.file('xl/workbook.xml', replaceDefinedNames(await zip.file('xl/workbook.xml')!.async('string'), []));
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  const expected = await readWorkbook(bytes, 'book.xlsx');
  const { read } = await readLive(await mockBookFromXlsx(bytes));
  expect(read.sheets.map((s) => s.source.readBy)).toEqual(['labels', 'labels']);
  expect(comparableBook(read)).toEqual(comparableBook(expected));
});

it('keeps what cells really hold: errors, dates, text in number cells, formulas typed by staff', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsxOf([project])) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  ws.getCell('F10').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('G10').value = new Date(Date.UTC(2019, 5, 1));
  // ExcelJS shares style objects between cells: give G10 a style of its own before changing its format.
  ws.getCell('G10').style = { ...ws.getCell('G10').style, numFmt: 'yyyy/m/d' };
  ws.getCell('H10').value = '10,839千円';
  ws.getCell('F11').value = { formula: 'F12*2', result: 7 } as ExcelJS.CellFormulaValue;
  // ExcelJS loses the sheet-scoped names on save: read both files by labels.
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const expected = await readWorkbook(bytes, 'book.xlsx');
  const { read } = await readLive(await mockBookFromXlsx(bytes));
  expect(comparableBook(read)).toEqual(comparableBook(expected));
  const cells = read.sheets[0].source.cells;
  expect(cells.get('Total_1')!.raw).toEqual({ value: null, error: '#REF!' });
  expect(cells.get('Total_2')!.raw).toEqual({ value: '2019-06-01', date: true });
  expect(cells.get('Total_3')!.raw).toEqual({ value: '10,839千円' });
  expect(cells.get('Subsidies_1')!.raw).toEqual({ value: 7, formula: 'F12*2' });
});

it('says so when no sheet is a seika sheet, and when Excel fails', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('施策6-1').getCell('A1').value = '単なるメモ';
  wb.addWorksheet('空');
  const { read } = await readLive(await mockBookFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
  expect(read).toMatchObject({ sheets: [], problems: [{ code: 'noSeikaSheets' }] });

  (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(Object.assign(new Error('The workbook is busy.'), { code: 'GeneralException' })) };
  expect(await readLiveWorkbook(undefined, { file: 'x.xlsx' })).toEqual({
    file: 'x.xlsx',
    meta: {},
    sheets: [],
    problems: [{ code: 'unreadable', detail: 'GeneralException: The workbook is busy.' }],
  });
});

it('throws on a read before load and sync, as Office.js does (the mock is strict)', async () => {
  const { excel } = readableExcel(await mockBookFromXlsx(await xlsxOf([project])));
  const worksheets = excel.context.workbook.worksheets;
  expect(() => worksheets.items).toThrow('PropertyNotLoaded: Error, property was not loaded');
  worksheets.load('items/name');
  expect(() => worksheets.items).toThrow('PropertyNotLoaded: Error, context.sync() was not called');
  await excel.context.sync();
  expect(worksheets.items[0].name).toBe('市民活動支援事業');
});
