// The publish job: the policy report the citizens' site is drawn from, in the format the workbooks follow. A form
// format's report (its own groups and totals) has no site yet, so it stops rather than publish the wrong thing.
import type { BuiltFormat } from '../format/buildLayout';
import { isFormFormat } from '../format/formKinds';
import type { WorkbookRead } from '../source';
import { consolidateJob, type Consolidated } from './consolidate';
import { done, stopped, type JobResult } from './result';

export interface PublishInput {
  workbooks: WorkbookRead[];
  reportYear?: number;
  format: BuiltFormat;
}

export type PublishProblem = { code: 'formFormat'; format: BuiltFormat };

export function publishJob({ workbooks, reportYear, format }: PublishInput): JobResult<Consolidated, PublishProblem> {
  if (isFormFormat(format.definition)) return stopped({ code: 'formFormat', format });
  return done(consolidateJob({ workbooks, reportYear, format: format.definition }));
}
