// Where a finding's cell is, as numbers: what sorting findings and grouping them both read of an address.
import { columnNumber } from '../cells';
import { byText } from '../textMemo';

/** A finding without a cell, or whose cell is not a plain address (A1): before every cell in order, never grouped. */
export const NO_CELL = [-1, -1] as const;

/** A finding's cell as its row and column, or NO_CELL. */
export function cellPlace(cell: string | undefined): readonly [number, number] {
  return cell ? cellPlaceOf(cell) : NO_CELL;
}

/**
 * Remembered by the address: a set's findings are at the same few hundred cells of every sheet, and sorting and
 * grouping the same findings read each one twice.
 */
const cellPlaceOf = byText((cell: string): readonly [number, number] => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? [Number(m[2]), columnNumber(m[1])] : NO_CELL;
});
