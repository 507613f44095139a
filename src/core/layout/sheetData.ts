// Moving values between a layout's fields and a model sheet: the one mapping both writer and reader use.
import { fiscalYearLabel } from '../era';
import type { FormSheet, Sheet, Value } from '../model';
import { isBuiltinKind } from '../sheetKinds';
import { modelPlan, planShape, type PlanShape, type PlanStep } from './modelPlan';
import { DIRECTION_LIST, type FieldDef, type Layout, type PathSeg } from './types';

type Key = string | number;

export function resolvePath(path: PathSeg[], reportYear: number): Key[] {
  return path.map((seg) => (typeof seg === 'object' ? String(reportYear + seg.year) : seg));
}

/** The field's place in the model as text, e.g. `budget.2019.total`: how findings name a value. */
export function pathKey(field: FieldDef, reportYear: number): string | undefined {
  return field.path && resolvePath(field.path, reportYear).join('.');
}

function getAt(root: unknown, keys: Key[]): unknown {
  return keys.reduce<unknown>((node, k) => (node !== null && typeof node === 'object' ? (node as Record<Key, unknown>)[k] : undefined), root);
}

function setAt(root: Record<Key, unknown>, keys: Key[], value: unknown): void {
  let node = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i];
    if (node[k] === undefined) node[k] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[k] as Record<Key, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** What a field's cell shows for a sheet: model values as staff typed them, the year as an era label. */
export function fieldValue(sheet: Sheet, field: FieldDef): Value {
  if (sheet.kind === 'form') return sheet.values[field.name] ?? null;
  if (field.list?.id === DIRECTION_LIST) {
    const lower = getAt(sheet, resolvePath(field.path ?? [], sheet.reportYear));
    return lower === undefined ? null : lower ? DIRECTION_LOWER : DIRECTION_HIGHER;
  }
  if (!field.path) return null;
  const v = getAt(sheet, resolvePath(field.path, sheet.reportYear));
  return v === undefined ? null : (v as Value);
}

export const DIRECTION_HIGHER = '高いほど良い';
export const DIRECTION_LOWER = '低いほど良い';

/** A field's value by the field and its place in layout.fields, or the values of layout.fields by place (a reader's). */
export type FieldValues = ((field: FieldDef, index: number) => Value) | readonly Value[];

/**
 * A model sheet from the values found in a sheet's fields. Lists keep their order; trailing empty slots
 * (an unused indicator row) are dropped, and empty entries of text lists (関連, ミッション) are skipped.
 */
export function sheetFromFields(layout: Layout, reportYear: number, values: FieldValues): Sheet {
  const valueOf = typeof values === 'function' ? values : (_: FieldDef, i: number) => values[i] ?? null;
  if (!isBuiltinKind(layout.kind)) return formFromFields(layout, reportYear, valueOf);
  const sheet: Record<Key, unknown> = { kind: layout.kind };
  const { paths, steps, shape, kinds } = planned(layout, reportYear);
  let filled: Uint8Array | undefined;
  if (steps) filled = buildByPlan(sheet, steps, shape, kinds, layout.fields, values);
  else {
    for (let i = 0; i < layout.fields.length; i++) {
      const field = layout.fields[i];
      const path = paths[i];
      if (!path || field.type === 'reportYear') continue;
      setAt(sheet, path, modelValue(field, valueOf(field, i)));
    }
  }
  sheet.reportYear = reportYear;
  for (const key of Object.keys(sheet)) if (Array.isArray(sheet[key])) sheet[key] = compactList(sheet[key] as unknown[], filled && shape?.lists.get(key), filled);
  return sheet as unknown as Sheet;
}

/**
 * What setAt does field by field, as the layout's plan says it (modelPlan.ts): each node made once, each value set
 * into it. Given the plan's shape, it also marks each node that holds a value somewhere below it (what isBlank
 * would find walking it): undefined when a value is an object, which isBlank walks into. A reader's values come as
 * an array by place and each field's conversion as a number worked out per layout (`kinds`): a call for each value
 * and a read of each field's type and list (fields are objects of several shapes) were most of this loop's time.
 */
function buildByPlan(sheet: Record<Key, unknown>, steps: PlanStep[], shape: PlanShape | undefined, kinds: Uint8Array, fields: readonly FieldDef[], values: FieldValues): Uint8Array | undefined {
  const nodes: Record<Key, unknown>[] = [sheet];
  const filled = shape && new Uint8Array(shape.parents.length);
  let plain = true;
  for (const step of steps) {
    const node = nodes[step.parent];
    if ('make' in step) {
      const made = step.make === 'list' ? [] : {};
      node[step.key] = made;
      nodes.push(made as Record<Key, unknown>);
      continue;
    }
    const i = step.field;
    const value = converted(kinds[i], typeof values === 'function' ? values(fields[i], i) : (values[i] ?? null));
    if (value === undefined) delete node[step.key];
    else node[step.key] = value;
    if (!filled || value === undefined || value === null) continue;
    if (typeof value === 'object') plain = false;
    for (let n = step.parent; n > 0 && !filled[n]; n = shape.parents[n]) filled[n] = 1;
  }
  return plain ? filled : undefined;
}

interface Planned {
  fields: FieldDef[];
  reportYear: number;
  paths: (Key[] | undefined)[];
  /** How the fields build the sheet; undefined when the paths are not a plain tree (then setAt walks each). */
  steps: PlanStep[] | undefined;
  /** The nodes the steps make: undefined when the steps are. */
  shape: PlanShape | undefined;
  /** How each field's value becomes the model's (`conversionOf`), beside layout.fields. */
  kinds: Uint8Array;
}

