// seika fill: a department's submission (JSON) written as a filled workbook.
// This is what runs; commands/fill.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import * as fs from 'fs';
import { parseSubmission } from '../../core/submission';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { formatOfForms } from '../formatKinds';
import { resolvePath, UsageError, writeOutput, type CliIo } from '../io';

export async function fillCommand(io: CliIo, input: string, opts: { output: string }): Promise<void> {
  const text = readText(io, input);
  const result = parseSubmission(text);
  if (!result.ok) throw new UsageError(`${input} の内容が正しくありません / ${input} is not a valid submission:\n${result.errors.join('\n')}`);
  const { sheets, reportYear, department } = result.submission;
  const file = writeOutput(io, opts.output, await writeWorkbook(sheets, { reportYear, department }, formatOfForms(sheets)));
  io.stdout(`${sheets.length} シートを書き出しました / wrote ${sheets.length} sheets to ${file}\n`);
}

function readText(io: CliIo, input: string): string {
  const p = resolvePath(io, input);
  if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${input}`);
  return fs.readFileSync(p, 'utf8');
}
