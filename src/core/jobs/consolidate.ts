// The consolidation job: the departments' workbooks, already read, into the policy report model.
import { consolidate } from '../consolidate/consolidate';
import type { PolicyReport } from '../consolidate/types';
import { fiscalYearLabel } from '../era';
import type { WorkbookRead } from '../source';

export interface ConsolidateInput {
  /** Every workbook read, unreadable ones too: they are listed in 提出状況 and become findings. */
  workbooks: WorkbookRead[];
  /** The year asked for (`--year`); otherwise decided by reportYearOf. */
  reportYear?: number;
}

export interface Consolidated {
  report: PolicyReport;
  /** What the report is called when saved: 成果説明書_政策6_令和元年度.xlsx. */
  fileName: string;
}

/** Never stops: files that could not be read, duplicates and missing sheets are part of the report. */
export function consolidateJob({ workbooks, reportYear }: ConsolidateInput): Consolidated {
  const report = consolidate(workbooks, { reportYear });
  return { report, fileName: `成果説明書_政策${report.policy?.sheet.policy.number ?? ''}_${fiscalYearLabel(report.reportYear)}.xlsx` };
}
