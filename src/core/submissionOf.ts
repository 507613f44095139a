// A read workbook as a department's submission.
import type { Submission } from './model';
import type { WorkbookRead } from './source';
import { reportYearOf } from './jobs/reportYear';

export function toSubmission(read: WorkbookRead): Submission {
  return {
    reportYear: reportYearOf([read]) ?? 0,
    department: read.meta.department ?? null,
    sheets: read.sheets.map((s) => s.sheet),
  };
}
