// seika template: a blank, protected sheet of one kind for a fiscal year.
// This is what runs; commands/template.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import { blankSheet } from '../../core/template';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { kindIn } from '../formatKinds';
import { formatOf } from '../formatOption';
import { writeOutput, type CliIo } from '../io';

export async function templateCommand(io: CliIo, opts: { kind?: string; year: number; policy?: string; measure?: string; department?: string; format?: string; output: string }): Promise<void> {
  const format = opts.format ? await formatOf(io, opts.format) : undefined;
  const kind = kindIn(format, opts.kind, opts.format);
  const sheet = blankSheet({ kind, reportYear: opts.year, policy: opts.policy, measure: opts.measure, department: opts.department }, format?.layouts[kind]);
  const file = writeOutput(io, opts.output, await writeWorkbook([sheet], { reportYear: opts.year, department: opts.department ?? null }, format));
  io.stdout(`テンプレートを書き出しました / wrote ${file}\n`);
}
