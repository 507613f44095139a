// A read workbook as a department's submission.
import type { Submission } from './model';
import type { FormatStamp, WorkbookRead } from './source';
import { reportYearOf } from './jobs/reportYear';
import { stampText } from './workbookMeta';

/** The workbook's sheets as read in `format`, which the submission records so that fill draws them in it again. */
export function toSubmission(read: WorkbookRead, format: FormatStamp): Submission {
  return {
    format: stampText(format),
    reportYear: reportYearOf([read]) ?? 0,
    department: read.meta.department ?? null,
    sheets: read.sheets.map((s) => s.sheet),
  };
}
