// The fill job: a department's submission (JSON text) checked in the format its sheets are to be drawn in (the one
// it records, or the one asked for) before any workbook is written.
import type { BuiltFormat } from '../format/buildLayout';
import { kindOf, type Sheet } from '../model';
import type { WorkbookMeta } from '../source';
import { parseSubmission, recordedFormat } from '../submission';
import { otherFormatIn, type OtherFormat } from './formatFit';
import { done, stopped, type JobResult } from './result';

export type FillProblem =
  /** Not JSON, or not a submission: each error names its path. */
  | { code: 'invalid'; errors: string[] }
  | OtherFormat
  /** A sheet of a kind the format does not draw (a 政策 sheet for a format without one, a form of another format). */
  | { code: 'noLayout'; kind: string; format: string };

export interface Filled {
  sheets: Sheet[];
  meta: WorkbookMeta;
}

export function fillJob(text: string, file: string, format: BuiltFormat): JobResult<Filled, FillProblem> {
  const other = otherFormatIn([{ file, meta: { format: recordedFormat(text) } }], format.definition);
  if (other) return stopped(other);
  const parsed = parseSubmission(text, format);
  if (!parsed.ok) return stopped({ code: 'invalid', errors: parsed.errors });
  const { sheets, reportYear, department } = parsed.submission;
  const missing = sheets.find((s) => !format.layouts[kindOf(s)]);
  if (missing) return stopped({ code: 'noLayout', kind: kindOf(missing), format: format.definition.id });
  return done({ sheets, meta: { reportYear, department } });
}
