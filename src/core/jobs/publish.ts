// The publish job: the report the citizens' site is drawn from, in the format the workbooks follow: the policy
// report for a format of the built-in kinds, the form consolidation (its own groups and totals) for a form format.
import { consolidateForms } from '../consolidate/form/consolidate';
import type { FormReport } from '../consolidate/form/types';
import type { PolicyReport } from '../consolidate/types';
import type { BuiltFormat } from '../format/buildLayout';
import { isFormFormat } from '../format/formKinds';
import type { WorkbookRead } from '../source';
import { consolidateJob } from './consolidate';

export interface PublishInput {
  workbooks: WorkbookRead[];
  reportYear?: number;
  format: BuiltFormat;
}

/** Never stops: as in consolidate, files that could not be read and findings are part of the report. */
export function publishJob({ workbooks, reportYear, format }: PublishInput): { report: PolicyReport | FormReport } {
  if (isFormFormat(format.definition)) return { report: consolidateForms(workbooks, format.definition, { reportYear }) };
  return { report: consolidateJob({ workbooks, reportYear, format: format.definition }).report };
}
