// The export job: a workbook, already read in its format, as a department's submission that records that format.
import type { BuiltFormat } from '../format/buildLayout';
import type { Submission } from '../model';
import type { WorkbookRead } from '../source';
import { toSubmission } from '../submissionOf';
import { otherFormatIn, type OtherFormat } from './formatFit';
import { done, stopped, type JobResult } from './result';

export function exportJob(read: WorkbookRead, format: BuiltFormat): JobResult<Submission, OtherFormat> {
  const other = otherFormatIn([read], format.definition);
  return other ? stopped(other) : done(toSubmission(read, format.stamp));
}
