// seika rollover: next year's workbook from this year's, as fresh templates holding what carries over.
// This is what runs; commands/rollover.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import { fiscalYearLabel } from '../../core/era';
import { rollOverWorkbook, type RolloverProblem } from '../../core/jobs/rollover';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { chooserFor, otherFormatText } from '../formatOption';
import { resolvePath, UsageError, writeOutput, type CliIo } from '../io';
import { readWorkbookFile } from '../workbooks';

export async function rolloverCommand(io: CliIo, input: string, opts: { to: number; output: string; format?: string }): Promise<void> {
  if (resolvePath(io, opts.output) === resolvePath(io, input)) throw new UsageError('元のブックには上書きしません。別の -o を指定してください / -o must differ from the source workbook');
  const { formatFor, layoutsFor } = await chooserFor(io, opts.format);
  const read = await readWorkbookFile(resolvePath(io, input), undefined, layoutsFor);
  const format = formatFor(read.meta);
  const rolled = rollOverWorkbook(read, opts.to, format);
  if (!rolled.ok) throw new UsageError(problemText(rolled.problem, input));
  const { sheets, meta } = rolled.value;
  const file = writeOutput(io, opts.output, await writeWorkbook(sheets, meta, format));
  const year = fiscalYearLabel(opts.to);
  io.stdout(
    `${year}のシート ${sheets.length} 枚を書き出しました / wrote ${sheets.length} sheet(s) for FY${opts.to}: ${file}\n` +
      `記入する欄 / to fill in: ${year}の実績・評価・特記事項、投入指標、指標の実績（計画のない年度は計画も）\n`,
  );
}

function problemText(problem: RolloverProblem, input: string): string {
  switch (problem.code) {
    case 'noSheets':
      return `${input} に seika のシートがありません / no seika sheets in ${input}`;
    case 'noYear':
      return `${input} に年度が読み取れないシートがあります / a sheet of ${input} has no readable report year`;
    case 'notLater':
      return `--to には${fiscalYearLabel(problem.from)}より後の年度を指定してください / --to must be later than FY${problem.from}`;
    case 'otherFormat':
      return otherFormatText(problem);
  }
}
