// A form format's report written into the open workbook by the Office writer, against the strict recording double:
// the full-cost sample's departments' workbooks (read as `seika consolidate` reads them) consolidated by the job, then
// every sheet the .xlsx report has, under its tab name, within a few syncs under Excel on the web's request limit; the
// totals are live formulas over 集計のもと, whose rows sum to the job's figures; a second run asks before replacing.
import { colLetters, parseAddress } from '../src/core/cells';
import type { FormReport } from '../src/core/consolidate/form/types';
import { FULLCOST } from '../src/core/format/builtin';
import { fiscalYearLabel } from '../src/core/era';
import { consolidateScoped } from '../src/core/jobs/consolidate';
import { eachDrawingOf } from '../src/core/report/anyReport';
import { FORM_TITLES, formSheetCount } from '../src/core/report/formDrawing';
import { REQUEST_BUDGET_BYTES } from '../src/office/excel';
import { EXCEL_REQUEST_LIMIT_BYTES } from '../src/office/testing/excelRules';
import { recordingExcel, type RecordingExcel, type WrittenSheet } from '../src/office/testing/recordingExcel';
import { writeReportSheets } from '../src/office/writeReport';
import { fullcostSheets } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { readWorkbook } from '../src/xlsx/readWorkbook';

let report: FormReport;

beforeAll(async () => {
  const books = await fullcostWorkbooks(fullcostSheets());
  const reads = (await Promise.all(books.map((b) => readWorkbook(b.bytes, `${b.department}.xlsx`)))).sort((a, b) => (a.file < b.file ? -1 : 1));
  const result = consolidateScoped({ workbooks: reads, format: FULLCOST });
  if (result.scope !== 'form') throw new Error(`a form report was expected, not ${result.scope}`);
  report = result.report;
});

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

function openWorkbook(existing: string[]): RecordingExcel {
  const rec = recordingExcel(existing);
  (globalThis as unknown as { Excel: unknown }).Excel = rec.excel;
  return rec;
}

/** A written sheet's cells as text by row and column (text without its leading ', numbers, formulas with =). */
function cellAt(sheet: WrittenSheet, row: number, col: number): unknown {
  for (const [address, v] of sheet.cells) {
    const at = parseAddress(address);
    if (at.row === row && at.col === col) return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
  }
  return undefined;
}

function rowsOf(sheet: WrittenSheet): number {
  return Math.max(...[...sheet.cells.keys()].map((a) => parseAddress(a).row));
}

it('writes 集計, each 施策 with its projects’ sheets, 集計のもと, 提出状況 and 指摘事項 in ⌈payload / 4 MB⌉ + 3 syncs at most', async () => {
  const rec = openWorkbook(['Sheet1']);
  const drawings = [...eachDrawingOf(report)];
  const progress: number[] = [];
  const result = await writeReportSheets(drawings, { onProgress: (p) => progress.push(p.done) });
  expect(result.status).toBe('written');
  const names = rec.sheets().map((s) => s.name);
  expect(names).toHaveLength(1 + formSheetCount(report));
  expect(names.slice(0, 3)).toEqual(['Sheet1', FORM_TITLES.summary, '施策06-01']);
  expect(names.slice(-3)).toEqual([FORM_TITLES.list, FORM_TITLES.status, FORM_TITLES.findings]);
  for (const g of report.groups) expect(names).toContain(`施策${g.key}`);
  expect(progress[progress.length - 1]).toBe(drawings.length);
  expect(rec.sheets().slice(1).every((s) => s.protected)).toBe(true);
  // A project's own sheet, as the format draws it: its 事務事業名 where the format puts it.
  const project = report.groups[0].sheets[0].sheet;
  const tab = rec.sheets()[3];
  expect([...tab.cells.values()]).toContain(`'${String(project.values.ProjectName)}`);

  const { syncs, largestRequestBytes, totalBytes } = rec.requests;
  expect(largestRequestBytes).toBeLessThanOrEqual(EXCEL_REQUEST_LIMIT_BYTES);
  expect(syncs).toBeLessThanOrEqual(Math.ceil(totalBytes / REQUEST_BUDGET_BYTES) + 3);
});

it('the whole’s トータルコスト of the report year is a live formula over 集計のもと, whose rows written there sum to the job’s total', async () => {
  const rec = openWorkbook(['Sheet1']);
  expect((await writeReportSheets([...eachDrawingOf(report)])).status).toBe('written');
  const summary = rec.sheets().find((s) => s.name === FORM_TITLES.summary)!;
  const year = fiscalYearLabel(report.reportYear);
  const row = Array.from({ length: rowsOf(summary) }, (_, i) => i + 1).find((r) => cellAt(summary, r, 1) === '計' && cellAt(summary, r, 3) === year)!;
  expect(row).toBeDefined();
  // What the formula sums: 集計のもと's rows of the report year, its first summed column (トータルコスト).
  const list = rec.sheets().find((s) => s.name === FORM_TITLES.list)!;
  const col = Array.from({ length: 20 }, (_, i) => i + 1).find((c) => cellAt(list, 2, c) === report.table.summed[0].label)!;
  const last = rowsOf(list);
  const range = (letter: string) => `'集計のもと'!$${letter}$3:$${letter}$${last}`;
  expect(cellAt(summary, row, 4)).toBe(`=SUMPRODUCT((${range('D')}=${report.reportYear})*${range(colLetters(col))})`);
  let sum = 0;
  for (let r = 3; r <= last; r++) if (cellAt(list, r, 4) === report.reportYear) sum += Number(cellAt(list, r, col) ?? 0);
  const whole = report.whole.totals[0].rows.find((r) => r.year === report.reportYear)!.amounts[0];
  expect(sum).toBe(whole);
  expect(whole).toBeGreaterThan(0);
});

it('asks before replacing an earlier run’s sheets and keeps within the request limit when the batches are small', async () => {
  const rec = openWorkbook(['メモ']);
  const drawings = [...eachDrawingOf(report)];
  expect((await writeReportSheets(drawings, { budgetBytes: 1_000_000 })).status).toBe('written');
  expect(rec.requests.syncs).toBeGreaterThan(3);
  expect(await writeReportSheets(drawings)).toEqual({ status: 'needsConfirmation', replaced: drawings.map((d) => d.title), syncs: 1 });
  expect(await writeReportSheets(drawings, { replace: true })).toMatchObject({ status: 'written', replaced: drawings.map((d) => d.title) });
  expect(rec.sheets().map((s) => s.name)).toEqual(['メモ', ...drawings.map((d) => d.title)]);
  expect(rec.requests.largestRequestBytes).toBeLessThanOrEqual(EXCEL_REQUEST_LIMIT_BYTES);
});
