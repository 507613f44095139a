// Building a sheet layout from a format definition: blocks expanded per repeat slot and per year column into
// the labels, fields and formulas that the template writer, the reader and the checker use.
import { colLetters, parseRange } from '../cells';
import { fiscalYearLabel } from '../era';
import type { FieldDef, FieldList, FormulaDef, LabelDef, Layout, LayoutPart, PathSeg } from '../layout/types';
import type { KindId, SheetKind } from '../model';
import type { FormatStamp } from '../source';
import { evaluate, excelOf, parseExpression, type Expr } from './expression';
import type { BlockSpec, FieldSpec, FormatDefinition, FormulaSpec, LabelSpec, SheetBlockSpec, SheetSpec, YearGroupSpec, YearSet } from './schema';

/** Parts in order: their labels, fields and formulas one after another, row heights merged. */
function combine(...parts: LayoutPart[]): LayoutPart {
  return {
    labels: parts.flatMap((p) => p.labels),
    fields: parts.flatMap((p) => p.fields),
    formulas: parts.flatMap((p) => p.formulas),
    rowHeights: Object.assign({}, ...parts.map((p) => p.rowHeights)),
  };
}

/** The year offsets a year set covers, e.g. `actual` with two past years: -2, -1, 0. */
export function yearOffsets(def: Pick<FormatDefinition, 'years'>, set: YearSet): number[] {
  const last = set === 'plan' && def.years.nextPlan ? 1 : 0;
  return Array.from({ length: def.years.past + 1 + last }, (_, i) => i - def.years.past);
}

/** Where one expansion of a block sits: its repeat slot and, inside a year group, its year column. */
interface Place {
  slot: number;
  rowShift: number;
  year?: { index: number; offset: number };
}

function shiftRange(range: string, dRow: number, dCol: number): string {
  const { from, to } = parseRange(range);
  const a = `${colLetters(from.col + dCol)}${from.row + dRow}`;
  const b = `${colLetters(to.col + dCol)}${to.row + dRow}`;
  return range.includes(':') ? `${a}:${b}` : a;
}

const RELATIVE_YEAR = (offset: number) => (offset === 0 ? 'Y' : `Y${offset > 0 ? '+' : ''}${offset}`);

function fillText(text: string, at: Place): string {
  // Most texts hold no placeholder: 815 of the seed's layouts' 1,060 replaces each start of the command (LAYOUTS) found none.
  if (!text.includes('{')) return text;
  return text.replace(/\{n\}/g, String(at.slot + 1)).replace(/\{Y\}/g, at.year ? RELATIVE_YEAR(at.year.offset) : '{Y}');
}

function labelText(text: string, at: Place): LabelDef['text'] {
  const filled = fillText(text, at);
  return filled.includes('{reportYear}') ? (year: number) => filled.replace(/\{reportYear\}/g, fiscalYearLabel(year)) : filled;
}

