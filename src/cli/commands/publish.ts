// seika publish: the departments' workbooks consolidated and written as a static website with open data for
// citizens (src/publish); nothing in it runs on a server or fetches from another host.
import type { Command } from 'commander';
import type { PublishOptions } from '../actions/publish';
import { Option } from 'commander';
import { DEFAULT_PUBLISH_SETTINGS } from '../../publish/settings';
import { parseYear, type CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerPublish(program: Command, io: CliIo, isTty = false): void {
  program
    .command('publish')
    .description('各課のブックから市民向けの公開用サイトとオープンデータを書き出す / write the report as a static website with open data')
    .argument('<files...>', '各課の .xlsx またはフォルダ（報告書 .xlsx ではなく） / department .xlsx files or folders (not the report .xlsx)')
    .requiredOption('--out <dir>', '書き出すフォルダ / the folder to write the site into')
    .option('--policy <file>', '政策シートのブック / the workbook with the policy sheet')
    .option('--year <year>', '対象年度 (例: 2019) / the report year', parseYear)
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .option('--lg-code <code>', '全国地方公共団体コード（6桁） / local government code', DEFAULT_PUBLISH_SETTINGS.localGovernmentCode)
    .option('--lg-prefecture <name>', '都道府県名 / prefecture', DEFAULT_PUBLISH_SETTINGS.prefecture)
    .option('--lg-name <name>', '地方公共団体名 / local government name', DEFAULT_PUBLISH_SETTINGS.localGovernmentName)
    .addOption(new Option('--lang <lang>', 'メッセージの言語 / message language').choices(['ja', 'en']).default('ja'))
    .action((inputs: string[], opts: PublishOptions) => import('../actions/publish').then((run) => run.publishCommand(io, inputs, opts, isTty)));
}
