// seika template: a blank, protected sheet of one kind for a fiscal year.
import type { Command } from 'commander';
import { FORMAT_OPTION_HELP, KIND_OPTION_HELP } from '../options';
import { parseYear, type CliIo } from '../io';

export function registerTemplate(program: Command, io: CliIo): void {
  program
    .command('template')
    .description('空のテンプレートを作る / write a blank template sheet')
    .option('--kind <kind>', KIND_OPTION_HELP)
    .requiredOption('--year <year>', '対象年度 (例: 2019, 令和元年度) / report year', parseYear)
    .option('--policy <number>', '政策番号 (例: 6) / policy number')
    .option('--measure <number>', '施策番号 (例: 6-1) / measure number')
    .option('--department <name>', '所管課 (例: 企画課) / department')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .action((opts: { kind?: string; year: number; policy?: string; measure?: string; department?: string; format?: string; output: string }) => import('../actions/template').then((run) => run.templateCommand(io, opts)));
}
