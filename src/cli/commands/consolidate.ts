// seika consolidate: the departments' workbooks into the policy's report workbook; sources are only read.
import type { Command } from 'commander';
import { Option } from 'commander';
import { consolidateJob } from '../../core/jobs/consolidate';
import type { Lang } from '../../core/rules/types';
import { writeReportFile } from '../../xlsx/report/writeReport';
import { EXIT_FINDINGS } from '../exitCodes';
import { countLine } from '../findingsText';
import { collectWorkbooks, outputPath, parseYear, resolvePath, UsageError, type CliIo } from '../io';
import { readWorkbookFiles } from '../workbooks';
import { reportSummary } from '../reportSummary';

interface Options {
  output?: string;
  policy?: string;
  json?: boolean;
  year?: number;
  lang: Lang;
}

export function registerConsolidate(program: Command, io: CliIo, isTty = false): void {
  program
    .command('consolidate')
    .description('各課のブックを政策の成果説明書に集約する / consolidate department workbooks into the policy report')
    .argument('<files...>', '各課の .xlsx またはフォルダ / department .xlsx files or folders')
    .option('-o, --output <file>', '書き出す報告書 .xlsx / the report .xlsx to write')
    .option('--policy <file>', '政策シートのブック / the workbook with the policy sheet')
    .option('--json', '報告書のデータを JSON で出力 / print the report model as JSON')
    .option('--year <year>', '対象年度 (例: 2019) / the report year', parseYear)
    .addOption(new Option('--lang <lang>', 'メッセージの言語 / message language').choices(['ja', 'en']).default('ja'))
    .action(async (inputs: string[], opts: Options) => {
      if (!opts.output && !opts.json) throw new UsageError('-o report.xlsx か --json を指定してください / give -o report.xlsx or --json');
      const files = [...(opts.policy ? [resolvePath(io, opts.policy)] : []), ...collectWorkbooks(io, inputs)];
      const output = opts.output ? resolvePath(io, opts.output) : undefined;
      if (output && files.includes(output)) throw new UsageError(`報告書を元のブックに上書きできません / the report would overwrite a source: ${opts.output}`);
      const workbooks = await readWorkbookFiles(io, [...new Set(files)], opts.year, isTty);
      const { report } = consolidateJob({ workbooks, reportYear: opts.year });
      if (output) {
        await writeReportFile(report, outputPath(io, output), opts.lang);
        io.stderr(`報告書を書き出しました / wrote ${output}\n`);
      }
      io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : reportSummary(report));
      io.stderr(`${countLine(report.findings, files.length, opts.lang)}\n`);
      if (report.findings.some((f) => f.severity === 'error')) io.exitCode = EXIT_FINDINGS;
    });
}
