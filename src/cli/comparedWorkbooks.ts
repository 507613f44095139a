// Reads the workbooks of one side of a year-over-year comparison (last year's or this year's): an unreadable
// one is a usage mistake here, since comparing with nothing would silently report no change.
import { firstUnreadable } from '../core/jobs/check';
import type { Layout } from '../core/layout/types';
import type { FileProblem, WorkbookMeta, WorkbookRead } from '../core/source';
import { collectWorkbooks, UsageError, type CliIo } from './io';
import { readWorkbookFile } from './workbooks';

export type Side = 'previous' | 'current';
const SIDE = { previous: ['前年度', "last year's"], current: ['今年度', "this year's"] } as const;

/** Reads each workbook in the layouts of its format (`layoutsFor`; absent: the built-in one). */
type LayoutsFor = (meta: WorkbookMeta) => Layout[] | undefined;

export async function readComparedWorkbooks(io: CliIo, inputs: string[], side: Side, layoutsFor?: LayoutsFor): Promise<WorkbookRead[]> {
  const workbooks = await readSide(io, inputs, side, layoutsFor);
  const unreadable = firstUnreadable(workbooks);
  if (unreadable) throw unreadableSide(side, unreadable);
  return workbooks;
}

/** Every workbook of one side as read (unreadable ones too); none at all is a usage mistake. */
export async function readSide(io: CliIo, inputs: string[], side: Side, layoutsFor?: LayoutsFor): Promise<WorkbookRead[]> {
  const workbooks: WorkbookRead[] = [];
  for (const file of collectWorkbooks(io, inputs)) workbooks.push(await readWorkbookFile(file, undefined, layoutsFor));
  if (!workbooks.length) throw new UsageError(`${SIDE[side][0]}のブックがありません / no ${SIDE[side][1]} workbook in ${inputs.join(' ')}`);
  return workbooks;
}

export function unreadableSide(side: Side, { file, problems }: { file: string; problems: FileProblem[] }): UsageError {
  const why = problems.map((p) => p.code + (p.detail ? `: ${p.detail}` : '')).join(', ');
  return new UsageError(`${SIDE[side][0]}のブックを読めません / cannot read ${SIDE[side][1]} workbook ${file} (${why})`);
}

