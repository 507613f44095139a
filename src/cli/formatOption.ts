// --format on the commands that draw sheets: a built-in format's id, or a city's definition file, checked first.
import { BUILTIN_FORMATS } from '../core/format/builtin';
import { builtFormat, type BuiltFormat } from '../core/format/buildLayout';
import { readFormatFiles } from './formatFiles';
import { UsageError, type CliIo } from './io';

export const FORMAT_OPTION_HELP = '様式: 組み込みの id または定義ファイル (seika formats) / report format: a built-in id or a definition file';

/** The format asked for; a definition with mistakes is a usage error that lists them. */
export function formatOf(io: CliIo, value: string): BuiltFormat {
  const builtin = BUILTIN_FORMATS.find((def) => def.id === value);
  if (builtin) return builtFormat(builtin);
  const [given] = readFormatFiles(io, [value]);
  if (!given) throw new UsageError(`様式の定義がありません / no format definition in ${value}`);
  if (!given.result.ok) throw new UsageError(`様式の定義に誤りがあります / the format definition has mistakes (seika formats --format ${value}):\n  ${given.result.problems.join('\n  ')}`);
  return builtFormat(given.result.definition);
}
