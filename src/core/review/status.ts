// The review state of every sheet given, per department: what `seika status` prints and the report counts.
import { workbookDepartment } from '../department';
import { titleOf } from '../sheetTitle';
import type { WorkbookRead } from '../source';
import { REVIEW_STATES, UNREVIEWED, type ReviewRecord, type ReviewState } from './state';

export interface ReviewRow extends ReviewRecord {
  department: string | null;
  file: string;
  sheet: string;
  title: string;
}

/** One row per sheet, in the order given; a sheet that records no review is 作成中. */
export function reviewRows(workbooks: WorkbookRead[]): ReviewRow[] {
  return workbooks.flatMap((wb) => {
    const department = workbookDepartment(wb);
    return wb.sheets.map((read) => ({ department, file: wb.file, sheet: read.source.sheetName, title: titleOf(read.sheet), ...(read.review ?? UNREVIEWED) }));
  });
}

/** How many sheets are in each state, every state listed (zero included) in review order. */
export function countByState(records: ReadonlyArray<{ state: ReviewState }>): Record<ReviewState, number> {
  const counts = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  for (const r of records) counts[r.state]++;
  return counts;
}

/** 作成中 2、課内確認済 0、課長確認済 1、提出済 0 */
export function reviewCountsText(counts: Record<ReviewState, number>): string {
  return REVIEW_STATES.map((s) => `${s} ${counts[s]}`).join('、');
}
