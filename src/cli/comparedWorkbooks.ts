// Reads the workbooks of one side of a year-over-year comparison (last year's or this year's): an unreadable
// one is a usage mistake here, since comparing with nothing would silently report no change.
import type { WorkbookRead } from '../core/source';
import { collectWorkbooks, UsageError, type CliIo } from './io';
import { readWorkbookFile } from './workbooks';

export type Side = 'previous' | 'current';
const SIDE = { previous: ['前年度', "last year's"], current: ['今年度', "this year's"] } as const;

export async function readComparedWorkbooks(io: CliIo, inputs: string[], side: Side): Promise<WorkbookRead[]> {
  const workbooks: WorkbookRead[] = [];
  for (const file of collectWorkbooks(io, inputs)) {
    const read = await readWorkbookFile(file);
    if (!read.sheets.length) {
      const why = read.problems.map((p) => p.code + (p.detail ? `: ${p.detail}` : '')).join(', ');
      throw new UsageError(`${SIDE[side][0]}のブックを読めません / cannot read ${SIDE[side][1]} workbook ${file} (${why})`);
    }
    workbooks.push(read);
  }
  if (!workbooks.length) throw new UsageError(`${SIDE[side][0]}のブックがありません / no ${SIDE[side][1]} workbook in ${inputs.join(' ')}`);
  return workbooks;
}

/** --previous may be given more than once (files or folders). */
export function collectOption(value: string, previous: string[]): string[] {
  return [...previous, value];
}
