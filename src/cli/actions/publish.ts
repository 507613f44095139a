// seika publish: the departments' workbooks consolidated and written as a static website with open data for
// citizens (src/publish); nothing in it runs on a server or fetches from another host.
// This is what runs; commands/publish.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import * as fs from 'fs';
import * as path from 'path';
import { publishJob } from '../../core/jobs/publish';
import type { Lang } from '../../core/rules/types';
import { isLocalGovernmentCode, type PublishSettings } from '../../publish/settings';
import { publishSite, type SiteFile } from '../../publish/site';
import { isReportWorkbook } from '../../xlsx/report/isReportWorkbook';
import { EXIT_FINDINGS } from '../exitCodes';
import { countLine } from '../findingsText';
import { collectWorkbooks, resolvePath, UsageError, type CliIo } from '../io';
import { readWorkbookFiles } from '../workbooks';
import { chooserFor } from '../formatOption';

export interface PublishOptions {
  out: string;
  policy?: string;
  year?: number;
  lgCode: string;
  lgPrefecture: string;
  lgName: string;
  lang: Lang;
  format?: string;
}

export async function publishCommand(io: CliIo, inputs: string[], opts: PublishOptions, isTty = false): Promise<void> {
  const settings: PublishSettings = { localGovernmentCode: opts.lgCode, prefecture: opts.lgPrefecture, localGovernmentName: opts.lgName };
  if (!isLocalGovernmentCode(settings.localGovernmentCode)) {
    throw new UsageError(`全国地方公共団体コードは検査数字を含む6桁です（小諸市は 202088） / --lg-code takes the 6-digit code with its check digit: ${opts.lgCode}`);
  }
  const files = [...new Set([...(opts.policy ? [resolvePath(io, opts.policy)] : []), ...collectWorkbooks(io, inputs)])];
  const chooser = await chooserFor(io, opts.format);
  const workbooks = await readWorkbookFiles(io, files, opts.year, isTty, chooser);
  const reports = await reportWorkbooks(files, workbooks.map((w) => w.problems.length === 0));
  if (reports.length) {
    throw new UsageError(`報告書 .xlsx からは公開できません。各課のブック（またはそのフォルダ）を指定してください / publish reads the department workbooks, not the report: ${reports.join(', ')}`);
  }
  const format = chooser.formatOfAll(workbooks);
  const { report } = publishJob({ workbooks, reportYear: opts.year, format });
  const site = publishSite(report, settings);
  const out = resolvePath(io, opts.out);
  writeSite(out, site);
  const pages = site.filter((f) => f.path.endsWith('.html')).length;
  io.stdout(`公開用サイトを書き出しました: ${out}（ページ ${pages}、オープンデータ ${site.filter((f) => f.path.startsWith('data/')).length} ファイル）\nwrote ${pages} pages and the open data to ${out}; open index.html\n`);
  io.stderr(`${countLine(report.findings, files.length, opts.lang)}\n`);
  if (report.findings.some((f) => f.severity === 'error')) io.exitCode = EXIT_FINDINGS;
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
