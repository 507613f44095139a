// The fiscal year a set of workbooks reports on, decided here once for check, roll-over, consolidation and export.
import type { WorkbookRead } from '../source';

/**
 * The year asked for (`--year`), else the policy sheet's, else the year seika wrote in the workbooks
 * (SeikaReportYear), else the year most of their sheets are for. Ties go to the later year: a sheet copied
 * from last year's workbook is the usual stray, not the other way round. Undefined when nothing says.
 */
export function reportYearOf(workbooks: WorkbookRead[], asked?: number): number | undefined {
  if (typeof asked === 'number') return asked;
  // The first policy sheet found by a plain scan: a city's every policy asks this of all its sheets.
  for (const wb of workbooks) for (const { sheet } of wb.sheets) if (sheet.kind === 'policy' && sheet.reportYear > 0) return sheet.reportYear;
  return mostCommon(workbooks.map((wb) => wb.meta.reportYear)) ?? mostCommon(workbooks.flatMap((wb) => wb.sheets.map((s) => s.sheet.reportYear)));
}

/** The latest year any of the workbook's sheets is for (0 when a sheet's year could not be read). */
export function latestSheetYear(workbook: WorkbookRead): number {
  return Math.max(0, ...workbook.sheets.map((s) => s.sheet.reportYear));
}

function mostCommon(years: Array<number | undefined>): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years) if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
