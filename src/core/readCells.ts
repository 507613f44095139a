// A sheet's cells as read, kept compact: a read is kept by the command until its end (a city's thousands of sheets),
// and a Map of a cell object and a raw cell object per field made ~1,400 objects a workbook for the young generation
// to copy again and again, and for a reading thread's transfer to take apart and rebuild. What every sheet of a
// layout shares (its fields' names, their definitions, each name's position; the cells' addresses when they are where
// the last sheet's were) is held once; a sheet holds its values, how its cells were found when not all by their
// names, and the few raw cells that hold more than a value (a formula, an error, a date). A cell as an object
// (FieldCell) is made when a consumer asks for one, and is not kept.
import type { FieldDef, Layout } from './layout/types';
import type { Value } from './model';
import { NO_VALUE, type FieldCell, type Located, type RawCell } from './source';

/** The names and fields of a sheet's cells, in the cells' order, and each name's position. */
export interface CellOrder {
  readonly names: readonly string[];
  readonly fields: readonly FieldDef[];
  readonly index: ReadonlyMap<string, number>;
  /** The layout's fields are the first names, each at its place in layout.fields (a layout's own order, its names all different). */
  readonly fieldsFirst?: boolean;
}

/** The cells of a sheet, by their fields' names, in the order they were found (the layout's, read by their names). */
export class ReadCells {
  constructor(
    /** The names and fields: the layout's own (`ownOrder`) for a sheet read by its names, of which the sheet has the first `size`. */
    readonly order: CellOrder,
    /** Each cell's value (its raw cell's, when that holds more: see `raws`). */
    readonly cellValues: readonly Value[],
    /** Each cell's address on its sheet (undefined: not found); shared with the last sheet of the layout that had the same. */
    readonly addresses: ReadonlyArray<string | undefined>,
    /** How each cell was found; undefined when every one was found by its name. */
    readonly located: readonly Located[] | undefined,
    /** The raw cells that hold more than a value, by position, in that order. */
    readonly raws: ReadonlyArray<readonly [number, RawCell]>,
  ) {}

  get size(): number {
    return this.cellValues.length;
  }

  /** The position of a field's cell, or -1. */
  indexOf(name: string): number {
    const i = this.order.index.get(name);
    return i !== undefined && i < this.cellValues.length ? i : -1;
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  /** The cell of a field, made as an object for the asker. */
  get(name: string): FieldCell | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.at(i);
  }

  /** The value of a field's cell (`get(name)?.raw.value`, without the cell made); undefined when it has none. */
  valueNamed(name: string): Value | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.cellValues[i];
  }

  /** The cell at a position, made as an object for the asker. */
  at(i: number): FieldCell {
    return { field: this.order.fields[i], address: this.addresses[i], located: this.locatedAt(i), raw: this.rawAt(i) };
  }

  /** How the cell at a position was found. */
  locatedAt(i: number): Located {
    return this.located?.[i] ?? 'name';
  }

  /** The value of the cell at a position. */
  valueAt(i: number): Value {
    return this.cellValues[i];
  }

  /** What the cell at a position holds as a raw cell (a value alone is made into one). */
  private rawAt(i: number): RawCell {
    for (let r = 0; r < this.raws.length && this.raws[r][0] <= i; r++) if (this.raws[r][0] === i) return this.raws[r][1];
    const value = this.cellValues[i];
    return value === null ? NO_VALUE : { value };
  }

  /** `names` when every cell was found by its name. */
  readBy(): 'names' | 'labels' {
    return this.located?.some((how) => how !== 'name') ? 'labels' : 'names';
  }

  keys(): IterableIterator<string> {
    return this.order.names.slice(0, this.size)[Symbol.iterator]();
  }

  *values(): IterableIterator<FieldCell> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  *entries(): IterableIterator<[string, FieldCell]> {
    for (let i = 0; i < this.size; i++) yield [this.order.names[i], this.at(i)];
  }

  [Symbol.iterator](): IterableIterator<[string, FieldCell]> {
    return this.entries();
  }
}

const OWN_ORDERS = new WeakMap<Layout, CellOrder>();

/**
 * A layout's cells as the reader finds them on a sheet read by its names: its fields, then the fields its derived
 * formulas stand for (人件費), by name and in that order; made once per layout and shared by all its sheets.
 */
