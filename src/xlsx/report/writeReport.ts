// Writes the consolidated policy report as an .xlsx from the core's drawing of it (src/core/report): cover
// with contents, summary, each measure and its projects in order (values only, locked), budget-only tables,
// the list behind the totals, status, findings.
import { loadExcelJs } from '../lazyLibraries';
import type { PolicyReport } from '../../core/consolidate/types';
import { reportDrawing } from '../../core/report/drawing';
import type { Lang } from '../../core/rules/types';
import { drawDrawing } from '../drawSheet';
import { drawTableSheet } from './tableSheet';

export async function writeReport(report: PolicyReport, lang: Lang = 'ja'): Promise<Uint8Array> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'seika';
  for (const d of reportDrawing(report, lang)) {
    const ws = wb.addWorksheet(d.title, { views: [{ showGridLines: d.kind !== 'model' }] });
    if (d.kind === 'model') drawDrawing(ws, d.drawing);
    else drawTableSheet(ws, d);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
