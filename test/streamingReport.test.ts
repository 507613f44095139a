// The report streamed to a file sheet by sheet (the CLI's and the pane's writer, which writes the parts itself) holds
// exactly what ExcelJS writes from the same drawings (test/support/excelJsReport.ts): every sheet, cell, look, merge,
// width, height, print setup, validation and protection, as ExcelJS reads them back.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { PolicyReport } from '../src/core/consolidate/types';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeReport } from '../src/xlsx/report/writeReport';
import { writeReportFile } from '../src/xlsx/report/writeReportFile';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { excelJsReport } from './support/excelJsReport';

const EXCELJS_DEFAULT_WIDTH = 9;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-stream-'));

/** What a user sees of a sheet, as ExcelJS reads it back. */
function sheetContent(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      // An empty text reads as no value: ExcelJS reads an empty shared string as '' and an empty inline one as null.
      cells.push([c.address, c.value === '' ? null : c.value, c.style, c.dataValidation, c.isMerged ? c.master.address : null]);
    }),
  );
  const heights: unknown[] = [];
  ws.eachRow((row) => heights.push([row.number, row.height]));
  const { pageSetup, headerFooter, sheetProtection, conditionalFormattings } = ws as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    views: ws.views.map((v) => v.showGridLines ?? true),
    // ExcelJS leaves out a width of 9, its default column width, and reads it back as none.
    widths: (ws.columns ?? []).map((c) => c.width ?? EXCELJS_DEFAULT_WIDTH),
    heights,
    cells,
    merges: (ws.model as unknown as { merges: string[] }).merges.slice().sort(),
    pageSetup,
    headerFooter,
    sheetProtection,
    conditionalFormattings,
  };
}

async function contentOf(load: (wb: ExcelJS.Workbook) => Promise<unknown>) {
  const wb = new ExcelJS.Workbook();
  await load(wb);
  return { sheets: wb.worksheets.map(sheetContent), names: wb.definedNames.model };
}

let report: PolicyReport;

beforeAll(async () => {
  const reads = await Promise.all(
    departmentSubmissions(loadSeedSheets()).map(async (s) => readWorkbook(await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }), `${s.department}.xlsx`)),
  );
  report = consolidate(reads);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('streams the demo report with the same content as ExcelJS draws from the same drawings', async () => {
  const file = path.join(dir, 'report.xlsx');
  await writeReportFile(report, file);
  const streamed = await contentOf((wb) => wb.xlsx.readFile(file));
  const inMemory = await contentOf(async (wb) => wb.xlsx.load((await excelJsReport(report)) as unknown as ArrayBuffer));
  expect(streamed.sheets.map((s) => s.name)).toEqual(inMemory.sheets.map((s) => s.name));
  expect(streamed.sheets.length).toBeGreaterThan(40);
  expect(streamed).toEqual(inMemory);
});

it('writes the same parts in the pane, where fflate deflates them without Node\'s zlib', async () => {
  const partsOf = (bytes: Uint8Array) => {
    const parts = unzipSync(bytes);
    delete parts['docProps/core.xml']; // the time it was written
    return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
  };
  type Writer = typeof import('../src/xlsx/report/writeReport');
  let paneWriter: Writer | undefined;
  jest.isolateModules(() => {
    jest.doMock('zlib', () => ({}));
    paneWriter = jest.requireActual<Writer>('../src/xlsx/report/writeReport');
  });
  const inPane = partsOf(await paneWriter!.writeReport(report));
  const inNode = partsOf(await writeReport(report));
  expect(Object.keys(inPane).length).toBeGreaterThan(45);
  expect(inPane).toEqual(inNode);
});
