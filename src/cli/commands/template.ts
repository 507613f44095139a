// seika template: a blank, protected sheet of one kind for a fiscal year.
import type { Command } from 'commander';
import { Option } from 'commander';
import { SHEET_KINDS, type SheetKind } from '../../core/model';
import { blankSheet } from '../../core/template';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { parseYear, writeOutput, type CliIo } from '../io';

export function registerTemplate(program: Command, io: CliIo): void {
  program
    .command('template')
    .description('空のテンプレートを作る / write a blank template sheet')
    .addOption(new Option('--kind <kind>', 'シートの種類 / sheet kind').choices(SHEET_KINDS).makeOptionMandatory())
    .requiredOption('--year <year>', '対象年度 (例: 2019, 令和元年度) / report year', parseYear)
    .option('--policy <number>', '政策番号 (例: 6) / policy number')
    .option('--measure <number>', '施策番号 (例: 6-1) / measure number')
    .option('--department <name>', '所管課 (例: 企画課) / department')
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .action(async (opts: { kind: SheetKind; year: number; policy?: string; measure?: string; department?: string; output: string }) => {
      const sheet = blankSheet({ kind: opts.kind, reportYear: opts.year, policy: opts.policy, measure: opts.measure, department: opts.department });
      const file = writeOutput(io, opts.output, await writeWorkbook([sheet], { reportYear: opts.year, department: opts.department ?? null }));
      io.stdout(`テンプレートを書き出しました / wrote ${file}\n`);
    });
}
