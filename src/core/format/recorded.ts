// Which format a set of workbooks is in, for a job that takes one: the one most of them record (SeikaFormat).
import type { WorkbookMeta, WorkbookRead } from '../source';
import { BUILTIN_FORMATS, KOMORO } from './builtin';
import type { FormatDefinition } from './schema';

/** The format most workbooks with sheets are of, by `formatFor` (ties: the first met); `fallback` when none has sheets. */
export function formatMostRecorded<F>(workbooks: WorkbookRead[], formatFor: (meta: WorkbookMeta) => F, fallback: F): F {
  const counts = new Map<F, number>();
  for (const wb of workbooks) if (wb.sheets.length) counts.set(formatFor(wb.meta), (counts.get(formatFor(wb.meta)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

/** The built-in format a workbook records, else the seed's (a workbook written before formats were recorded). */
export function builtinFormatFor(meta: WorkbookMeta): FormatDefinition {
  return BUILTIN_FORMATS.find((d) => d.id === meta.format?.id) ?? KOMORO;
}
