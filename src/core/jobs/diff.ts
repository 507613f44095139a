// The diff job: what changed between last year's workbooks and this year's, both read in the one format compared.
import type { BuiltFormat } from '../format/buildLayout';
import { compareWorkbooks } from '../diff/compare';
import type { Change } from '../diff/types';
import type { WorkbookRead } from '../source';
import { otherFormatIn, type OtherFormat } from './formatFit';
import { done, stopped, type JobResult } from './result';

export function diffJob(previous: WorkbookRead[], current: WorkbookRead[], format: BuiltFormat): JobResult<Change[], OtherFormat> {
  const other = otherFormatIn([...previous, ...current], format.definition);
  return other ? stopped(other) : done(compareWorkbooks(previous, current, format.definition));
}
