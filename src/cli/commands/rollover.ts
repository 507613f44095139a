// seika rollover: next year's workbook from this year's, as fresh templates holding what carries over.
import type { Command } from 'commander';
import { parseYear, type CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerRollover(program: Command, io: CliIo): void {
  program
    .command('rollover')
    .description('今年度のブックから次の年度のシートを作る / next year\'s sheets from this year\'s workbook')
    .argument('<workbook>', '元になる .xlsx / the workbook to carry forward')
    .requiredOption('--to <year>', '新しい年度 (例: 2020, 令和2年度) / the new report year', parseYear)
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .action((input: string, opts: { to: number; output: string; format?: string }) => import('../actions/rollover').then((run) => run.rolloverCommand(io, input, opts)));
}
