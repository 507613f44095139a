// A sheet's cells sorted once for every rule that looks at them: in order, by field type, and those holding an error,
// a date or a formula. Each rule used to walk all of a sheet's cells with its own test, a dozen walks per sheet;
// the engine now runs every sheet rule on a sheet before the next, then the workbook rules on its workbook, so the
// sortings are kept for the last few sheets (a workbook's, for year-labels) and a rule run on its own (its case
// table) sorts its sheet. Only a few: keeping the last 64 sheets' (each with its Maps of cells by type, then) made
// each sorting outlive the young generation, and the old one grew by 20 MB of them at 10× (peak RSS 175 → 195 MB);
// a sorting is now the sheet's cells themselves, its shape and the few marked cells.
//
// What depends only on the cells' fields (which cells are of which type, which are an indicator's or have a length
// limit) is a sheet's `Shape`, worked out once for every sheet of a layout whose cells hold the same fields in the
// same order: reading a field's properties cell by cell (`field.type`, `field.name`: the fields are objects of
// several shapes, so each read is a slow lookup) was most of the walks' time, ~4,400 sheets × 62 cells at 10×.
// A sheet whose cells differ from its layout's first sheet's (another field, one more or fewer) gets a shape of its
// own, worked out the same way: the rules read every sheet through its shape alike.
import type { FieldDef, FieldType, Layout } from '../layout/types';
import type { NumberReading } from '../numbers';
import { sameItems, type ReadCells } from '../readCells';
import type { FieldCell, ReadSheet } from '../source';

export interface MoneyCell {
  cell: FieldCell;
  reading: Exclude<NumberReading, { kind: 'empty' }>;
}

/** The fields of a sheet's cells, in the cells' order, and what is worked out from them alone. */
export interface Shape {
  fields: readonly FieldDef[];
  /** The positions (in `fields`) of each field type's cells, in that order. */
  ofType: ReadonlyMap<FieldType, readonly number[]>;
}

export interface SheetCells {
  /**
   * Every cell, in the order of the sheet's cells (the layout's): the sheet's own, read by position. A rule reads a
   * value (`valueAt`) and how it was found (`locatedAt`) where they decide, and makes a cell (`at`) only to judge or
   * report it, a few thousand at 10×: a memo of the cells made, an array of each sheet's size (272,800 slots a
   * check at 10×), cost more than the cells it saved.
   */
  all: ReadCells;
  /** Their fields: `all.at(i).field` is `shape.fields[i]`. */
  shape: Shape;
  /** The cells holding an error, a date or a formula, in that order: every cell the error, date and link rules judge. */
  marked: FieldCell[];
  /** The filled 金額 cells the money rules judge, read as numbers once for money-format and money-normalised (`moneyCells`). */
  money?: MoneyCell[];
}

const NONE: readonly number[] = [];

/** The last sheets sorted, the latest last: the bench sets' workbooks (a department's, from the seed) hold 11 sheets at most. */
const recent: Array<{ cells: ReadCells; sorted: SheetCells }> = [];
const RECENT_SHEETS = 16;

export function sheetCells(read: ReadSheet): SheetCells {
  const cells = read.source.cells;
  // The cells of a sheet read are never changed afterwards, so the same cells sort the same.
  for (let i = recent.length - 1; i >= 0; i--) if (recent[i].cells === cells) return recent[i].sorted;
  const sorted = sortCells(cells, read.source.layout);
  if (recent.length >= RECENT_SHEETS) recent.shift();
  recent.push({ cells, sorted });
  return sorted;
}

/**
 * Where a shape's cells of one field type are (their positions in the sheet's cells, in layout order): a rule walks
 * them in the sorting's `all`, with no array of the cells made for it on every sheet.
 */
export function positionsOf(shape: Shape, type: FieldType): readonly number[] {
  return shape.ofType.get(type) ?? NONE;
}

/**
 * `build` worked out once per shape: what a rule derives from a sheet's fields alone (its indicator slots, its
 * length limits), the same for every sheet of a layout. Held only while the shape is (a WeakMap).
 */
export function byShape<T>(build: (shape: Shape) => T): (shape: Shape) => T {
  const built = new WeakMap<Shape, T>();
  return (shape) => {
    let value = built.get(shape);
    if (value === undefined) {
      value = build(shape);
      built.set(shape, value);
    }
    return value;
  };
}

/** The shape of each layout's first sheet sorted, which its other sheets' cells are compared with. */
const SHAPES = new WeakMap<Layout, Shape>();

function sortCells(cells: ReadCells, layout: Layout): SheetCells {
  // The marked cells are among the raw cells that hold more than a value, which the cells keep apart, in their order.
  const marked: FieldCell[] = [];
  for (const [i, raw] of cells.raws) if (raw.error || raw.date || raw.formula !== undefined) marked.push(cells.at(i));
  const fields = cells.size === cells.order.fields.length ? cells.order.fields : cells.order.fields.slice(0, cells.size);
  const known = SHAPES.get(layout);
  if (known && sameItems(known.fields, fields)) return { all: cells, shape: known, marked };
  const shape = shapeOf(fields);
  if (!known) SHAPES.set(layout, shape);
  return { all: cells, shape, marked };
}

function shapeOf(fields: readonly FieldDef[]): Shape {
  const ofType = new Map<FieldType, number[]>();
  fields.forEach((field, i) => {
    const at = ofType.get(field.type);
    if (at) at.push(i);
    else ofType.set(field.type, [i]);
  });
  return { fields, ofType };
}
