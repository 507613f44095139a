// seika formats: the report formats seika knows (built in) and those given with --format, each checked.
// This is what runs; commands/formats.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import type { CliIo } from '../io';
import { BUILTIN_FORMATS } from '../../core/format/builtin';
import type { FormatDefinition } from '../../core/format/schema';
import { EXIT_FINDINGS } from '../exitCodes';
import { readFormatFiles } from '../formatFiles';

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
    ...files.map((f) => (f.result.ok ? describe(f.result.definition, f.file) : [`${f.file}: 様式の定義として使えません / not a usable format definition`, ...f.result.problems.map((p) => `  エラー / error  ${p}`)].join('\n'))),
  ];
  io.stdout(`${lines.join('\n\n')}\n`);
}
