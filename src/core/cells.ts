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

export function parseAddress(address: string): CellPos {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  const letters = m[1].toUpperCase();
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
  return { row: Number(m[2]), col };
}

export function formatAddress(pos: CellPos): string {
  return `${colLetters(pos.col)}${pos.row}`;
}

/** `B5:E5` → its two corners; a single address is a one-cell range. */
export function parseRange(range: string): { from: CellPos; to: CellPos } {
  const [a, b] = range.split(':');
  return { from: parseAddress(a), to: parseAddress(b ?? a) };
}

export function offsetAddress(address: string, dRow: number, dCol: number): string {
  const p = parseAddress(address);
  return formatAddress({ row: p.row + dRow, col: p.col + dCol });
}
