// seika fill: a department's submission (JSON) written as a filled workbook.
import type { Command } from 'commander';
import type { CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerFill(program: Command, io: CliIo): void {
  program
    .command('fill')
    .description('JSON の提出データから記入済みのブックを作る / write a filled workbook from submission JSON')
    .argument('<data.json>', '提出データ (docs/submission.schema.json) / submission data')
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .action((input: string, opts: { output: string; format?: string }) => import('../actions/fill').then((run) => run.fillCommand(io, input, opts)));
}