export function ownOrder(layout: Layout): CellOrder {
  let own = OWN_ORDERS.get(layout);
  if (!own) {
    const byName = new Map(layout.fields.map((f) => [f.name, f]));
    const fieldsFirst = byName.size === layout.fields.length;
    for (const formula of layout.formulas) if (formula.field && !byName.has(formula.name)) byName.set(formula.name, formula.field);
    const names = [...byName.keys()];
    own = { names, fields: [...byName.values()], index: new Map(names.map((name, i) => [name, i])), fieldsFirst };
    OWN_ORDERS.set(layout, own);
  }
  return own;
}

/** The last sheet's addresses of each order: most sheets of a layout have their cells where the last one had. */
const LAST_ADDRESSES = new WeakMap<CellOrder, ReadonlyArray<string | undefined>>();

/** `addresses`, or the last sheet's of the order when they are the same (formatAddress's texts are shared, so === tells). */
export function sharedAddresses(order: CellOrder, addresses: ReadonlyArray<string | undefined>): ReadonlyArray<string | undefined> {
  const last = LAST_ADDRESSES.get(order);
  if (last && sameItems(last, addresses)) return last;
  LAST_ADDRESSES.set(order, addresses);
  return addresses;
}

/** Whether two lists hold the same items in the same order (told at once when they are one list). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * ReadCells made cell by cell, as a Map would be set: a name set again keeps its place and takes the later cell. The
 * layout's own order is kept while the cells follow it; the first that does not gives the sheet an order of its own.
 */
export class CellsBuilder {
  private order: CellOrder;
  private own = true;
  private readonly values: Value[] = [];
  private readonly addresses: Array<string | undefined> = [];
  private located: Located[] | undefined;
  private raws: Array<[number, RawCell]> = [];

  constructor(layout: Layout) {
    this.order = ownOrder(layout);
  }

  set(name: string, field: FieldDef, address: string | undefined, located: Located, raw: RawCell): void {
    const n = this.values.length;
    // A reader's cells follow the layout's order: the next of its names with its field, told without a lookup.
    if (!this.own || this.order.names[n] !== name || this.order.fields[n] !== field) {
      if (this.own) this.ownOrderLeft();
      const i = this.order.index.get(name);
      if (i !== undefined) return this.setAgain(i, field, address, located, raw);
      this.addName(name, field);
    }
    this.values.push(raw.value);
    this.addresses.push(address);
    if (located !== 'name') this.located ??= new Array<Located>(n).fill('name');
    this.located?.push(located);
    if (!onlyValue(raw)) this.raws.push([n, raw]);
  }

  /** A name set again: its cell keeps its place and takes the later field and cell, as a Map's entry would. */
  private setAgain(i: number, field: FieldDef, address: string | undefined, located: Located, raw: RawCell): void {
    (this.order.fields as FieldDef[])[i] = field;
    this.values[i] = raw.value;
    this.addresses[i] = address;
    if (located !== 'name') this.located ??= new Array<Located>(this.values.length).fill('name');
    if (this.located) this.located[i] = located;
    const at = this.raws.findIndex(([p]) => p >= i);
    if (at >= 0 && this.raws[at][0] === i) this.raws.splice(at, 1);
    if (!onlyValue(raw)) this.raws.splice(at < 0 ? this.raws.length : at, 0, [i, raw]);
  }

  finish(): ReadCells {
    return new ReadCells(this.order, this.values, sharedAddresses(this.order, this.addresses), this.located, this.raws);
  }

  /** The cells no longer follow the layout's order: the sheet gets a copy of what it has of it so far. */
  private ownOrderLeft(): void {
    const n = this.values.length;
    const names = this.order.names.slice(0, n);
    this.order = { names, fields: this.order.fields.slice(0, n), index: new Map(names.map((name, i) => [name, i])) };
    this.own = false;
  }

  private addName(name: string, field: FieldDef): void {
    (this.order.names as string[]).push(name);
    (this.order.fields as FieldDef[]).push(field);
    (this.order.index as Map<string, number>).set(name, this.order.names.length - 1);
  }
}

/**
 * Whether a raw cell holds its value and nothing else (no formula, error or date): then it is made again from the
 * value, the same to every reader of it. Three property tests, not a walk of its keys (asked of every cell read).
 */
function onlyValue(raw: RawCell): boolean {
  return raw.formula === undefined && raw.error === undefined && raw.date === undefined;
}

/** A Map of cells (a test's, a fixture's) as ReadCells. */
export function readCellsOf(layout: Layout, cells: ReadonlyMap<string, FieldCell>): ReadCells {
  const built = new CellsBuilder(layout);
  for (const [name, cell] of cells) built.set(name, cell.field, cell.address, cell.located, cell.raw);
  return built.finish();
}
