// The fast path in front of SheetSlimmer (decision 39): a worksheet inflated whole and written the way Excel and
// ExcelJS write it is cut straight from its bytes, never decoded. Decoding a sheet (its formulas and data
// validations hold Japanese, so the whole text became a two-byte string) cost as much as inflating it, and most of
// the cells kept are never read (only the named ones are, unless a sheet is read by its labels), so a kept cell is
// decoded only when its value is asked for.
//
// The shape taken: an ASCII head up to `<sheetData>` without namespace prefix; in it nothing but `<row r="N" …>` and
// in a row nothing but `<c r="REF" …>` (r first, double-quoted: both writers do so); no comments. Whatever else
// (a prefix, a row or cell without r, a comment, an element the slimmer skips, anything missing or unclosed)
// answers undefined, and the general path reads the decoded text. Where this answers, it gives what the slimmer
// gives on that text: the markup it looks at is ASCII, so byte and character offsets find the same tags, and a
// range cut between '<' and '>' decodes to the same text as that range of the whole decoded part. The hostile
// corpus and the reading tests are the check.
import { SHORTEST_VIEW } from './detached';
import { cellWanted, mergeOf, reachOf, rootTag, sheetDataTag, MAX_MERGES, type Area, type KeptCell, type PlainCell, type SheetWindow, type SlimSheet } from './slimSheet';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
/** Row numbers longer than this are left to the general path (Number() and summing digits agree below it). */
const MAX_ROW_DIGITS = 15;
const UNPLACEABLE = -1;

const ROW_OPEN = ascii('<row r="');
const CELL_OPEN = ascii('<c r="');
const ROW_CLOSE = ascii('</row');
const ROW_END = ascii('</row>');
const DATA_CLOSE = ascii('</sheetData');
const DATA_END = ascii('</sheetData>');
const DATA_OPEN = ascii('<sheetData');
const MERGE_OPEN = ascii('<mergeCell');
const STYLE_ATTR = ascii(' s="');
const TYPE_ATTR = ascii(' t="');
const CELL_CLOSE = ascii('</c>');
const VALUE_OPEN = ascii('<v>');
const VALUE_CELL_CLOSE = ascii('</v></c>');
const MERGE_REF = ascii('<mergeCell ref="');

const utf8 = new TextDecoder('utf-8');

/** A kept cell of a sheet read as bytes: its text decoded when first asked for. */
class ByteCell implements KeptCell {
  private text?: string;

