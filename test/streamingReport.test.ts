// The report streamed to a file sheet by sheet (the CLI's writer) holds exactly what the in-memory writer (the
// pane's) writes: every sheet, cell, look, merge, width, height, print setup, validation and protection.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { consolidate } from '../src/core/consolidate/consolidate';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeReport, writeReportFile } from '../src/xlsx/report/writeReport';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-stream-'));

/** What a user sees of a sheet, as ExcelJS reads it back. */
function sheetContent(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      cells.push([c.address, c.value, c.style, c.dataValidation, c.isMerged ? c.master.address : null]);
    }),
  );
  const heights: unknown[] = [];
  ws.eachRow((row) => heights.push([row.number, row.height]));
  const { pageSetup, headerFooter, sheetProtection, conditionalFormattings } = ws as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    views: ws.views.map((v) => v.showGridLines ?? true),
    widths: (ws.columns ?? []).map((c) => c.width),
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

it('streams the demo report with the same content as the report written in memory', async () => {
  const reads = await Promise.all(
    departmentSubmissions(loadSeedSheets()).map(async (s) => readWorkbook(await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }), `${s.department}.xlsx`)),
  );
  const report = consolidate(reads);
  const file = path.join(dir, 'report.xlsx');
  await writeReportFile(report, file);
  const streamed = await contentOf((wb) => wb.xlsx.readFile(file));
  const inMemory = await contentOf(async (wb) => wb.xlsx.load((await writeReport(report)) as unknown as ArrayBuffer));
  expect(streamed.sheets.map((s) => s.name)).toEqual(inMemory.sheets.map((s) => s.name));
  expect(streamed.sheets.length).toBeGreaterThan(40);
  expect(streamed).toEqual(inMemory);
});