function pathOf(path: string, at: Place): PathSeg[] {
  return path.split('.').map((seg) => {
    if (seg === '{year}') {
      if (!at.year) throw new Error(`{year} outside a year group: ${path}`);
      return { year: at.year.offset };
    }
    if (seg === '{slot}') return at.slot;
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}

function nameOf(name: string, at: Place): string {
  const filled = fillText(name, at);
  return at.year ? `${filled}_${at.year.index + 1}` : filled;
}

function listOf(def: FormatDefinition, spec: FieldSpec): FieldList {
  const list = spec.list ? def.lists[spec.list] : undefined;
  if (!spec.list || !list) throw new Error(`field ${spec.name}: an enum field names one of the format's lists`);
  return { id: spec.list, values: list.values };
}

function fieldOf(def: FormatDefinition, spec: FieldSpec, at: Place): FieldDef {
  const base = Array.isArray(spec.range) ? spec.range[at.slot] : shiftRange(spec.range, at.rowShift, 0);
  const range = at.year ? shiftRange(base, 0, at.year.index) : base;
  const common = { range, name: nameOf(spec.name, at), label: fillText(spec.label, at) };
  if (spec.type === 'yearLabel') return { ...common, type: 'yearLabel', yearOffset: at.year?.offset ?? 0 };
  const list = spec.type === 'enum' ? { list: listOf(def, spec) } : {};
  // A form's field has no path to carry its year: the column's year is said by yearOffset, as a year label's is.
  const where = spec.path ? { path: pathOf(spec.path, at) } : at.year ? { yearOffset: at.year.offset } : {};
  return { ...common, type: spec.type, ...list, ...where };
}

function isYearGroup(spec: FieldSpec | YearGroupSpec): spec is YearGroupSpec {
  return 'eachYear' in spec;
}

function yearPlaces(def: FormatDefinition, set: YearSet, at: Place): Place[] {
  return yearOffsets(def, set).map((offset, index) => ({ ...at, year: { index, offset } }));
}

/** Each field spec with the place of each of its cells, year groups expanded, in layout order. */
function placedFields(def: FormatDefinition, specs: Array<FieldSpec | YearGroupSpec>, at: Place): Array<{ spec: FieldSpec; at: Place }> {
  return specs.flatMap((spec) =>
    isYearGroup(spec) ? yearPlaces(def, spec.eachYear, at).flatMap((y) => spec.fields.map((f) => ({ spec: f, at: y }))) : [{ spec, at }],
  );
}

/** Excel's N() and SUM() count numbers only; text such as "1,000" counts as 0. */
function excelN(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** The cells of a block's fields by name. */
type Addresses = Map<string, string>;

/**
 * A field name as a cell of the same year column (`Total` → `Total_2`'s cell in the second column); a name the
 * block has once (平均給与 beside the year columns) is that one cell in every column.
 */
const siblingIn = (at: Place, addresses: Addresses) => (name: string) => {
  const address = (at.year ? addresses.get(`${name}_${at.year.index + 1}`) : undefined) ?? addresses.get(name);
  if (!address) throw new Error(`formula refers to ${name}, not a field of its block`);
  return address;
};

/** An expression of a repeated block with its slot's names (`Activity{n}Actual` → `Activity2Actual`). */
function parsedValue(name: string, text: string, at: Place): Expr {
  const parsed = parseExpression(fillText(text, at));
  if (!parsed.ok) throw new Error(`formula ${name}: ${parsed.error}`);
  return parsed.value;
}

/** What Excel will show: fields' numbers as N() takes them, `if`'s tests on their text. */
function resultOf(value: Expr, sibling: (name: string) => string): FormulaDef['result'] {
  return (valueAt) => evaluate(value, (n) => excelN(valueAt(sibling(n))), (n) => String(valueAt(sibling(n)) ?? ''));
}

function formulaOf(spec: FormulaSpec, at: Place, addresses: Addresses): FormulaDef {
  const sibling = siblingIn(at, addresses);
  const value = parsedValue(spec.name, spec.value, at);
  const range = at.year ? shiftRange(spec.range, at.rowShift, at.year.index) : shiftRange(spec.range, at.rowShift, 0);
  return {
    name: nameOf(spec.name, at),
    label: fillText(spec.label, at),
    range,
    formula: spec.excel.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => sibling(name)),
    result: resultOf(value, sibling),
    ...(spec.highlightNonZero ? { highlightNonZero: true } : {}),
  };
}

/** A derived field (人件費 = 人工 × 平均給与): a locked live formula where the field would be, not an input. */
function derivedOf(def: FormatDefinition, spec: FieldSpec & { formula: string }, at: Place, addresses: Addresses): FormulaDef {
  const sibling = siblingIn(at, addresses);
  const value = parsedValue(spec.name, spec.formula, at);
  const field = fieldOf(def, spec, at);
  return { name: field.name, label: field.label, range: field.range, formula: excelOf(value, sibling), result: resultOf(value, sibling), field };
}

function labelOf(spec: LabelSpec, at: Place): LabelDef {
  return { range: shiftRange(spec.range, at.rowShift, 0), text: labelText(spec.text, at), style: spec.style ?? 'label' };
}

function slotPart(def: FormatDefinition, block: BlockSpec, at: Place): LayoutPart {
  const placed = placedFields(def, block.fields ?? [], at);
  const fields = placed.filter((p) => !p.spec.formula).map((p) => fieldOf(def, p.spec, p.at));
  const addresses: Addresses = new Map(fields.map((f) => [f.name, f.range.split(':')[0]]));
  const formulas = [
    ...placed.flatMap((p) => (p.spec.formula ? [derivedOf(def, { ...p.spec, formula: p.spec.formula }, p.at, addresses)] : [])),
    ...(block.formulas ?? []).flatMap((f) => (f.eachYear ? yearPlaces(def, f.eachYear, at) : [at]).map((y) => formulaOf(f, y, addresses))),
  ];
  return {
    labels: (block.labels ?? []).map((l) => labelOf(l, at)),
    fields,
    formulas,
    rowHeights: Object.fromEntries(Object.entries(block.rowHeights ?? {}).map(([row, h]) => [Number(row) + at.rowShift, h])),
  };
}

function blockPart(def: FormatDefinition, block: BlockSpec, shift: number): LayoutPart {
  const count = block.repeat?.count ?? 1;
  const step = block.repeat?.rowStep ?? 0;
  return combine(...Array.from({ length: count }, (_, slot) => slotPart(def, block, { slot, rowShift: shift + slot * step })));
}

function resolveBlock(def: FormatDefinition, spec: SheetBlockSpec): { block: BlockSpec; shift: number } {
  if (!('use' in spec)) return { block: spec, shift: 0 };
  const block = def.blocks?.[spec.use];
  if (!block) throw new Error(`no shared block "${spec.use}" in format ${def.id}`);
  return { block, shift: spec.shift ?? 0 };
}

/**
 * Layouts built, by definition and sheet. A definition is data never changed once read, and a layout depends on
 * nothing else; every command built the seed's four twice at start (LAYOUTS, then the built-in formats it chooses
 * among), 15-50 ms the second time on a busy 2-core machine. A definition read again (another file, an edited copy)
 * is another object, so it is built anew.
 */
const BUILT = new WeakMap<FormatDefinition, WeakMap<SheetSpec, Layout>>();

/** The layout of one sheet kind of a format. */
export function buildLayout(def: FormatDefinition, sheet: SheetSpec): Layout {
  let bySheet = BUILT.get(def);
  if (!bySheet) BUILT.set(def, (bySheet = new WeakMap()));
  let layout = bySheet.get(sheet);
  if (!layout) bySheet.set(sheet, (layout = layoutOfSheet(def, sheet)));
  return layout;
}

function layoutOfSheet(def: FormatDefinition, sheet: SheetSpec): Layout {
  const parts = sheet.blocks.map((spec) => {
    const { block, shift } = resolveBlock(def, spec);
    return blockPart(def, block, shift);
  });
  return {
    kind: sheet.kind,
    version: sheet.version,
    title: sheet.title,
    signature: sheet.signature,
    columnWidths: sheet.columnWidths,
    lastRow: sheet.lastRow,
    ...(sheet.review ? { review: { label: labelOf(sheet.review.label, { slot: 0, rowShift: 0 }), range: sheet.review.range } } : {}),
    ...combine(...parts),
  };
}

/** A format ready to draw: what a workbook records of it, and the layout of each sheet kind it has. */
export interface BuiltFormat {
  definition: FormatDefinition;
  stamp: FormatStamp;
  layouts: Partial<Record<KindId, Layout>>;
}

/** A built format's layouts as the readers take them. */
export function layoutsIn(format: BuiltFormat): Layout[] {
  return Object.values(format.layouts).filter((l): l is Layout => l !== undefined);
}

export function builtFormat(def: FormatDefinition): BuiltFormat {
  return { definition: def, stamp: { id: def.id, version: def.version }, layouts: Object.fromEntries(def.sheets.map((s) => [s.kind, buildLayout(def, s)])) };
}

/** Every sheet kind's layout; a format that lacks one of today's four kinds is not usable yet (the model has all four). */
export function layoutsOf(def: FormatDefinition): Record<SheetKind, Layout> {
  const of = (kind: SheetKind) => {
    const sheet = def.sheets.find((s) => s.kind === kind);
    if (!sheet) throw new Error(`format ${def.id} has no ${kind} sheet`);
    return buildLayout(def, sheet);
  };
  return { policy: of('policy'), measure: of('measure'), project: of('project'), 'budget-only': of('budget-only') };
}
