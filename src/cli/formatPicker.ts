// Which format a workbook is read in, from what it records (its SeikaFormat): apart from formatOption.ts so that the
// reading threads (readWorker.ts), which get the definitions given as data, load no more than reading needs.
import { BUILTIN_FORMATS } from '../core/format/builtin';
import { builtFormat, layoutsIn, type BuiltFormat } from '../core/format/buildLayout';
import type { FormatDefinition } from '../core/format/schema';
import type { WorkbookMeta } from '../core/source';

/** The one its SeikaFormat names among those given and the built-in ones, else the first given, else the built-in one. */
export function formatPicker(given: BuiltFormat[]) {
  const known = [...given, ...BUILTIN_FORMATS.map(builtOnDemand)];
  const formatFor = (meta: WorkbookMeta): BuiltFormat => known.find((f) => f.stamp.id === meta.format?.id) ?? known[0];
  return { known, formatFor, layoutsFor: (meta: WorkbookMeta) => layoutsIn(formatFor(meta)) };
}

/**
 * A built-in format whose layouts are built the first time they are asked for (buildLayout keeps them): a run reads
 * the workbooks of one format or two, and building every built-in format's layouts before the first file was work of
 * each thread's start (the full-cost sheet's for the seed's workbooks, which never use it).
 */
function builtOnDemand(def: FormatDefinition): BuiltFormat {
  let layouts: BuiltFormat['layouts'] | undefined;
  return {
    definition: def,
    stamp: { id: def.id, version: def.version },
    get layouts() {
      return (layouts ??= builtFormat(def).layouts);
    },
  };
}
