// A form sheet's values as the report reads them: a field in a given fiscal year (its year column when it repeats
// per year), or in the report year.
import { yearOffsets } from '../../format/buildLayout';
import type { FormatDefinition, YearSet } from '../../format/schema';
import type { FormSheet, Value } from '../../model';

/** What reading by year needs: the format's years and the report year. */
export interface YearContext {
  def: Pick<FormatDefinition, 'years'>;
  reportYear: number;
}

/** The fiscal years a year set's columns hold, in column order (`Name_1` is the first). */
export function yearsOf(ctx: YearContext, set: YearSet): number[] {
  return yearOffsets(ctx.def, set).map((o) => ctx.reportYear + o);
}

/** A field's value for a year: its year column when the field repeats per year, else the field itself. */
export function valueFor(ctx: YearContext, sheet: FormSheet, name: string, set: YearSet | undefined, year: number): Value {
  if (!set) return sheet.values[name] ?? null;
  const i = yearsOf(ctx, set).indexOf(year);
  return i < 0 ? null : (sheet.values[`${name}_${i + 1}`] ?? null);
}

/** A field's value in the report year, whether or not it repeats per year. */
export function reportYearValue(ctx: YearContext, sheet: FormSheet, name: string): Value {
  return name in sheet.values ? sheet.values[name] : valueFor(ctx, sheet, name, 'plan', ctx.reportYear);
}
