// seika consolidate: the departments' workbooks into the policy's report workbook; sources are only read.
import type { Command } from 'commander';
import type { ConsolidateOptions } from '../actions/consolidate';
import { Option } from 'commander';
import { parseYear, type CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerConsolidate(program: Command, io: CliIo, isTty = false): void {
  program
    .command('consolidate')
    .description('各課のブックを政策の成果説明書に集約する / consolidate department workbooks into the policy report')
    .argument('<files...>', '各課の .xlsx またはフォルダ / department .xlsx files or folders')
    .option('-o, --output <file>', '書き出す報告書 .xlsx / the report .xlsx to write')
    .option('--policy <number|file>', '集約する政策の番号（例: 6）か政策シートのブック / the policy to consolidate (e.g. 6) or the workbook with the policy sheet')
    .option('--city', '市全体（全政策）の報告書 / the whole city\'s report (every policy); the default when several policies are present')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .option('--json', '報告書のデータを JSON で出力 / print the report model as JSON')
    .option('--year <year>', '対象年度 (例: 2019) / the report year', parseYear)
    .addOption(new Option('--lang <lang>', 'メッセージの言語 / message language').choices(['ja', 'en']).default('ja'))
    .action((inputs: string[], opts: ConsolidateOptions) => import('../actions/consolidate').then((run) => run.consolidateCommand(io, inputs, opts, isTty)));
}
