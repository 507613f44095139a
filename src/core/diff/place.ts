// Where a change sits: this year's cells by their place in the model (budget.2019.total), as findings name them.
import { displayLabel, pathKey } from '../layout/sheetData';
import type { Place } from '../messages';
import { fieldCells, sheetPlace, type FieldCell, type ReadSheet } from '../source';

/** A sheet's cells keyed by model path with the sheet's own years, e.g. `outcomes.0.plan.2020`. */
export function cellsByPath(read: ReadSheet): Map<string, FieldCell> {
  const year = read.sheet.reportYear;
  return new Map(fieldCells(read).flatMap((cell) => {
    const key = pathKey(cell.field, year);
    return key === undefined ? [] : [[key, cell] as const];
  }));
}

/** The sheet, and the cell when known. */
export function placeOf(read: ReadSheet, cell?: FieldCell): Place {
  return cell ? { ...sheetPlace(read), cell: cell.address, field: cell.field.name } : sheetPlace(read);
}

/** The cell's label with its year, as a clerk reads it: 成果指標1 計画（令和2年度）. */
export function labelOf(read: ReadSheet, cell: FieldCell | undefined, fallback: string): string {
  return cell ? displayLabel(cell.field, read.sheet.reportYear) : fallback;
}
