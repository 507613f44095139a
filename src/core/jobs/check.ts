// The check job: every rule over workbooks already read and, given last year's, what changed since.
import { compareWorkbooks } from '../diff/compare';
import { KOMORO } from '../format/builtin';
import type { FormatDefinition } from '../format/schema';
import type { Change } from '../diff/types';
import { checkWorkbooks } from '../rules/engine';
import type { Finding } from '../rules/types';
import type { FileProblem, WorkbookRead } from '../source';
import { otherFormatIn, type OtherFormat } from './formatFit';
import { done, stopped, type JobResult } from './result';

export interface CheckInput {
  workbooks: WorkbookRead[];
  /** Last year's workbooks: rule 11 runs and the changes are listed. */
  previous?: WorkbookRead[];
  /** The year asked for (`--year`); otherwise each workbook's own (see reportYearOf). */
  reportYear?: number;
  /** The format checked against, when not the built-in one. */
  format?: FormatDefinition;
}

export interface Checked {
  findings: Finding[];
  /** Only when last year's workbooks were given. */
  changes?: Change[];
}

export type CheckProblem =
  /** Last year's workbook gave no sheet: comparing with nothing would silently report no change. */
  | { code: 'previousUnreadable'; file: string; problems: FileProblem[] }
  /** Last year's workbook follows another format: its values cannot be compared field by field. */
  | OtherFormat;

export function checkJob({ workbooks, previous, reportYear, format }: CheckInput): JobResult<Checked, CheckProblem> {
  const unreadable = previous && firstUnreadable(previous);
  if (unreadable) return stopped({ code: 'previousUnreadable', file: unreadable.file, problems: unreadable.problems });
  const other = previous && otherFormatIn(previous, format ?? KOMORO);
  if (other) return stopped(other);
  const findings = checkWorkbooks(workbooks, { reportYear, previous, format });
  return done({ findings, changes: previous ? compareWorkbooks(previous, workbooks, format) : undefined });
}

/** The first workbook that gave no sheet at all, if any. */
export function firstUnreadable(workbooks: WorkbookRead[]): WorkbookRead | undefined {
  return workbooks.find((wb) => !wb.sheets.length);
}
