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
  const upper = letters.toUpperCase();
  let col = 0;
  for (let i = 0; i < upper.length; i++) col = col * 26 + upper.charCodeAt(i) - 64;
  return col;
}

export function parseAddress(address: string): CellPos {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function formatAddress(pos: CellPos): string {
  return `${colLetters(pos.col)}${pos.row}`;
}

/** `B5:E5` → its two corners; a single address is a one-cell range. */
export function parseRange(range: string): { from: CellPos; to: CellPos } {
  const [a, b] = range.split(':');
  return { from: parseAddress(a), to: parseAddress(b ?? a) };
}
