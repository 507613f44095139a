// A1 addresses: the only spreadsheet knowledge the core needs.

export interface CellPos {
  row: number; // 1-based
  col: number; // 1-based
}

export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A column's letters as its number: A → 1, Z → 26, AA → 27, XFD → 16384 (either case). */
export function columnNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) {
    // ASCII letters in place, without the uppercase copy (a reader asks this for every named cell); anything
    // else the general way, since toUpperCase maps some letters to others (ß → SS).
    const letter = letters.charCodeAt(i) & ~0x20;
    if (letter < 65 || letter > 90) return upperColumnNumber(letters);
    col = col * 26 + letter - 64;
  }
  return col;
}

function upperColumnNumber(letters: string): number {
  const upper = letters.toUpperCase();
  let col = 0;
  for (let i = 0; i < upper.length; i++) col = col * 26 + upper.charCodeAt(i) - 64;
  return col;
}

const ADDRESS = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

export function parseAddress(address: string): CellPos {
  const pos = scanAddress(address);
  if (pos) return pos;
  const m = ADDRESS.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/**
 * ADDRESS read by hand, without the match's arrays and strings (a reader asks this for every field of every
 * sheet): `$`, one to three ASCII letters, `$`, digits. Undefined for anything else, which ADDRESS then reads or
 * refuses; where this gives a place, ADDRESS gives the same.
 */
function scanAddress(address: string): CellPos | undefined {
  const end = address.length;
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < end && i - lettersFrom < 4; i++) {
    const letter = address.charCodeAt(i) & ~0x20;
    if (letter < 65 || letter > 90) break;
    col = col * 26 + letter - 64;
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return undefined;
  if (address.charCodeAt(i) === 36) i++;
  // Sixteen digits stay exact in a double, as Number() reads them; longer ones go the general way.
  if (i === end || end - i > 15) return undefined;
  let row = 0;
  for (; i < end; i++) {
    const digit = address.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  return { row, col };
}

/** Column letters by number, made once: an address is asked for every named cell of every sheet read. */
const COLUMN_LETTERS: string[] = [];
/** Addresses of the top-left block by row then column, each made once (see formatAddress). */
const ADDRESSES: string[][] = [];
const SHARED_ROWS = 1024;
const SHARED_COLS = 32;

/**
 * `B7` for row 7, column 2. The cells of a form sit in its top-left block, and a city's thousands of sheets ask
 * for the same few hundred: those addresses are made once and shared (each field of each sheet read kept a string
 * of its own, a third of a million at 10×). Strings cannot be changed, so sharing one is unseen.
 */
export function formatAddress(pos: CellPos): string {
  const { row, col } = pos;
  if (row >= 1 && row <= SHARED_ROWS && col >= 1 && col <= SHARED_COLS && Number.isInteger(row) && Number.isInteger(col)) {
    const addresses = (ADDRESSES[row] ??= []);
    return (addresses[col] ??= `${columnLetters(col)}${row}`);
  }
  return `${columnLetters(col)}${row}`;
}

/** The columns a sheet of ours uses are few; any column past the first 1,024 is spelled each time. */
function columnLetters(col: number): string {
  return col >= 1 && col <= 1024 && Number.isInteger(col) ? (COLUMN_LETTERS[col] ??= colLetters(col)) : colLetters(col);
}

/** `B5:E5` → its two corners; a single address is a one-cell range. */
export function parseRange(range: string): { from: CellPos; to: CellPos } {
  const [a, b] = range.split(':');
  return { from: parseAddress(a), to: parseAddress(b ?? a) };
}
