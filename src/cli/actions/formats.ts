// seika formats: the report formats seika knows (built in) and those given with --format, each checked.
// This is what runs; commands/formats.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import type { CliIo } from '../io';
import { BUILTIN_FORMATS } from '../../core/format/builtin';
import { problemText } from '../../core/format/checkDefinition';
import type { FormatDefinition } from '../../core/format/schema';
import { countsText } from '../../core/findings/text';
import * as path from 'path';
import { EXIT_FINDINGS } from '../exitCodes';
import { readFormatFiles, type FormatFile } from '../formatFiles';

const KIND_TITLES = (def: FormatDefinition) => def.sheets.map((s) => s.title).join('、');

function describe(def: FormatDefinition, source: string): string {
  const years = `${def.years.past} 年度前から${def.years.nextPlan ? '翌年度計画まで' : '対象年度まで'} / ${def.years.past} past years${def.years.nextPlan ? ' and next year’s plan' : ''}`;
  return [
    `${def.id}/${def.version}  ${def.name.ja} / ${def.name.en}  (${source})`,
    `  シート / sheets: ${KIND_TITLES(def)}`,
    `  年度 / years: ${years}  金額 / money: ${def.moneyUnit}  ルール / rules: ${def.rules.length}`,
  ].join('\n');
}

export function formatsCommand(io: CliIo, opts: { format: string[]; json?: boolean }): void {
  const files = readFormatFiles(io, opts.format);
  if (files.some((f) => !f.result.ok)) io.exitCode = EXIT_FINDINGS;
  if (opts.json) {
    const builtin = BUILTIN_FORMATS.map((def) => ({ source: 'builtin', id: def.id, version: def.version, name: def.name }));
    const given = files.map((f) => (f.result.ok ? { source: f.file, id: f.result.definition.id, version: f.result.definition.version, name: f.result.definition.name } : { source: f.file, problems: f.result.problems }));
    io.stdout(`${JSON.stringify([...builtin, ...given], null, 2)}\n`);
    return;
  }
  const lines = [
    ...BUILTIN_FORMATS.map((def) => describe(def, '組み込み / built-in')),
    ...files.map((f) => (f.result.ok ? describe(f.result.definition, f.file) : [`${f.file}: 様式の定義として使えません / not a usable format definition`, ...f.result.problems.map((p) => `  エラー / error  ${problemText(p)}`)].join('\n'))),
  ];
  io.stdout(`${lines.join('\n\n')}\n`);
}

/** `seika format check`: each definition's mistakes as `file › where  error  format-definition  message`, then counts. */
export function formatCheckCommand(io: CliIo, inputs: string[], opts: { json?: boolean }): void {
  const files = readFormatFiles(io, inputs);
  const problems = files.flatMap((f) => (f.result.ok ? [] : f.result.problems.map((p) => ({ file: f.file, ...p }))));
  if (problems.length) io.exitCode = EXIT_FINDINGS;
  if (opts.json) {
    io.stdout(`${JSON.stringify(problems.map((p) => ({ ...p, severity: 'error', ruleId: DEFINITION_RULE })), null, 2)}\n`);
    return;
  }
  io.stdout(definitionText(files, io.cwd));
}

const DEFINITION_RULE = 'format-definition';

function definitionText(files: FormatFile[], cwd: string): string {
  const shown = (f: string) => path.relative(cwd, f) || f;
  const lines = files.flatMap((f) => {
    if (f.result.ok) return [`${shown(f.file)}  ${f.result.definition.id}/${f.result.definition.version}: 誤りはありません / no mistakes`, ''];
    return [shown(f.file), ...f.result.problems.map((p) => `  ${shown(f.file)} › ${p.at}  error    ${DEFINITION_RULE}  ${p.message}`), ''];
  });
  const counts = { error: files.reduce((n, f) => n + (f.result.ok ? 0 : f.result.problems.length), 0), warning: 0, info: 0 };
  lines.push(`${files.length} ファイル: ${countsText(counts, 'ja')} / ${files.length} file(s): ${countsText(counts, 'en')}`);
  return `${lines.join('\n')}\n`;
}
