// A department's budget import inside Excel: the ledger fills the open workbook's own protected sheets, which
// stay protected; the pane lists every cell's old → new value and 元に戻す puts the old values back.
import * as fs from 'fs';
import * as path from 'path';
import { cellEdits } from '../src/core/cellEdits';
import { importBudget } from '../src/core/jobs/importBudget';
import { readLiveWorkbook } from '../src/office/readLiveWorkbook';
import { mockBookFromXlsx, readableExcel } from '../src/office/testing/excelMock';
import { existingSheet, recordingExcel } from '../src/office/testing/recordingExcel';
import { inputOf, writeCells } from '../src/office/writeCells';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { blanked, ledgerCsv, projects, zaisei } from './support/ledger';

const use = (excel: unknown) => ((globalThis as unknown as { Excel: unknown }).Excel = excel);
afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

it('fills the protected template sheets of the open workbook, keeps them protected, and undoes it', async () => {
  const book = await mockBookFromXlsx(await writeWorkbook(blanked(zaisei.sheets), { reportYear: 2019, department: '財政課' }), '財政課.xlsx');
  use(readableExcel(book).excel);
  const read = await readLiveWorkbook();
  const map = fs.readFileSync(path.resolve(__dirname, '../examples/budget/map.json'));
  const imported = importBudget({ csv: new TextEncoder().encode(ledgerCsv()), map, workbook: read });
  if (!imported.ok) throw new Error(imported.problem.code);
  const edits = cellEdits(read.sheets, imported.value.sheets);
  expect(edits).toHaveLength(projects.length * 3 * 5);
  const interest = edits.find((e) => e.label === '年度別事業費（令和元年度）' && e.sheet === '利子')!;
  expect(interest).toMatchObject({ before: null, after: 85100 });

  const rec = recordingExcel(book.sheets.map((s) => existingSheet(s)));
  use(rec.excel);
  const original = rec.sheets().map((s) => new Map(s.cells));
  const { previous, syncs } = await writeCells(edits.map((e) => ({ sheet: e.sheet, address: e.address, input: inputOf(e.after) })));
  expect(syncs).toBe(2);
  const sheet = rec.sheets().find((s) => s.name === '利子')!;
  expect(sheet.cells.get(interest.address)).toBe(85100);
  expect(rec.sheets().every((s) => s.protected)).toBe(true);
  expect(sheet.protection?.options).toEqual({ allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true });
  expect(sheet.calls.filter((c) => c === 'unprotect' || c === 'protect')).toEqual(['unprotect', 'protect']);

  await writeCells(previous);
  expect(rec.sheets().map((s) => new Map([...s.cells].filter(([, v]) => v !== '')))).toEqual(original);
  expect(rec.sheets().every((s) => s.protected)).toBe(true);
});
