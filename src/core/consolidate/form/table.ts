// The list behind a form report's totals: each sheet's summed fields per fiscal year and its counted fields in
// the report year, so the report's sums and counts can be live formulas over it.
import type { FormatDefinition, YearSet } from '../../format/schema';
import { numberOf } from '../../numbers';
import type { Sourced } from '../types';
import { columnOf, countedFields, countKey, UNFILLED, type FigureContext } from './figures';
import { reportYearValue, valueFor, yearsOf } from './values';
import type { FormTable } from './types';
import type { FormSheet } from '../../model';

/** Each summed field once, with the year set of the first total that names it (none: the report year only). */
function summedFields(def: FormatDefinition): Array<{ name: string; set?: YearSet }> {
  const seen = new Map<string, YearSet | undefined>();
  for (const t of def.consolidation.totals) for (const f of t.fields) if (!seen.has(f)) seen.set(f, t.eachYear);
  return [...seen].map(([name, set]) => ({ name, set }));
}

export function formTable(ctx: FigureContext, sheets: Sourced<FormSheet>[], titleOf: (s: FormSheet) => string): FormTable {
  const summed = summedFields(ctx.def);
  const counted = [...new Set(ctx.def.consolidation.counts.flatMap(countedFields))];
  const years = [...new Set([ctx.reportYear, ...summed.flatMap((f) => (f.set ? yearsOf(ctx, f.set) : []))])].sort((a, b) => a - b);
  const rows = sheets.flatMap(({ sheet, origin }) =>
    years.map((year) => ({
      group: ctx.groupOf(sheet),
      origin,
      title: titleOf(sheet),
      year,
      amounts: summed.map((f) => (f.set || year === ctx.reportYear ? (numberOf(valueFor(ctx, sheet, f.name, f.set, year)) ?? null) : null)),
      counts: counted.map((f) => {
        const key = year === ctx.reportYear ? countKey(reportYearValue(ctx, sheet, f)) : UNFILLED;
        return key === UNFILLED ? null : key;
      }),
    })),
  );
  return { years, summed: summed.map((f) => columnOf(ctx, f.name)), counted: counted.map((f) => columnOf(ctx, f)), rows };
}
