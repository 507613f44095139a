// Reading what a defined name refers to (`Sheet1!$B$5`, `='It''s'!$A$1:$B$2`, `"project/1"`, `#REF!`):
// the same text whether it comes from xl/workbook.xml or from Office.js's NamedItem.formula.
import { columnNumber, type CellPos } from './cells';

export interface NameArea {
  from: CellPos;
  to: CellPos;
}

export type NameRef = ({ sheet?: string } & NameArea) | { error: string } | { constant: string };

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const CELL_AREA = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;
const ROW_AREA = /^\$?(\d+):\$?(\d+)$/;
const COL_AREA = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
// The lone-quote branch is for ExcelJS, which writes `'It's'!$A1` in print areas instead of doubling the quote.
const QUOTED_SHEET = /^'((?:[^']|''|'(?!!))*)'!([\s\S]*)$/;
const STRING_CONSTANT = /^"((?:[^"]|"")*)"$/;
/**
 * What nearly every name of a workbook is, one cell on a named sheet (`'施策1-1'!$B$5`, `Sheet1!$B$5`), read
 * without the general path's steps (a workbook holds a thousand names). Captures 1 quoted sheet (quotes still
 * doubled), 2 bare sheet, 3 column, 4 row.
 */
const ABSOLUTE_CELL = /^(?:'((?:[^']|'')+)'|([^\s'!=#"][^'!]*))!\$([A-Za-z]{1,3})\$(\d{1,7})$/;

/**
 * Reads a name's formula as a single rectangular area (whole rows and columns span the sheet), a string constant,
 * or an error: the Excel error literal (`#REF!`) when Excel broke the reference, otherwise a description.
 * A leading `=` (as Office.js gives it) is ignored.
 */
export function parseNameRef(formula: string): NameRef {
  const cell = ABSOLUTE_CELL.exec(formula);
  if (cell) {
    const row = Number(cell[4]);
    const col = columnNumber(cell[3]);
    // Past the sheet's edge: the general path tells why.
    if (isRow(row) && isColumn(col)) return { sheet: cell[1] !== undefined ? unquoted(cell[1]) : cell[2], from: { row, col }, to: { row, col } };
  }
  const text = formula.trim().replace(/^=/, '');
  if (text.startsWith('"')) return parseStringConstant(text);
  if (text.startsWith('#')) return { error: text };
  const { sheet, area: areaText } = splitSheet(text);
  if (areaText.startsWith('#')) return { error: areaText };
  const area = parseArea(areaText);
  if (!area) return { error: `not a single-area reference: ${formula}` };
  return sheet === undefined ? area : { sheet, ...area };
}

/** A text as a name's string constant (`"project/1"`), quotes doubled: what parseNameRef reads as `{ constant }`. */
export function stringConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function parseStringConstant(text: string): NameRef {
  const match = STRING_CONSTANT.exec(text);
  return match ? { constant: match[1].replace(/""/g, '"') } : { error: `unterminated string constant: ${text}` };
}

/** A quoted sheet name's text: its doubled quotes single (most names have none, so most are kept as they are). */
function unquoted(quoted: string): string {
  return quoted.includes("''") ? quoted.replace(/''/g, "'") : quoted;
}

function splitSheet(text: string): { sheet?: string; area: string } {
  if (text.startsWith("'")) {
    const quoted = QUOTED_SHEET.exec(text);
    return quoted ? { sheet: unquoted(quoted[1]), area: quoted[2] } : { area: text };
  }
  const bang = text.indexOf('!');
  return bang < 0 ? { area: text } : { sheet: text.slice(0, bang), area: text.slice(bang + 1) };
}

function parseArea(text: string): NameArea | undefined {
  const cells = CELL_AREA.exec(text);
  if (cells) {
    const [, col1, row1, col2 = col1, row2 = row1] = cells;
    return normalizedArea(Number(row1), columnNumber(col1), Number(row2), columnNumber(col2));
  }
  const rows = ROW_AREA.exec(text);
  if (rows) return normalizedArea(Number(rows[1]), 1, Number(rows[2]), MAX_COL);
  const cols = COL_AREA.exec(text);
  if (cols) return normalizedArea(1, columnNumber(cols[1]), MAX_ROW, columnNumber(cols[2]));
  return undefined;
}

/** Excel accepts `B7:A5`; handing out from ≤ to spares every caller the same swap. */
function normalizedArea(row1: number, col1: number, row2: number, col2: number): NameArea | undefined {
  if (![row1, row2].every(isRow) || ![col1, col2].every(isColumn)) return undefined;
  return {
    from: { row: Math.min(row1, row2), col: Math.min(col1, col2) },
    to: { row: Math.max(row1, row2), col: Math.max(col1, col2) },
  };
}

function isRow(row: number): boolean {
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROW;
}

function isColumn(col: number): boolean {
  return Number.isInteger(col) && col >= 1 && col <= MAX_COL;
}