/** The last report year's paths and plan of each layout, by the layout. */
const PLANNED = new WeakMap<Layout, Planned>();

/**
 * Each field's path for a report year, beside layout.fields, and the plan they make, worked out once per layout and
 * year: a city's thousands of sheets are a few layouts of nearly one year, and resolving every field of every sheet
 * made a key array and a year's text each time. Only the last year is kept, so a set of mixed years costs what it did.
 */
function planned(layout: Layout, reportYear: number): Planned {
  const last = PLANNED.get(layout);
  if (last && last.reportYear === reportYear && last.fields === layout.fields) return last;
  const paths = layout.fields.map((field) => field.path && resolvePath(field.path, reportYear));
  const steps = modelPlan(layout.fields, paths, ['kind']);
  const kinds = Uint8Array.from(layout.fields, conversionOf);
  const plan = { fields: layout.fields, reportYear, paths, steps, shape: steps && planShape(steps), kinds };
  PLANNED.set(layout, plan);
  return plan;
}

/**
 * A sheet of a format's own kind: each field's value by its name, then each formula's value as seika computes it
 * from those values (what Excel shows once it recalculates; a formula overwritten by hand is a rule's finding).
 */
function formFromFields(layout: Layout, reportYear: number, valueOf: (field: FieldDef, index: number) => Value): FormSheet {
  const values: Record<string, Value> = {};
  const byAddress = new Map<string, Value>();
  for (let i = 0; i < layout.fields.length; i++) {
    const field = layout.fields[i];
    if (field.type === 'reportYear' || field.type === 'yearLabel') continue;
    const value = modelValue(field, valueOf(field, i)) as Value;
    values[field.name] = value;
    byAddress.set(field.range.split(':')[0], value);
  }
  for (const formula of layout.formulas) values[formula.name] = formula.result((address) => byAddress.get(address) ?? null);
  return { kind: 'form', form: layout.kind, reportYear, values };
}

function modelValue(field: FieldDef, v: Value): unknown {
  return converted(conversionOf(field), v);
}

const [AS_IS, TEXT, DIRECTION] = [0, 1, 2];

/** How a field's cell value becomes the model's: as it is, as text, or a direction's word as `lower`. */
function conversionOf(field: FieldDef): number {
  return field.list?.id === DIRECTION_LIST ? DIRECTION : isTextType(field) ? TEXT : AS_IS;
}

function converted(conversion: number, v: Value): unknown {
  if (conversion === DIRECTION) return directionOf(v);
  if (conversion === TEXT) return v === null ? null : String(v);
  return v;
}

function directionOf(v: Value): boolean | undefined {
  if (v === DIRECTION_LOWER) return true;
  if (v === DIRECTION_HIGHER) return false;
  return undefined;
}

export function isTextType(field: FieldDef): boolean {
  return field.type === 'text' || field.type === 'longText' || field.type === 'code';
}

/** `items` without its empty slots: the nulls of a list of values, the trailing blank records of a list of records. */
function compactList(items: unknown[], nodes?: number[], filled?: Uint8Array): unknown[] {
  if (items.every((x) => x === null || typeof x !== 'object')) return items.filter((x) => x !== null);
  let end = items.length;
  while (end > 0 && (nodes && filled ? blankAt(items, end - 1, nodes, filled) : isBlank(items[end - 1]))) end--;
  return items.slice(0, end);
}

/**
 * isBlank of an item of a list the plan made at the sheet's top: a record the plan made holds something when
 * buildByPlan marked it so (walking every key of the last records of every list, and of their year records, was a
 * tenth of building a sheet).
 */
function blankAt(items: unknown[], i: number, nodes: number[], filled: Uint8Array): boolean {
  const node = nodes[i];
  return node === undefined || node < 0 ? isBlank(items[i]) : !filled[node];
}

/** Whether nothing but nulls is in it: Object.values' test without its arrays (a list's last records, on every sheet). */
function isBlank(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x !== 'object') return false;
  for (const key in x) if (Object.hasOwn(x, key) && !isBlank((x as Record<string, unknown>)[key])) return false;
  return true;
}

/** The fiscal year a field is about, as an offset from the report year (budget and indicator columns). */
export function yearOffsetOf(field: FieldDef): number | undefined {
  const seg = field.path?.find((s): s is { year: number } => typeof s === 'object');
  return seg?.year ?? field.yearOffset;
}

/** The label a clerk reads in a finding: 年度別事業費（平成30年度）. */
export function displayLabel(field: FieldDef, reportYear: number): string {
  const offset = yearOffsetOf(field);
  if (offset === undefined) return field.label;
  // A sheet whose year could not be read has report year 0: say which year relative to it, not 昭和-1927年度.
  if (reportYear <= 0) return `${field.label}（${RELATIVE_YEAR[offset] ?? `対象年度${offset > 0 ? '+' : ''}${offset}`}）`;
  return `${field.label}（${fiscalYearLabel(reportYear + offset)}）`;
}

const RELATIVE_YEAR: Record<number, string> = { [-2]: '前々年度', [-1]: '前年度', 0: '対象年度', 1: '翌年度' };

/** The same for docs, where the year is not known: 年度別事業費 (Y-2). */
export function genericLabel(field: FieldDef): string {
  const offset = yearOffsetOf(field);
  return offset === undefined ? field.label : `${field.label} (Y${offset === 0 ? '' : offset > 0 ? `+${offset}` : offset})`;
}
