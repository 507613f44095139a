// A read workbook as a department's submission.
import type { Submission } from './model';
import type { WorkbookRead } from './source';

export function toSubmission(read: WorkbookRead): Submission {
  return {
    reportYear: read.meta.reportYear ?? read.sheets[0]?.sheet.reportYear ?? 0,
    department: read.meta.department ?? null,
    sheets: read.sheets.map((s) => s.sheet),
  };
}
