// --format on the commands that draw sheets: a built-in format's id, or a city's definition file, checked first.
import { BUILTIN_FORMATS } from '../core/format/builtin';
import { builtFormat, type BuiltFormat } from '../core/format/buildLayout';
import { rulesOf } from '../core/format/definitionRules';
import { formatMostRecorded } from '../core/format/recorded';
import type { OtherFormat } from '../core/jobs/formatFit';
import type { WorkbookRead } from '../core/source';
import { stampText } from '../core/workbookMeta';
import { formatPicker } from './formatPicker';
import { UsageError, type CliIo } from './io';

/**
 * The formats asked for (a folder may hold several); a definition with mistakes is a usage error that lists them.
 * Only a definition file is checked, with its zod schema: formatFiles.ts (a chunk of its own in the CLI's bundle) is
 * loaded then, so that a run with the built-in formats builds none of the definition's schemas.
 */
export async function formatsOf(io: CliIo, value: string): Promise<BuiltFormat[]> {
  const builtin = BUILTIN_FORMATS.find((def) => def.id === value);
  if (builtin) return [builtFormat(builtin)];
  const { usableDefinitions } = await import('./formatFiles');
  return usableDefinitions(io, value).map((def) => builtFormat(def));
}

/** The one format asked for, to draw or list its sheets. */
export async function formatOf(io: CliIo, value: string): Promise<BuiltFormat> {
  const [first, ...more] = await formatsOf(io, value);
  if (more.length) throw new UsageError(`様式を一つ選んでください / choose one format: ${value} holds ${more.length + 1}`);
  return first;
}

/**
 * How `check` picks each workbook's format: the one its SeikaFormat names among those given and the built-in ones,
 * else the first given, else the built-in one. A workbook of a format not known is checked as that and gets the
 * format-known finding.
 */
export function formatChooser(given: BuiltFormat[]) {
  const { known, formatFor, layoutsFor } = formatPicker(given);
  return {
    formatFor,
    /** The format most of the workbooks are of (ties: the first met), for a job that takes one format. */
    formatOfAll: (workbooks: WorkbookRead[]): BuiltFormat => formatMostRecorded(workbooks, formatFor, known[0]),
    layoutsFor,
    /** The definitions given, as data: the reading threads build the same choice from them (`formatPicker`). */
    given: given.map((f) => f.definition),
    /** Every rule of the formats known, so each finding is worded by its own rule (a definition's own checks too). */
    rules: given.length ? new Map(known.flatMap((f) => rulesOf(f.definition)).map((r) => [r.id, r])) : undefined,
  };
}

/** The chooser for a command's `--format` (absent: the built-in formats only). */
export async function chooserFor(io: CliIo, value: string | undefined): Promise<ReturnType<typeof formatChooser>> {
  return formatChooser(value ? await formatsOf(io, value) : []);
}

/** Why a job stopped on a workbook of another format, and what to do about it. */
export function otherFormatText({ file, format, expected }: OtherFormat): string {
  const [is, was] = [stampText(format), stampText(expected)];
  return `${file} は様式「${is}」のブックです。様式「${was}」では扱えません。--format でこのブックの様式（組み込みの id または定義ファイル）を指定してください / ${file} follows format ${is}, not ${was}: give its format with --format (a built-in id or a definition file)`;
}
