// Writes the consolidated policy report as an .xlsx from the core's drawing of it (src/core/report): cover
// with contents, summary, each measure and its projects in order (values only, locked), budget-only tables,
// the list behind the totals, status, findings. Sheets are emitted one by one into a sink: a workbook held in
// memory (the pane, and bytes for tests) or a file written sheet by sheet (the CLI), so a city's report of
// thousands of sheets never sits in memory whole.
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../lazyLibraries';
import { eachDrawingOf, type AnyReport } from '../../core/report/anyReport';
import type { Lang } from '../../core/rules/types';
import { drawDrawing } from '../drawSheet';
import { drawTableSheet } from './tableSheet';
import { streamingSink } from './streamingSink';

/** Where the report's sheets go: `add` opens a sheet, `done` is called once it is drawn. */
export interface SheetSink {
  add(title: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
  done(ws: ExcelJS.Worksheet): Promise<void>;
}

/** Draws every sheet of the report into the sink, in order. */
export async function emitReport(report: AnyReport, lang: Lang, sink: SheetSink): Promise<void> {
  for (const d of eachDrawingOf(report, lang)) {
    // fitToPage is given when the sheet opens: the streaming writer writes the sheet's properties then.
    const ws = sink.add(d.title, { views: [{ showGridLines: d.kind !== 'model' }], pageSetup: { fitToPage: true } });
    if (d.kind === 'model') drawDrawing(ws, d.drawing);
    else drawTableSheet(ws, d);
    await sink.done(ws);
  }
}

/** The report as bytes, built in memory (the pane; ExcelJS's streaming writer needs Node). */
export async function writeReport(report: AnyReport, lang: Lang = 'ja'): Promise<Uint8Array> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'seika';
  await emitReport(report, lang, { add: (title, options) => wb.addWorksheet(title, options), done: () => Promise.resolve() });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The report written to a file sheet by sheet (Node): memory stays flat however many sheets there are. */
export async function writeReportFile(report: AnyReport, file: string, lang: Lang = 'ja'): Promise<void> {
  const sink = await streamingSink(file);
  await emitReport(report, lang, sink);
  await sink.finish();
}
