// The roll-over job: next year's sheets from a workbook already read, or why they cannot be made.
import type { BuiltFormat } from '../format/buildLayout';
import type { Sheet } from '../model';
import { rollOverSheets } from '../rollover';
import type { WorkbookMeta, WorkbookRead } from '../source';
import { otherFormatIn, type OtherFormat } from './formatFit';
import { latestSheetYear, reportYearOf } from './reportYear';
import { done, stopped, type JobResult } from './result';

export type RolloverProblem =
  /** The file holds no seika sheet (not a department workbook, or unreadable). */
  | { code: 'noSheets' }
  /** A sheet's 対象年度 cannot be read, so it is unknown what its columns mean. */
  | { code: 'noYear' }
  /** The target year is not after `from`: roll-over only goes forward. */
  | { code: 'notLater'; from: number; to: number }
  | OtherFormat;

export interface RolledOver {
  /** The year rolled from: the workbook's report year, or a later sheet's. */
  from: number;
  to: number;
  sheets: Sheet[];
  /** The new workbook's own names: its year, and the department it was for. */
  meta: WorkbookMeta;
}

/** Rolls the workbook over to `to`, by default the year after the one it is for, in its format (absent: the built-in one). */
export function rollOverWorkbook(read: WorkbookRead, to?: number, format?: BuiltFormat): JobResult<RolledOver, RolloverProblem> {
  const other = format && otherFormatIn([read], format.definition);
  if (other) return stopped(other);
  if (!read.sheets.length) return stopped({ code: 'noSheets' });
  if (read.sheets.some((s) => !s.sheet.reportYear)) return stopped({ code: 'noYear' });
  // Every sheet must move forward, so a sheet later than the workbook's year raises the floor.
  const from = Math.max(reportYearOf([read]) ?? 0, latestSheetYear(read));
  const target = to ?? from + 1;
  if (target <= from) return stopped({ code: 'notLater', from, to: target });
  const sheets = rollOverSheets(read.sheets.map((s) => s.sheet), target, format?.layouts);
  return done({ from, to: target, sheets, meta: { reportYear: target, department: read.meta.department ?? null } });
}
