// The figures a definition's `consolidation` asks for over a set of form sheets: totals by year, counts of a
// list's values per field, and the sheets a condition picks. Only numbers are summed (text is a finding, not a guess).
import { parseFiscalYear } from '../../era';
import type { NamedField } from '../../format/fieldSpecs';
import type { ConsolidationSpec, ConsolidationWhere, FormatDefinition } from '../../format/schema';
import type { Value } from '../../model';
import { numberOf } from '../../numbers';
import { squeeze } from '../../text';
import type { Sourced } from '../types';
import { achievementOf } from './achievement';
import { reportYearValue, valueFor, yearsOf } from './values';
import type { FieldColumn, FormCounts, FormFigures, FormListing, FormTotals } from './types';
import type { FormSheet } from '../../model';

export const UNFILLED = '未記入';

/** What the figures need of the format: its years, its fields' labels and the group each sheet is in. */
export interface FigureContext {
  def: FormatDefinition;
  fields: Map<string, NamedField>;
  reportYear: number;
  groupOf: (sheet: FormSheet) => string;
  /** The values each count shows, the same for every group so that their tables line up. */
  countValues: string[][];
}

export function columnOf(ctx: Pick<FigureContext, 'fields'>, name: string): FieldColumn {
  const f = ctx.fields.get(name);
  return { name, label: f?.label ?? name, decimal: f?.type === 'decimal' };
}

/** Sums without float dust: 0.1 + 0.2 人工 is 0.3. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

function totalsOf(ctx: FigureContext, spec: ConsolidationSpec['totals'][number], sheets: FormSheet[]): FormTotals {
  const years = spec.eachYear ? yearsOf(ctx, spec.eachYear) : [ctx.reportYear];
  const rows = years.map((year) => ({
    year,
    perYear: !!spec.eachYear,
    amounts: spec.fields.map((f) => sheets.reduce((sum, s) => add(sum, numberOf(valueFor(ctx, s, f, spec.eachYear, year)) ?? 0), 0)),
  }));
  return { label: spec.label, unit: spec.unit ?? ctx.def.moneyUnit, fields: spec.fields.map((f) => columnOf(ctx, f)), rows };
}

export function countedFields(spec: ConsolidationSpec['counts'][number]): string[] {
  return 'field' in spec ? [spec.field] : spec.fields;
}

/** A value as counted: as written, spaces evened out; empty is 未記入. */
export function countKey(v: Value): string {
  const s = v === null ? '' : squeeze(String(v));
  return s === '' ? UNFILLED : s;
}

/** The values a count shows: its list's values in order, then any other value written, then 未記入 if any sheet left it empty. */
export function countColumns(ctx: Pick<FigureContext, 'def' | 'fields' | 'reportYear'>, spec: ConsolidationSpec['counts'][number], sheets: FormSheet[]): string[] {
  const fields = countedFields(spec);
  const list = fields.map((f) => ctx.fields.get(f)?.list).find((l) => l !== undefined);
  const listed = list ? (ctx.def.lists[list]?.values ?? []) : [];
  const seen = sheets.flatMap((s) => fields.map((f) => countKey(reportYearValue(ctx, s, f))));
  const others = [...new Set(seen)].filter((v) => v !== UNFILLED && !listed.includes(v));
  return [...listed, ...others, ...(seen.includes(UNFILLED) ? [UNFILLED] : [])];
}

function countsOf(ctx: FigureContext, spec: ConsolidationSpec['counts'][number], values: string[], sheets: FormSheet[]): FormCounts {
  const rows = countedFields(spec).map((field) => {
    const keys = sheets.map((s) => countKey(reportYearValue(ctx, s, field)));
    return { field, label: columnOf(ctx, field).label, counts: values.map((v) => keys.filter((k) => k === v).length) };
  });
  return { label: spec.label, values, rows };
}

export function picks(ctx: Pick<FigureContext, 'def' | 'reportYear'>, where: ConsolidationWhere, sheet: FormSheet): boolean {
  const v = reportYearValue(ctx, sheet, where.field);
  if ('is' in where) return parseFiscalYear(v) === ctx.reportYear;
  return where.in.includes(countKey(v));
}

function listingOf(ctx: FigureContext, spec: NonNullable<ConsolidationSpec['lists']>[number], sheets: Sourced<FormSheet>[]): FormListing {
  const picked = sheets.filter((s) => picks(ctx, spec.where, s.sheet));
  return {
    label: spec.label,
    columns: spec.columns.map((c) => columnOf(ctx, c)),
    rows: picked.map((s) => ({ group: ctx.groupOf(s.sheet), origin: s.origin, cells: spec.columns.map((c) => reportYearValue(ctx, s.sheet, c)) })),
  };
}

export function figuresOf(ctx: FigureContext, sheets: Sourced<FormSheet>[]): FormFigures {
  const plain = sheets.map((s) => s.sheet);
  const c = ctx.def.consolidation;
  return {
    sheets: sheets.length,
    totals: c.totals.map((t) => totalsOf(ctx, t, plain)),
    counts: c.counts.map((spec, i) => countsOf(ctx, spec, ctx.countValues[i], plain)),
    lists: (c.lists ?? []).map((l) => listingOf(ctx, l, sheets)),
    ...(c.achievement?.rate ? { achievement: achievementOf(ctx, c.achievement, sheets) } : {}),
  };
}
