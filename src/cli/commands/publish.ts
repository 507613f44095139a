// seika publish: the departments' workbooks consolidated and written as a static website with open data for
// citizens (src/publish); nothing in it runs on a server or fetches from another host.
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { consolidateJob } from '../../core/jobs/consolidate';
import type { Lang } from '../../core/rules/types';
import { DEFAULT_PUBLISH_SETTINGS, isLocalGovernmentCode, type PublishSettings } from '../../publish/settings';
import { publishSite, type SiteFile } from '../../publish/site';
import { isReportWorkbook } from '../../xlsx/report/isReportWorkbook';
import { EXIT_FINDINGS } from '../exitCodes';
import { countLine } from '../findingsText';
import { collectWorkbooks, parseYear, resolvePath, UsageError, type CliIo } from '../io';
import { readWorkbookFiles } from '../workbooks';

interface Options {
  out: string;
  policy?: string;
  year?: number;
  lgCode: string;
  lgPrefecture: string;
  lgName: string;
  lang: Lang;
}

export function registerPublish(program: Command, io: CliIo, isTty = false): void {
  program
    .command('publish')
    .description('各課のブックから市民向けの公開用サイトとオープンデータを書き出す / write the report as a static website with open data')
    .argument('<files...>', '各課の .xlsx またはフォルダ（報告書 .xlsx ではなく） / department .xlsx files or folders (not the report .xlsx)')
    .requiredOption('--out <dir>', '書き出すフォルダ / the folder to write the site into')
    .option('--policy <file>', '政策シートのブック / the workbook with the policy sheet')
    .option('--year <year>', '対象年度 (例: 2019) / the report year', parseYear)
    .option('--lg-code <code>', '全国地方公共団体コード（6桁） / local government code', DEFAULT_PUBLISH_SETTINGS.localGovernmentCode)
    .option('--lg-prefecture <name>', '都道府県名 / prefecture', DEFAULT_PUBLISH_SETTINGS.prefecture)
    .option('--lg-name <name>', '地方公共団体名 / local government name', DEFAULT_PUBLISH_SETTINGS.localGovernmentName)
    .addOption(new Option('--lang <lang>', 'メッセージの言語 / message language').choices(['ja', 'en']).default('ja'))
    .action(async (inputs: string[], opts: Options) => {
      const settings: PublishSettings = { localGovernmentCode: opts.lgCode, prefecture: opts.lgPrefecture, localGovernmentName: opts.lgName };
      if (!isLocalGovernmentCode(settings.localGovernmentCode)) {
        throw new UsageError(`全国地方公共団体コードは検査数字を含む6桁です（小諸市は 202088） / --lg-code takes the 6-digit code with its check digit: ${opts.lgCode}`);
      }
      const files = [...new Set([...(opts.policy ? [resolvePath(io, opts.policy)] : []), ...collectWorkbooks(io, inputs)])];
      const workbooks = await readWorkbookFiles(io, files, opts.year, isTty);
      const reports = await reportWorkbooks(files, workbooks.map((w) => w.problems.length === 0));
      if (reports.length) {
        throw new UsageError(`報告書 .xlsx からは公開できません。各課のブック（またはそのフォルダ）を指定してください / publish reads the department workbooks, not the report: ${reports.join(', ')}`);
      }
      const { report } = consolidateJob({ workbooks, reportYear: opts.year });
      const site = publishSite(report, settings);
      const out = resolvePath(io, opts.out);
      writeSite(out, site);
      const pages = site.filter((f) => f.path.endsWith('.html')).length;
      io.stdout(`公開用サイトを書き出しました: ${out}（ページ ${pages}、オープンデータ ${site.filter((f) => f.path.startsWith('data/')).length} ファイル）\nwrote ${pages} pages and the open data to ${out}; open index.html\n`);
      io.stderr(`${countLine(report.findings, files.length, opts.lang)}\n`);
      if (report.findings.some((f) => f.severity === 'error')) io.exitCode = EXIT_FINDINGS;
    });
}

async function reportWorkbooks(files: string[], readable: boolean[]): Promise<string[]> {
  const found: string[] = [];
  for (const [i, file] of files.entries()) if (readable[i] && (await isReportWorkbook(fs.readFileSync(file)))) found.push(path.basename(file));
  return found;
}

/** Writes the site's files below `dir` (folders made as needed; files already there are replaced). */
export function writeSite(dir: string, files: SiteFile[]): void {
  for (const f of files) {
    const target = path.join(dir, ...f.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text, 'utf8');
  }
}
