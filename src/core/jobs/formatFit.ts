// Whether what a job was given follows the format it was asked to work in: a workbook (or submission) that
// records another format, or a newer version of this one, is stopped with one clear problem rather than read,
// rolled over or rewritten in layouts it does not follow.
import type { FormatDefinition } from '../format/schema';
import type { FormatStamp, WorkbookRead } from '../source';
import { stampFits } from '../workbookMeta';

export interface OtherFormat {
  code: 'otherFormat';
  /** The workbook (or submission file) that records another format. */
  file: string;
  /** What it records. */
  format: FormatStamp;
  /** The format the job works in. */
  expected: FormatStamp;
}

/** The first workbook that records a format other than `format`, as the problem that stops the job. */
export function otherFormatIn(workbooks: Array<Pick<WorkbookRead, 'file' | 'meta'>>, format: FormatDefinition): OtherFormat | undefined {
  const other = workbooks.find((wb) => !stampFits(wb.meta.format, format));
  return other?.meta.format && { code: 'otherFormat', file: other.file, format: other.meta.format, expected: { id: format.id, version: format.version } };
}
