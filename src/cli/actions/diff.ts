// seika diff: what changed between last year's report (or department workbook) and this year's.
// This is what runs; commands/diff.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import type { CliIo } from '../io';
import { diffJob } from '../../core/jobs/diff';
import { describeChange } from '../../core/diff/describe';
import { fiscalYearLabel } from '../../core/era';
import { reportYearOf } from '../../core/jobs/reportYear';
import type { Lang } from '../../core/rules/types';
import type { WorkbookRead } from '../../core/source';
import { changesText } from '../changesText';
import { readComparedWorkbooks } from '../comparedWorkbooks';
import { chooserFor, otherFormatText } from '../formatOption';
import { UsageError } from '../io';

const yearOf = (workbooks: WorkbookRead[]) => reportYearOf(workbooks) ?? 0;

export async function diffCommand(io: CliIo, last: string, current: string, opts: { json?: boolean; lang: Lang; format?: string }): Promise<void> {
  const chooser = await chooserFor(io, opts.format);
  const previous = await readComparedWorkbooks(io, [last], 'previous', chooser.layoutsFor);
  const now = await readComparedWorkbooks(io, [current], 'current', chooser.layoutsFor);
  const [was, is] = [yearOf(previous), yearOf(now)];
  if (was >= is) io.stderr(`注意: 前年度のブック（${fiscalYearLabel(was)}）が今年度のブック（${fiscalYearLabel(is)}）より前の年度ではありません。引数の順序（前年度 今年度）を確かめてください / last year's workbook is not for an earlier year: check the order of the arguments\n`);
  // Both years are compared in one format: this year's workbooks decide it.
  const compared = diffJob(previous, now, chooser.formatOfAll(now));
  if (!compared.ok) throw new UsageError(otherFormatText(compared.problem));
  const changes = compared.value;
  if (opts.json) io.stdout(`${JSON.stringify(changes.map((c) => ({ ...c, message: describeChange(c, opts.lang) })), null, 2)}\n`);
  else io.stdout(changesText(changes, opts.lang, io.cwd));
}
