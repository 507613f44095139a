// seika diff: what changed between last year's report (or department workbook) and this year's.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../../core/rules/types';
import type { CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerDiff(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description('前年度の報告と比べて変わったところを一覧にする / list what changed since last year\'s report')
    .argument('<last>', '前年度の .xlsx またはフォルダ / last year\'s .xlsx or folder')
    .argument('<this>', '今年度の .xlsx またはフォルダ / this year\'s .xlsx or folder')
    .option('--json', '変更を JSON で出力 / print the changes as JSON')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .addOption(new Option('--lang <lang>', 'メッセージの言語 / message language').choices(['ja', 'en']).default('ja'))
    .action((last: string, current: string, opts: { json?: boolean; lang: Lang; format?: string }) => import('../actions/diff').then((run) => run.diffCommand(io, last, current, opts)));
}
