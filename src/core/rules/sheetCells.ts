// A sheet's cells sorted once for every rule that looks at them: by field type, and those holding an error, a
// date or a formula. Each rule used to walk all of a sheet's cells with its own test, a dozen walks per sheet;
// the engine now runs every sheet rule on a sheet before the next, so the sorting is kept for the last sheet only
// and a rule run on its own (its case table) sorts its sheet. Only the last: keeping the last 64 sheets' made each
// sorting outlive the young generation, and the old one grew by 20 MB of them at 10× (peak RSS 175 → 195 MB).
import type { FieldType } from '../layout/types';
import type { NumberReading } from '../numbers';
import type { FieldCell, ReadSheet } from '../source';

export interface MoneyCell {
  cell: FieldCell;
  reading: Exclude<NumberReading, { kind: 'empty' }>;
}

export interface SheetCells {
  /** Every cell, in the order of the sheet's cells (the layout's). */
  all: FieldCell[];
  /** The cells of each field type, in that order. */
  byType: Map<FieldType, FieldCell[]>;
  /** The cells holding an error, a date or a formula, in that order: every cell the error, date and link rules judge. */
  marked: FieldCell[];
  /** The filled 金額 cells read as numbers, once for money-format and money-normalised (`moneyCells`). */
  money?: MoneyCell[];
}

const NONE: readonly FieldCell[] = [];

let last: { cells: Map<string, FieldCell>; sorted: SheetCells } | undefined;

export function sheetCells(read: ReadSheet): SheetCells {
  const cells = read.source.cells;
  // The cells of a sheet read are never changed afterwards, so the same Map sorts the same.
  if (last?.cells !== cells) last = { cells, sorted: sortCells(cells) };
  return last.sorted;
}

/** The sheet's cells of one field type, in layout order. */
export function cellsOfType(read: ReadSheet, type: FieldType): readonly FieldCell[] {
  return sheetCells(read).byType.get(type) ?? NONE;
}

function sortCells(cells: Map<string, FieldCell>): SheetCells {
  const sorted: SheetCells = { all: [], byType: new Map(), marked: [] };
  for (const cell of cells.values()) {
    sorted.all.push(cell);
    const ofType = sorted.byType.get(cell.field.type);
    if (ofType) ofType.push(cell);
    else sorted.byType.set(cell.field.type, [cell]);
    if (cell.raw.error || cell.raw.date || cell.raw.formula !== undefined) sorted.marked.push(cell);
  }
  return sorted;
}