  constructor(
    readonly row: number,
    readonly col: number,
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get xml(): string {
    return (this.text ??= decodeRange(this.bytes, this.start, this.end));
  }

  /**
   * `<c r="…"[ s="N"][ t="T"]/>`, or the same with `>`, at most `<v>text</v>` and `</c>`: what SheetValues reads from
   * nearly every cell, taken from the bytes as its patterns take it from the text (the attributes in the order both
   * writers write them; any other order, attribute or child is left to those patterns).
   */
  plain(): PlainCell | undefined {
    const { bytes, end } = this;
    let p = this.start + CELL_OPEN.length;
    while (bytes[p] !== DQUOTE) p++; // the r attribute's value was read when the cell was placed
    p++;
    let style = 0;
    if (startsWith(bytes, p, STYLE_ATTR)) {
      const from = (p += STYLE_ATTR.length);
      for (let d = bytes[p] - 0x30; d >= 0 && d <= 9 && p - from < 9; d = bytes[++p] - 0x30) style = style * 10 + d;
      if (p === from || bytes[p] !== DQUOTE) return undefined;
      p++;
    }
    let type: string | undefined;
    if (startsWith(bytes, p, TYPE_ATTR)) {
      const from = (p += TYPE_ATTR.length);
      for (let c = bytes[p] | 0x20; c >= 0x61 && c <= 0x7a && p - from < 16; c = bytes[++p] | 0x20);
      if (p === from || bytes[p] !== DQUOTE) return undefined;
      type = decodeRange(bytes, from, p++);
    }
    if (bytes[p] === SLASH) return bytes[p + 1] === GT && p + 2 === end ? { type, style } : undefined;
    if (bytes[p] !== GT) return undefined;
    p++;
    if (p + CELL_CLOSE.length === end) return startsWith(bytes, p, CELL_CLOSE) ? { type, style } : undefined;
    if (!startsWith(bytes, p, VALUE_OPEN)) return undefined;
    const from = p + VALUE_OPEN.length;
    const to = next(bytes, LT, from);
    for (let i = from; i < to; i++) if (bytes[i] === 0x26 /* & */) return undefined;
    if (to + VALUE_CELL_CLOSE.length !== end || !startsWith(bytes, to, VALUE_CELL_CLOSE)) return undefined;
    return {
      type,
      style,
      value: to > from ? decodeRange(bytes, from, to) : undefined,
    };
  }
}

/** The sheet cut to its window, or undefined when it is not in the shape this path takes. */
export function slimSheetBytes(part: Uint8Array, window: SheetWindow): SlimSheet | undefined {
  // A Node Buffer's own indexOf is a binding call with JavaScript around it; a plain view's is the engine's.
  const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  const start = rowsStart(bytes);
  if (start < 0) return undefined;
  const { reach, extraRows } = reachOf(window);
  const kept: KeptCell[] = [];
  let pos = start;
  for (;;) {
    const lt = bytes.indexOf(LT, pos);
    if (lt < 0) return undefined;
    if (startsWith(bytes, lt, DATA_CLOSE)) {
      pos = lt;
      break;
    }
    if (!startsWith(bytes, lt, ROW_OPEN)) return undefined;
    const gt = bytes.indexOf(GT, lt);
    const row = rowNumber(bytes, lt + ROW_OPEN.length, gt);
    if (gt < 0 || row < 0) return undefined;
    pos = gt + 1;
    if (bytes[gt - 1] === SLASH) continue; // an empty row
    if (row > reach.rows) {
      // Rows come in order: nothing below is wanted.
      const end = indexOfMarker(bytes, DATA_END, pos);
      if (end < 0) return undefined;
      pos = end + DATA_END.length;
      break;
    }
    if (row <= window.rows || extraRows.has(row)) {
      pos = rowCells(bytes, pos, row, window, kept);
      if (pos < 0) return undefined;
    } else {
      const end = indexOfMarker(bytes, ROW_END, pos);
      if (end < 0) return undefined;
      pos = end + ROW_END.length;
    }
  }
  const merges = tailMerges(bytes, pos, reach);
  return merges && { cells: kept, merges };
}

/** Where the rows begin, after an ASCII head's `<sheetData>` as the slimmer finds it; -1 for any other head. */
function rowsStart(bytes: Uint8Array): number {
  const at = indexOfMarker(bytes, DATA_OPEN, 0);
  const gt = at < 0 ? -1 : bytes.indexOf(GT, at);
  if (gt < 0 || gt > 64 * 1024) return -1;
  for (let i = 0; i <= gt; i++) if (bytes[i] > 0x7f) return -1;
  const head = decodeRange(bytes, 0, gt + 1);
  const root = rootTag(head, 0);
  if (!root || root[1] !== '' || root[0].endsWith('/>')) return -1;
  const data = sheetDataTag(head, root.index + root[0].length);
  return data && data.index === at && !data[0].endsWith('/>') ? gt + 1 : -1;
}

/** The row's kept cells pushed to `kept` once the row closes; where the scan goes on, or -1 (not this shape). */
function rowCells(bytes: Uint8Array, from: number, row: number, window: SheetWindow, kept: KeptCell[]): number {
  const rowKept: KeptCell[] = [];
  let pos = from;
  // Cells are most of a sheet and a few dozen bytes each: the scan is by hand, not by indexOf, whose every call
  // costs more than walking the bytes between two tags.
  const length = bytes.length;
  for (;;) {
    const lt = next(bytes, LT, pos);
    if (lt >= length) return -1;
    if (startsWith(bytes, lt, ROW_CLOSE)) {
      const gt = next(bytes, GT, lt);
      if (gt >= length) return -1;
      for (const cell of rowKept) kept.push(cell);
      return gt + 1;
    }
    if (!startsWith(bytes, lt, CELL_OPEN)) return -1;
    const gt = next(bytes, GT, lt);
    if (gt >= length) return -1;
    let end = gt + 1;
    if (bytes[gt - 1] !== SLASH) {
      end = cellEnd(bytes, end);
      if (end < 0) return -1;
    }
    pos = end;
    let quote = lt + CELL_OPEN.length;
    while (quote < gt && bytes[quote] !== DQUOTE && bytes[quote] !== SQUOTE) quote++;
    if (quote >= gt) return -1;
    const col = referencedColumn(bytes, lt + CELL_OPEN.length, quote, row);
    // A reference Excel could not have written (ZZZZ40, or another row's) makes the cell unplaceable: dropped.
    if (col !== UNPLACEABLE && cellWanted(window, row, col)) rowKept.push(new ByteCell(row, col, bytes, lt, end));
  }
}

/**
 * The merges after the cells: every `<mergeCell …>` from `from` on, as the slimmer's pattern finds them, or
 * undefined where a tag's name is followed by a byte that might start a non-ASCII space.
 */
function tailMerges(bytes: Uint8Array, from: number, reach: { rows: number; cols: number }): Area[] | undefined {
  const merges: Area[] = [];
  for (let at = indexOfMarker(bytes, MERGE_OPEN, from); at >= 0; at = indexOfMarker(bytes, MERGE_OPEN, at + 1)) {
    const next = bytes[at + MERGE_OPEN.length];
    if (next > 0x7f) return undefined;
    if (!(next === SLASH || next === GT || next === 0x20 || (next >= 0x09 && next <= 0x0d))) continue;
    const gt = bytes.indexOf(GT, at);
    if (gt < 0) break;
    const plain = plainMerge(bytes, at + MERGE_REF.length, gt, reach);
    const area = plain === undefined ? mergeOf(decodeRange(bytes, at, gt + 1), reach) : plain;
    if (area && merges.length < MAX_MERGES) merges.push(area);
    at = gt;
  }
  return merges;
}

/**
 * `<mergeCell ref="A1:B2"…>` as Excel and ExcelJS write it, read from its bytes (a sheet has dozens: decoding each
 * tag and matching it cost as much as cutting the cells): the area if the window reaches it, null if it does not,
 * undefined for any other shape (then the slimmer's own patterns read it).
 */
function plainMerge(bytes: Uint8Array, from: number, gt: number, reach: { rows: number; cols: number }): Area | null | undefined {
  if (!startsWith(bytes, from - MERGE_REF.length, MERGE_REF)) return undefined;
  const a = cellAt(bytes, from, gt);
  if (!a) return undefined;
  let b = a;
  if (bytes[a.end] === 0x3a /* : */) {
    const second = cellAt(bytes, a.end + 1, gt);
    if (!second) return undefined;
    b = second;
  }
  if (bytes[b.end] !== DQUOTE) return undefined;
  const area = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  return area.top <= reach.rows && area.left <= reach.cols ? area : null;
}

/** A reference `$A$1` (1–3 letters, 1–15 digits) from `from`: its place and where it ends; undefined otherwise. */
function cellAt(bytes: Uint8Array, from: number, to: number): { row: number; col: number; end: number } | undefined {
  let p = from;
  if (bytes[p] === 0x24 /* $ */) p++;
  const lettersFrom = p;
  let col = 0;
  for (let c = bytes[p] | 0x20; p < to && c >= 0x61 && c <= 0x7a; c = bytes[++p] | 0x20) col = col * 26 + c - 0x60;
  if (p === lettersFrom || p - lettersFrom > 3) return undefined;
  if (bytes[p] === 0x24 /* $ */) p++;
  const digitsFrom = p;
  let row = 0;
  for (let d = bytes[p] - 0x30; p < to && d >= 0 && d <= 9; d = bytes[++p] - 0x30) row = row * 10 + d;
  if (p === digitsFrom || p - digitsFrom > MAX_ROW_DIGITS) return undefined;
  return { row, col, end: p };
}

/** The digits of a row's r attribute from `from`, up to its closing double quote before `gt`; -1 otherwise. */
function rowNumber(bytes: Uint8Array, from: number, gt: number): number {
  let n = 0;
  let p = from;
  for (; p < gt && p - from <= MAX_ROW_DIGITS; p++) {
    const d = bytes[p] - 0x30;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return p > from && p - from <= MAX_ROW_DIGITS && bytes[p] === DQUOTE ? n : -1;
}

/** slimSheet's referencedColumn over bytes: the column of a reference bytes[from, to) in `row`, else UNPLACEABLE. */
function referencedColumn(bytes: Uint8Array, from: number, to: number, row: number): number {
  const cell = cellAt(bytes, from, to);
  return cell && cell.end === to && cell.row === row ? cell.col : UNPLACEABLE;
}

/** The index of the first `byte` from `from` on, or the length when there is none. */
function next(bytes: Uint8Array, byte: number, from: number): number {
  let p = from;
  while (p < bytes.length && bytes[p] !== byte) p++;
  return p;
}

/** Where the first `</c>` from `from` on ends, or -1. */
function cellEnd(bytes: Uint8Array, from: number): number {
  for (let p = next(bytes, LT, from); p + 3 < bytes.length; p = next(bytes, LT, p + 1)) {
    if (bytes[p + 1] === SLASH && bytes[p + 2] === 0x63 /* c */ && bytes[p + 3] === GT) return p + 4;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, at: number, marker: Uint8Array): boolean {
  if (at + marker.length > bytes.length) return false;
  for (let i = 0; i < marker.length; i++) if (bytes[at + i] !== marker[i]) return false;
  return true;
}

function indexOfMarker(bytes: Uint8Array, marker: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(marker[0], from); at >= 0; at = bytes.indexOf(marker[0], at + 1)) if (startsWith(bytes, at, marker)) return at;
  return -1;
}

/** bytes[from, to) as text: a short ASCII range (most cells) from its character codes, anything else as UTF-8. */
function decodeRange(bytes: Uint8Array, from: number, to: number): string {
  if (to - from < SHORTEST_VIEW) {
    // A value or type of a few characters: built without a view of the bytes (V8 copies strings this short).
    let text = '';
    for (let i = from; i < to && bytes[i] < 0x80; i++) text += String.fromCharCode(bytes[i]);
    if (text.length === to - from) return text;
  }
  const range = bytes.subarray(from, to);
  if (range.length > 1024) return utf8.decode(range);
  for (let i = 0; i < range.length; i++) if (range[i] > 0x7f) return utf8.decode(range);
  return String.fromCharCode.apply(null, range as unknown as number[]);
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
