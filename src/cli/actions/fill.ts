// seika fill: a department's submission (JSON) written as a filled workbook.
// This is what runs; commands/fill.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import * as fs from 'fs';
import { fillJob, type FillProblem } from '../../core/jobs/fill';
import { parseSubmission, recordedFormat } from '../../core/submission';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { formatOfForms } from '../formatKinds';
import { chooserFor, otherFormatText } from '../formatOption';
import { resolvePath, UsageError, writeOutput, type CliIo } from '../io';

export async function fillCommand(io: CliIo, input: string, opts: { output: string; format?: string }): Promise<void> {
  const text = readText(io, input);
  const recorded = recordedFormat(text);
  const format = (!recorded && !opts.format && formsFormat(text)) || (await chooserFor(io, opts.format)).formatFor({ format: recorded });
  const filled = fillJob(text, input, format);
  if (!filled.ok) throw new UsageError(problemText(filled.problem, input));
  const { sheets, meta } = filled.value;
  const file = writeOutput(io, opts.output, await writeWorkbook(sheets, meta, format));
  io.stdout(`${sheets.length} シートを書き出しました / wrote ${sheets.length} sheets to ${file}\n`);
}

/** A submission that records no format but holds forms: the built-in format that has them. */
function formsFormat(text: string) {
  const parsed = parseSubmission(text);
  return parsed.ok ? formatOfForms(parsed.submission.sheets) : undefined;
}

function readText(io: CliIo, input: string): string {
  const p = resolvePath(io, input);
  if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${input}`);
  return fs.readFileSync(p, 'utf8');
}

function problemText(problem: FillProblem, input: string): string {
  if (problem.code === 'invalid') return `${input} の内容が正しくありません / ${input} is not a valid submission:\n${problem.errors.join('\n')}`;
  if (problem.code === 'otherFormat') return otherFormatText(problem);
  return `${input} に様式「${problem.format}」にないシート（${problem.kind}）があります。--format でこの提出データの様式を指定してください / ${input} has a ${problem.kind} sheet, which format ${problem.format} does not have: give its format with --format`;
}
