// The format definitions a command is given with --format (files, or folders of .json files), each checked;
// a file that is not JSON or not a valid definition is listed with its problems, never thrown. Checking builds the
// definition's zod schema, so the commands load this only when a file is given (formatOption.ts).
import * as fs from 'fs';
import * as path from 'path';
import { checkDefinition, problemText, type DefinitionResult } from '../core/format/checkDefinition';
import type { FormatDefinition } from '../core/format/schema';
import { UsageError, resolvePath, type CliIo } from './io';

export interface FormatFile {
  file: string;
  result: DefinitionResult;
}

function definitionFiles(io: CliIo, input: string): string[] {
  const p = resolvePath(io, input);
  if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${input}`);
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort()
    .map((f) => path.join(p, f));
}

function readDefinition(file: string): DefinitionResult {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, problems: [{ at: '(JSON)', message: `JSON として読めません / not JSON: ${(e as Error).message}` }] };
  }
  return checkDefinition(json);
}

export function readFormatFiles(io: CliIo, inputs: string[]): FormatFile[] {
  return inputs.flatMap((input) => definitionFiles(io, input)).map((file) => ({ file, result: readDefinition(file) }));
}

/** The definitions a --format file or folder holds; one with mistakes is a usage error that lists them. */
export function usableDefinitions(io: CliIo, input: string): FormatDefinition[] {
  const given = readFormatFiles(io, [input]);
  if (!given.length) throw new UsageError(`様式の定義がありません / no format definition in ${input}`);
  return given.map(({ file, result }) => {
    if (!result.ok) throw new UsageError(`様式の定義に誤りがあります / the format definition has mistakes (seika format check ${file}):\n  ${result.problems.map(problemText).join('\n  ')}`);
    return result.definition;
  });
}
