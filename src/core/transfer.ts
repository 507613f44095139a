// WorkbookReads across postMessage (the pane's web worker, the CLI's reading threads), and only what the jobs need
// of them. A sheet's layout holds functions (labels by year, formula results), which structured clone refuses, so
// the worker sends the layout's kind and the receiving side puts the layout back; each cell names its field instead
// of carrying a copy of the field's definition (a city's thousands of sheets would otherwise each hold their own
// copy of every field).
import { formatAddress, parseAddress, type CellPos } from './cells';
import { LAYOUTS, type Layout } from './layout';
import type { FieldDef } from './layout/types';
import type { KindId, Value } from './model';
import { ownOrder, ReadCells, sameItems, sharedAddresses, type CellOrder } from './readCells';
import type { Located, RawCell, ReadSheet, SheetSource, WorkbookRead } from './source';
import { byText } from './textMemo';

/**
 * A sheet's cells as they cross: ReadCells' own arrays, less what every sheet of a layout shares and the receiving
 * side puts back from the layout (readCells.ts): the cells' names in the layout's order, their fields, and each
 * address's text (as a number: formatAddress's texts are shared by every sheet, where a copy of each crossed and was
 * kept for every sheet). Structured clone copies object by object, and a few arrays of strings and numbers cross in
 * a fraction of what cell objects took.
 */
export interface CellsData {
  /** Each cell's field name, in the cells' order; absent when they are the layout's own, in its order. */
  names?: string[];
  /** Each cell's place (row × 32,768 + column; 0: no address), where every address is as formatAddress spells it. */
  places?: readonly number[];
  /** Each cell's address, where some address is spelled otherwise. */
  addresses?: ReadonlyArray<string | undefined>;
  /** How each cell was found; absent when every one was found by its name. */
  located?: readonly Located[];
  /** Each cell's value (ReadCells' `cellValues`). */
  values: readonly Value[];
  /** The raw cells that hold more than a value (a formula, an error, a date), whole, by position. */
  raws: ReadonlyArray<readonly [number, RawCell]>;
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
  const data: CellsData = { values: cells.cellValues, raws: cells.raws, fields: [] };
  const own = ownOrder(layout);
  if (cells.order !== own) orderData(cells, own, data);
  if (cells.located) data.located = cells.located;
  const places = placesOf(cells.addresses);
  if (places) data.places = places;
  else data.addresses = cells.addresses;
  return { ...rest, layout: layout.kind, cells: data };
}

/** The names and fields of cells in an order of their own, where they are not the layout's. */
function orderData(cells: ReadCells, own: CellOrder, data: CellsData): void {
  const { names, fields } = cells.order;
  let ownNames = cells.size <= own.names.length;
  for (let i = 0; i < cells.size && ownNames; i++) ownNames = names[i] === own.names[i];
  if (!ownNames) data.names = names.slice(0, cells.size);
  for (let i = 0; i < cells.size; i++) if (ownField(own, names[i], ownNames ? i : undefined) !== fields[i]) data.fields.push([i, fields[i]]);
}

/** The layout's field of a name, at its place in the layout's order when that is known. */
function ownField(own: CellOrder, name: string, at = own.index.get(name)): FieldDef | undefined {
  return at === undefined ? undefined : own.fields[at];
}

/** The places of each addresses' list, worked out once: the readers' sheets of a layout share one list (readCells.ts). */
const PLACES = new WeakMap<ReadonlyArray<string | undefined>, readonly number[] | null>();

/** The addresses as places, when each is what formatAddress gives for its place; else undefined. */
function placesOf(addresses: ReadonlyArray<string | undefined>): readonly number[] | undefined {
  let places = PLACES.get(addresses);
  if (places === undefined) {
    places = placesOfEach(addresses);
    PLACES.set(addresses, places);
  }
  return places ?? undefined;
}

function placesOfEach(addresses: ReadonlyArray<string | undefined>): number[] | null {
  const places: number[] = [];
  for (const address of addresses) {
    const place = address === undefined ? 0 : placeOf(address);
    if (place === undefined) return null;
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
      return { ...s, source: { ...s.source, layout, cells: cellsFrom(s.source.cells, ownOrder(layout)) } };
    }),
  };
}

function cellsFrom(data: CellsData, own: CellOrder): ReadCells {
  const order = data.names || data.fields.length ? orderFrom(data, own) : own;
  const addresses = data.places ? addressesAt(order, data.places) : sharedAddresses(order, data.addresses!);
  return new ReadCells(order, data.values, addresses, data.located, data.raws);
}

/** The cells' order as sent: their names (the layout's, when not sent), each with the layout's field of that name or the one sent. */
function orderFrom(data: CellsData, own: CellOrder): CellOrder {
  const names = data.names ?? own.names.slice(0, data.values.length);
  const fields = names.map((name, i) => {
    const field = ownField(own, name, data.names ? undefined : i);
    if (!field && data.fields.every(([at]) => at !== i)) throw new Error(`no field ${name} in the layout`);
    return field!;
  });
  for (const [i, field] of data.fields) fields[i] = field;
  return { names, fields, index: new Map(names.map((name, i) => [name, i])) };
}

/** The last places received for each order, and their addresses: most sheets of a layout have the same. */
const LAST_PLACES = new WeakMap<CellOrder, { places: readonly number[]; addresses: ReadonlyArray<string | undefined> }>();

function addressesAt(order: CellOrder, places: readonly number[]): ReadonlyArray<string | undefined> {
  const last = LAST_PLACES.get(order);
  if (last && sameItems(last.places, places)) return last.addresses;
  const addresses = places.map((place) => (place === 0 ? undefined : formatAddress({ row: Math.floor(place / PLACE_ROW), col: place % PLACE_ROW })));
  LAST_PLACES.set(order, { places, addresses });
  return addresses;
}

/** A format's layouts (as the reader takes them) by kind, as `fromData` takes them. */
export function layoutsByKind(layouts: Layout[]): Partial<Record<KindId, Layout>> {
  return Object.fromEntries(layouts.map((l) => [l.kind, l]));
}
