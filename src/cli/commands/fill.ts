// seika fill: a department's submission (JSON) written as a filled workbook.
import * as fs from 'fs';
import type { Command } from 'commander';
import { parseSubmission } from '../../core/submission';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { resolvePath, UsageError, writeOutput, type CliIo } from '../io';

export function registerFill(program: Command, io: CliIo): void {
  program
    .command('fill')
    .description('JSON の提出データから記入済みのブックを作る / write a filled workbook from submission JSON')
    .argument('<data.json>', '提出データ (docs/submission.schema.json) / submission data')
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .action(async (input: string, opts: { output: string }) => {
      const text = readText(io, input);
      const result = parseSubmission(text);
      if (!result.ok) throw new UsageError(`${input} の内容が正しくありません / ${input} is not a valid submission:\n${result.errors.join('\n')}`);
      const { sheets, reportYear, department } = result.submission;
      const file = writeOutput(io, opts.output, await writeWorkbook(sheets, { reportYear, department }));
      io.stdout(`${sheets.length} シートを書き出しました / wrote ${sheets.length} sheets to ${file}\n`);
    });
}

function readText(io: CliIo, input: string): string {
  const p = resolvePath(io, input);
  if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${input}`);
  return fs.readFileSync(p, 'utf8');
}
