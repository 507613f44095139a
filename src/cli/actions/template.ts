// seika template: a blank, protected sheet of one kind for a fiscal year.
// This is what runs; commands/template.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import { type SheetKind } from '../../core/model';
import { blankSheet } from '../../core/template';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { formatOf } from '../formatOption';
import { UsageError, writeOutput, type CliIo } from '../io';

export async function templateCommand(io: CliIo, opts: { kind: SheetKind; year: number; policy?: string; measure?: string; department?: string; format?: string; output: string }): Promise<void> {
  const format = opts.format ? formatOf(io, opts.format) : undefined;
  const layout = format ? format.layouts[opts.kind] : undefined;
  if (format && !layout) throw new UsageError(`様式 ${opts.format} に ${opts.kind} のシートはありません / format ${opts.format} has no ${opts.kind} sheet`);
  const sheet = blankSheet({ kind: opts.kind, reportYear: opts.year, policy: opts.policy, measure: opts.measure, department: opts.department }, layout);
  const file = writeOutput(io, opts.output, await writeWorkbook([sheet], { reportYear: opts.year, department: opts.department ?? null }, format));
  io.stdout(`テンプレートを書き出しました / wrote ${file}\n`);
}
