// A report sink over ExcelJS's streaming WorkbookWriter (Node only): each sheet is written to the zip once drawn
// and its rows dropped, and the next sheet waits until the zip has taken it, so at most one sheet is in memory.
import type ExcelJS from 'exceljs';
import type { EventEmitter } from 'events';
import { loadExcelJs } from '../lazyLibraries';
import type { SheetSink } from './writeReport';

/** What the writer keeps to itself: its archiver, whose 'entry' event says a part is in the zip. */
interface WriterInternals {
  zip: EventEmitter;
}

/** The sheet writer's own steps: commit, and the margins it writes where printOptions belongs just before. */
interface SheetInternals {
  commit(): void;
  _write(xml: string): void;
  _writePageMargins(): void;
}

export async function streamingSink(file: string): Promise<SheetSink & { finish(): Promise<void> }> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  wb.creator = 'seika';
  const zip = (wb as unknown as WriterInternals).zip;
  return {
    add: (title, options) => withPrintOptions(wb.addWorksheet(title, options)),
    done: (ws) => zipped(zip, ws),
    finish: () => wb.commit(),
  };
}

/** The streaming sheet writer leaves out <printOptions> (centred on the page), which the report's pages use. */
function withPrintOptions(ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
  const inner = ws as unknown as SheetInternals;
  const writeMargins = inner._writePageMargins.bind(inner);
  inner._writePageMargins = () => {
    if (ws.pageSetup.horizontalCentered) inner._write('<printOptions horizontalCentered="1"/>');
    writeMargins();
  };
  return ws;
}

function zipped(zip: EventEmitter, ws: ExcelJS.Worksheet): Promise<void> {
  const part = `worksheets/sheet${ws.id}.xml`;
  return new Promise((resolve, reject) => {
    const onEntry = (entry: { name: string }) => {
      if (!entry.name.endsWith(part)) return;
      zip.off('entry', onEntry);
      zip.off('error', reject);
      resolve();
    };
    zip.on('entry', onEntry);
    zip.once('error', reject);
    (ws as unknown as SheetInternals).commit();
  });
}
