// The planning division's job inside Excel: the seed's department workbooks consolidated into the open
// workbook, against the strict recording double. LibreOffice recalculates what was written and must find the
// .xlsx report's values; the write stays within a few syncs under Excel on the web's request limit; a second
// run replaces the first run's sheets only when confirmed and never touches the user's own sheets.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { PolicyReport } from '../src/core/consolidate/types';
import { reportDrawing } from '../src/core/report/drawing';
import { REQUEST_BUDGET_BYTES } from '../src/office/excel';
import { EXCEL_REQUEST_LIMIT_BYTES } from '../src/office/testing/excelRules';
import { recordingExcel, savedXlsx, type RecordingExcel } from '../src/office/testing/recordingExcel';
import { writeReportSheets } from '../src/office/writeReport';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeReport } from '../src/xlsx/report/writeReport';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { recalculatedSheets, trimmedRows } from './support/libreoffice';

const OUT = path.join(__dirname, '..', 'test-output');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-live-'));
let report: PolicyReport;

beforeAll(async () => {
  const submissions = departmentSubmissions(loadSeedSheets());
  const reads = await Promise.all(submissions.map(async (s) => readWorkbook(await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }), `${s.department}.xlsx`)));
  expect(reads).toHaveLength(11);
  report = consolidate(reads);
});

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

function openWorkbook(rec: RecordingExcel): RecordingExcel {
  (globalThis as unknown as { Excel: unknown }).Excel = rec.excel;
  return rec;
}

/** A user's own sheet, with a note and a formula of theirs. */
const userSheet = () => ({ name: 'メモ', cells: new Map<string, unknown>([['A1', "'集計の確認メモ"], ['B2', '=1+1']]) });

it('writes the report into a fresh workbook: LibreOffice recalculates it to the .xlsx report\'s values, in ⌈payload / 4 MB⌉ + 3 syncs at most', async () => {
  const rec = openWorkbook(recordingExcel(['Sheet1']));
  const progress: number[] = [];
  const drawings = reportDrawing(report);
  const result = await writeReportSheets(drawings, { onProgress: (p) => progress.push(p.done) });
  expect(result.status).toBe('written');
  expect(rec.sheets().map((s) => s.name)).toEqual(['Sheet1', ...drawings.map((d) => d.title)]);
  expect(rec.sheets().slice(1, 4).map((s) => s.name)).toEqual(['表紙', '集計', '政策6']);
  expect(progress[progress.length - 1]).toBe(drawings.length);
  expect(rec.sheets().slice(1).every((s) => s.protected)).toBe(true);
  const printed = (title: string) => rec.sheets().find((s) => s.name === title)!.page;
  expect(printed('集計')).toMatchObject({ orientation: 'Landscape', headersFooters: { centerFooter: '&P / &N' } });
  expect(printed(report.measures[0].projects[0].sheet.name!)).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
  expect(printed('事業費一覧')).toMatchObject({ printTitleRows: '$1:$2' });

  const { syncs, largestRequestBytes, totalBytes } = rec.requests;
  expect(largestRequestBytes).toBeLessThanOrEqual(EXCEL_REQUEST_LIMIT_BYTES);
  expect(syncs).toBeLessThanOrEqual(Math.ceil(totalBytes / REQUEST_BUDGET_BYTES) + 3);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'live-report-syncs.json'), JSON.stringify({ syncs, largestRequestBytes }, null, 2) + '\n');

  const live = path.join(OUT, 'live-report.xlsx');
  fs.writeFileSync(live, await savedXlsx(rec));
  const file = path.join(dir, 'report.xlsx');
  fs.writeFileSync(file, await writeReport(report));
  const [mine, theirs] = await Promise.all([recalculatedSheets(live), recalculatedSheets(file)]);
  for (const d of drawings) expect([d.title, trimmedRows(mine.get(d.title)!)]).toEqual([d.title, trimmedRows(theirs.get(d.title)!)]);
  // The totals per measure and year are there, calculated: 政策計 of 令和元年度 is the policy's total.
  const summary = mine.get('集計')!;
  const policyRow = summary.find((r) => r[0] === '政策計' && r[2] === '令和元年度')!;
  expect(Number(policyRow[3].replace(/,/g, ''))).toBe(report.totals['2019'].total);
});

it('asks before replacing an earlier run\'s sheets, then replaces them and keeps the user\'s own sheet untouched', async () => {
  const rec = openWorkbook(recordingExcel([userSheet()]));
  const drawings = reportDrawing(report);
  expect(await writeReportSheets(drawings)).toMatchObject({ status: 'written', sheetNames: drawings.map((d) => d.title), replaced: [] });
  const first = rec.sheets().slice(1);

  const unconfirmed = await writeReportSheets(drawings);
  expect(unconfirmed).toEqual({ status: 'needsConfirmation', replaced: drawings.map((d) => d.title), syncs: 1 });
  expect(rec.sheets().slice(1)).toEqual(first);

  expect((await writeReportSheets(drawings, { replace: true })).status).toBe('written');
  const second = rec.sheets();
  expect(second.map((s) => s.name)).toEqual(['メモ', ...drawings.map((d) => d.title)]);
  expect(second.slice(1).every((s) => !first.includes(s) && !s.existing)).toBe(true);
  expect(first.every((s) => s.deleted)).toBe(true);
  expect(second[0].cells).toEqual(userSheet().cells);
  expect(second[0].calls).toEqual([]);
});

it('leaves no half-written sheet when cancelled between batches', async () => {
  const rec = openWorkbook(recordingExcel([userSheet()]));
  const signal = { aborted: false };
  const result = await writeReportSheets(reportDrawing(report), { signal, budgetBytes: 1_000_000, onProgress: () => (signal.aborted = true) });
  expect(result.status).toBe('cancelled');
  expect(rec.sheets().map((s) => s.name)).toEqual(['メモ']);
  expect(rec.written.length).toBeGreaterThan(0);
  expect(rec.written.every((s) => s.deleted)).toBe(true);
});
