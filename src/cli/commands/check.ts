// seika check: every report rule over the workbooks given, findings in plain Japanese (or English) with their cells.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../../core/rules/types';
import { parseYear, type CliIo } from '../io';
import { collectOption, FORMAT_OPTION_HELP } from '../options';

export function registerCheck(program: Command, io: CliIo): void {
  program
    .command('check')
    .description('報告のルールでチェックする / check workbooks against the report rules')
    .argument('<files...>', '.xlsx ファイルまたはフォルダ / .xlsx files or folders')
    .option('--json', '結果を JSON で出力 / print the findings as JSON')
    .addOption(new Option('--lang <lang>', 'メッセージの言語 / message language').choices(['ja', 'en']).default('ja'))
    .option('--year <year>', '対象年度 (例: 2019) / the report year', parseYear)
    .option('--previous <file>', '前年度のブックまたはフォルダ (繰り返し可): 計画の変更に理由があるか確かめる / last year\'s workbook or folder (repeatable): changed plans need a reason', collectOption, [])
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .action((inputs: string[], opts: { json?: boolean; lang: Lang; year?: number; previous: string[]; format?: string }) => import('../actions/check').then((run) => run.checkCommand(io, inputs, opts)));
}
