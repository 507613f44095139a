// The check job: every rule over workbooks already read and, given last year's, what changed since.
import { compareWorkbooks } from '../diff/compare';
import type { FormatDefinition } from '../format/schema';
import type { Change } from '../diff/types';
import { checkWorkbooks } from '../rules/engine';
import type { Finding } from '../rules/types';
import type { FileProblem, WorkbookRead } from '../source';
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
  { code: 'previousUnreadable'; file: string; problems: FileProblem[] };

export function checkJob({ workbooks, previous, reportYear, format }: CheckInput): JobResult<Checked, CheckProblem> {
  const unreadable = previous && firstUnreadable(previous);
  if (unreadable) return stopped({ code: 'previousUnreadable', file: unreadable.file, problems: unreadable.problems });
  const findings = checkWorkbooks(workbooks, { reportYear, previous, format });
  return done({ findings, changes: previous ? compareWorkbooks(previous, workbooks) : undefined });
}

/** The first workbook that gave no sheet at all, if any. */
export function firstUnreadable(workbooks: WorkbookRead[]): WorkbookRead | undefined {
  return workbooks.find((wb) => !wb.sheets.length);
}
