// WorkbookReads across postMessage (the pane's web worker, the CLI's reading threads), and only what the jobs need
// of them. A sheet's layout holds functions (labels by year, formula results), which structured clone refuses, so
// the worker sends the layout's kind and the receiving side puts the layout back; each cell names its field instead
// of carrying a copy of the field's definition (a city's thousands of sheets would otherwise each hold their own
// copy of every field).
import { formatAddress, parseAddress, type CellPos } from './cells';
import { LAYOUTS, type Layout } from './layout';
import type { FieldDef } from './layout/types';
import type { KindId, Value } from './model';
import { NO_VALUE, type FieldCell, type Located, type RawCell, type ReadSheet, type SheetSource, type WorkbookRead } from './source';
import { byText } from './textMemo';

/**
 * A sheet's cells column by column. Structured clone copies object by object, and the receiving thread rebuilding
 * ~60 cells a sheet (a cell, its raw value, its entry) took longer than reading them; a few arrays of strings and
 * numbers cross in a fraction of that, and the cells are rebuilt as the reader builds them. What every sheet read by
 * its names has in common is left out, and put back from the layout: the cells' names in the layout's order, the
 * way each was found (by its name), and each address's text (as a number: formatAddress's texts are shared by every
 * sheet, where a copy of each crossed and was kept for every sheet).
 */
export interface CellsData {
  /** Each cell's field name (the key it has in `cells`), in `cells`' order; absent when they are the layout's own, in its order. */
  names?: string[];
  /** Each cell's place (row × 32,768 + column; 0: no address), where every address is as formatAddress spells it. */
  places?: number[];
  /** Each cell's address, where some address is spelled otherwise. */
  addresses?: Array<string | undefined>;
  /** How each cell was found; absent when every one was found by its name. */
  located?: Located[];
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
  const own = cellsOf(layout);
  const data: CellsData = { values: [], raws: [], fields: [] };
  const names: string[] = [];
  const addresses: Array<string | undefined> = [];
  const located: Located[] = [];
  let [ownNames, foundByName] = [cells.size <= own.names.length, true];
  for (const [name, { field, address, located: how, raw }] of cells) {
    const i = names.push(name) - 1;
    ownNames &&= name === own.names[i];
    addresses.push(address);
    located.push(how);
    foundByName &&= how === 'name';
    data.values.push(raw.value);
    if (!onlyValue(raw)) data.raws.push([i, raw]);
    if ((ownNames ? own.fields[i] : own.byName.get(name)) !== field) data.fields.push([i, field]);
  }
  if (!ownNames) data.names = names;
  if (!foundByName) data.located = located;
  const places = placesOf(addresses);
  if (places) data.places = places;
  else data.addresses = addresses;
  return { ...rest, layout: layout.kind, cells: data };
}

/** The addresses as places, when each is what formatAddress gives for its place; else undefined. */
function placesOf(addresses: Array<string | undefined>): number[] | undefined {
  const places: number[] = [];
  for (const address of addresses) {
    const place = address === undefined ? 0 : placeOf(address);
    if (place === undefined) return undefined;
    places.push(place);
  }
  return places;
}

/** Past the last column (XFD is 16,384; three letters reach 18,278). */
const PLACE_ROW = 32_768;

/**
 * An address's place, remembered by its text: the readers' addresses are formatAddress's texts, a few hundred shared
 * by every sheet, so each is parsed once per thread instead of once per cell. Undefined when it is not formatAddress's.
 */
const placeOf = byText((address: string): number | undefined => {
  let at: CellPos;
  try {
    at = parseAddress(address);
  } catch {
    return undefined;
  }
  const place = at.row * PLACE_ROW + at.col;
  return formatAddress(at) === address && Number.isSafeInteger(place) ? place : undefined;
}, 4096);

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
      return { ...s, source: { ...s.source, layout, cells: cellsFrom(s.source.cells, cellsOf(layout)) } };
    }),
  };
}

function cellsFrom(data: CellsData, own: OwnCells): Map<string, FieldCell> {
  const names = data.names ?? own.names;
  const cells = new Map<string, FieldCell>();
  let [raw, given] = [0, 0];
  for (let i = 0; i < data.values.length; i++) {
    const name = names[i];
    const field = data.fields[given]?.[0] === i ? data.fields[given++][1] : data.names ? own.byName.get(name) : own.fields[i];
    if (!field) throw new Error(`no field ${name} in the layout`);
    const place = data.places?.[i];
    const address = place === undefined ? data.addresses?.[i] : place === 0 ? undefined : formatAddress({ row: Math.floor(place / PLACE_ROW), col: place % PLACE_ROW });
    const value = data.values[i];
    const cellRaw = data.raws[raw]?.[0] === i ? data.raws[raw++][1] : value === null ? NO_VALUE : { value };
    cells.set(name, { field, address, located: data.located?.[i] ?? 'name', raw: cellRaw });
  }
  return cells;
}

/** A layout's cells as the reader keys them: its fields, then the fields its derived formulas stand for, by name and in that order. */
interface OwnCells {
  names: string[];
  fields: FieldDef[];
  byName: Map<string, FieldDef>;
}

const OWN_CELLS = new WeakMap<Layout, OwnCells>();

function cellsOf(layout: Layout): OwnCells {
  let own = OWN_CELLS.get(layout);
  if (!own) {
    const byName = new Map(layout.fields.map((f) => [f.name, f]));
    for (const formula of layout.formulas) if (formula.field && !byName.has(formula.name)) byName.set(formula.name, formula.field);
    own = { names: [...byName.keys()], fields: [...byName.values()], byName };
    OWN_CELLS.set(layout, own);
  }
  return own;
}

/** A format's layouts (as the reader takes them) by kind, as `fromData` takes them. */
export function layoutsByKind(layouts: Layout[]): Partial<Record<KindId, Layout>> {
  return Object.fromEntries(layouts.map((l) => [l.kind, l]));
}
