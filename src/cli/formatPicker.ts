// Which format a workbook is read in, from what it records (its SeikaFormat): apart from formatOption.ts so that the
// reading threads (readWorker.ts), which get the definitions given as data, load no more than reading needs.
import { BUILTIN_FORMATS } from '../core/format/builtin';
import { builtFormat, layoutsIn, type BuiltFormat } from '../core/format/buildLayout';
import type { WorkbookMeta } from '../core/source';

/** The one its SeikaFormat names among those given and the built-in ones, else the first given, else the built-in one. */
export function formatPicker(given: BuiltFormat[]) {
  const known = [...given, ...BUILTIN_FORMATS.map(builtFormat)];
  const formatFor = (meta: WorkbookMeta): BuiltFormat => known.find((f) => f.stamp.id === meta.format?.id) ?? known[0];
  return { known, formatFor, layoutsFor: (meta: WorkbookMeta) => layoutsIn(formatFor(meta)) };
}
