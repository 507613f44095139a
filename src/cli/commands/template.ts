// seika template: a blank, protected sheet of one kind for a fiscal year.
import type { Command } from 'commander';
import { Option } from 'commander';
import { SHEET_KINDS, type SheetKind } from '../../core/model';
import { blankSheet } from '../../core/template';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { FORMAT_OPTION_HELP, formatOf } from '../formatOption';
import { UsageError, parseYear, writeOutput, type CliIo } from '../io';

export function registerTemplate(program: Command, io: CliIo): void {
  program
    .command('template')
    .description('空のテンプレートを作る / write a blank template sheet')
    .addOption(new Option('--kind <kind>', 'シートの種類 / sheet kind').choices(SHEET_KINDS).makeOptionMandatory())
    .requiredOption('--year <year>', '対象年度 (例: 2019, 令和元年度) / report year', parseYear)
    .option('--policy <number>', '政策番号 (例: 6) / policy number')
    .option('--measure <number>', '施策番号 (例: 6-1) / measure number')
    .option('--department <name>', '所管課 (例: 企画課) / department')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .action(async (opts: { kind: SheetKind; year: number; policy?: string; measure?: string; department?: string; format?: string; output: string }) => {
      const format = opts.format ? formatOf(io, opts.format) : undefined;
      const layout = format ? format.layouts[opts.kind] : undefined;
      if (format && !layout) throw new UsageError(`様式 ${opts.format} に ${opts.kind} のシートはありません / format ${opts.format} has no ${opts.kind} sheet`);
      const sheet = blankSheet({ kind: opts.kind, reportYear: opts.year, policy: opts.policy, measure: opts.measure, department: opts.department }, layout);
      const file = writeOutput(io, opts.output, await writeWorkbook([sheet], { reportYear: opts.year, department: opts.department ?? null }, format));
      io.stdout(`テンプレートを書き出しました / wrote ${file}\n`);
    });
}
