// seika rollover: next year's workbook from this year's, as fresh templates holding what carries over.
import type { Command } from 'commander';
import { fiscalYearLabel } from '../../core/era';
import { rollOverWorkbook, type RolloverProblem } from '../../core/jobs/rollover';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { parseYear, resolvePath, UsageError, writeOutput, type CliIo } from '../io';
import { readWorkbookFile } from '../workbooks';

export function registerRollover(program: Command, io: CliIo): void {
  program
    .command('rollover')
    .description('今年度のブックから次の年度のシートを作る / next year\'s sheets from this year\'s workbook')
    .argument('<workbook>', '元になる .xlsx / the workbook to carry forward')
    .requiredOption('--to <year>', '新しい年度 (例: 2020, 令和2年度) / the new report year', parseYear)
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .action(async (input: string, opts: { to: number; output: string }) => {
      if (resolvePath(io, opts.output) === resolvePath(io, input)) throw new UsageError('元のブックには上書きしません。別の -o を指定してください / -o must differ from the source workbook');
      const rolled = rollOverWorkbook(await readWorkbookFile(resolvePath(io, input)), opts.to);
      if (!rolled.ok) throw new UsageError(problemText(rolled.problem, input));
      const { sheets, meta } = rolled.value;
      const file = writeOutput(io, opts.output, await writeWorkbook(sheets, meta));
      const year = fiscalYearLabel(opts.to);
      io.stdout(
        `${year}のシート ${sheets.length} 枚を書き出しました / wrote ${sheets.length} sheet(s) for FY${opts.to}: ${file}\n` +
          `記入する欄 / to fill in: ${year}の実績・評価・特記事項、投入指標、指標の実績（計画のない年度は計画も）\n`,
      );
    });
}

function problemText(problem: RolloverProblem, input: string): string {
  switch (problem.code) {
    case 'noSheets':
      return `${input} に seika のシートがありません / no seika sheets in ${input}`;
    case 'noYear':
      return `${input} に年度が読み取れないシートがあります / a sheet of ${input} has no readable report year`;
    case 'notLater':
      return `--to には${fiscalYearLabel(problem.from)}より後の年度を指定してください / --to must be later than FY${problem.from}`;
  }
}
