// WorkbookReads across postMessage (the pane's web worker, the CLI's reading threads), and only what the jobs need
// of them. A sheet's layout holds functions (labels by year, formula results), which structured clone refuses, so
// the worker sends the layout's kind and the receiving side puts the layout back; each cell names its field instead
// of carrying a copy of the field's definition (a city's thousands of sheets would otherwise each hold their own
// copy of every field).
import { LAYOUTS, type Layout } from './layout';
import type { FieldDef } from './layout/types';
import type { KindId, Value } from './model';
import type { FieldCell, Located, RawCell, ReadSheet, SheetSource, WorkbookRead } from './source';

/**
 * A sheet's cells column by column. Structured clone copies object by object, and the receiving thread rebuilding
 * ~60 cells a sheet (a cell, its raw value, its entry) took longer than reading them; a few arrays of strings and
 * numbers cross in a fraction of that, and the cells are rebuilt as the reader builds them.
 */
export interface CellsData {
  /** Each cell's field name (the key it has in `cells`), in `cells`' order. */
  names: string[];
  addresses: Array<string | undefined>;
  located: Located[];
  /** The raw cell's value, where the raw cell holds nothing else (else in `raws`). */
  values: Value[];
  /** The raw cells that hold more than a value (a formula, an error, a date), whole, by position. */
  raws: Array<[number, RawCell]>;
  /** The field's definition, by position, for a cell whose field is not the layout's of that name. */
  fields: Array<[number, FieldDef]>;
}

export interface SheetSourceData extends Omit<SheetSource, 'layout' | 'cells'> {
  layout: KindId;
  cells: CellsData;
}

export interface WorkbookReadData extends Omit<WorkbookRead, 'sheets'> {
  sheets: Array<Omit<ReadSheet, 'source'> & { source: SheetSourceData }>;
}

export function toData(read: WorkbookRead): WorkbookReadData {
  return { ...read, sheets: read.sheets.map((s) => ({ ...s, source: sourceData(s.source) })) };
}

function sourceData({ layout, cells, ...rest }: SheetSource): SheetSourceData {
  const known = fieldsOf(layout);
  const data: CellsData = { names: [], addresses: [], located: [], values: [], raws: [], fields: [] };
  for (const [name, { field, address, located, raw }] of cells) {
    const i = data.names.push(name) - 1;
    data.addresses.push(address);
    data.located.push(located);
    data.values.push(raw.value);
    if (!onlyValue(raw)) data.raws.push([i, raw]);
    if (known.get(name) !== field) data.fields.push([i, field]);
  }
  return { ...rest, layout: layout.kind, cells: data };
}

function onlyValue(raw: RawCell): boolean {
  let keys = 0;
  for (const key in raw) if (key !== 'value' || ++keys > 1) return false;
  return keys === 1;
}

/** `layouts`: the format's the worker read with, by kind (the built-in one's by default; `layoutsByKind`). */
export function fromData(data: WorkbookReadData, layouts: Partial<Record<KindId, Layout>> = LAYOUTS): WorkbookRead {
  const layoutOf = (kind: KindId) => {
    const layout = layouts[kind];
    if (!layout) throw new Error(`no layout for a ${kind} sheet`);
    return layout;
  };
  return {
    ...data,
    sheets: data.sheets.map((s) => {
      const layout = layoutOf(s.source.layout);
      return { ...s, source: { ...s.source, layout, cells: cellsOf(s.source.cells, fieldsOf(layout)) } };
    }),
  };
}

function cellsOf(data: CellsData, fields: Map<string, FieldDef>): Map<string, FieldCell> {
  const raws = new Map(data.raws);
  const given = new Map(data.fields);
  const cells = new Map<string, FieldCell>();
  for (const [i, name] of data.names.entries()) {
    const field = given.get(i) ?? fields.get(name);
    if (!field) throw new Error(`no field ${name} in the layout`);
    cells.set(name, { field, address: data.addresses[i], located: data.located[i], raw: raws.get(i) ?? { value: data.values[i] } });
  }
  return cells;
}

const FIELDS = new WeakMap<Layout, Map<string, FieldDef>>();

/** A layout's fields by the name their cell has: its own fields, and the fields its derived formulas stand for. */
function fieldsOf(layout: Layout): Map<string, FieldDef> {
  let fields = FIELDS.get(layout);
  if (!fields) {
    fields = new Map(layout.fields.map((f) => [f.name, f]));
    for (const formula of layout.formulas) if (formula.field && !fields.has(formula.name)) fields.set(formula.name, formula.field);
    FIELDS.set(layout, fields);
  }
  return fields;
}

/** A format's layouts (as the reader takes them) by kind, as `fromData` takes them. */
export function layoutsByKind(layouts: Layout[]): Partial<Record<KindId, Layout>> {
  return Object.fromEntries(layouts.map((l) => [l.kind, l]));
}
