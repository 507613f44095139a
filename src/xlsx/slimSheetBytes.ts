// The fast path in front of SheetSlimmer (decision 39): a worksheet inflated whole and written the way Excel and
// ExcelJS write it is cut straight from its bytes, never decoded. Decoding a sheet (its formulas and data
// validations hold Japanese, so the whole text became a two-byte string) cost as much as inflating it, and most of
// the cells kept are never read (only the named ones are, unless a sheet is read by its labels), so a kept cell is
// decoded only when its value is asked for.
//
// The shape taken: a head up to `<sheetData>` without namespace prefix, starting with an ASCII byte (not a byte-order
// mark) and no root or `<sheetData` name followed by a non-ASCII byte (it may start a space the slimmer's \s takes);
// in it nothing but `<row r="N" …>` and
// in a row nothing but `<c r="REF" …>` (r first, double-quoted: both writers do so); no comments. Whatever else
// (a prefix, a row or cell without r, a comment, an element the slimmer skips, anything missing or unclosed)
// answers undefined, and the general path reads the decoded text. Where this answers, it gives what the slimmer
// gives on that text: the markup it looks at is ASCII, so byte and character offsets find the same tags, and a
// range cut between '<' and '>' decodes to the same text as that range of the whole decoded part. The hostile
// corpus and the reading tests are the check.
import { ascii, startsWith } from './bytes';
import { SHORTEST_VIEW } from './detached';
import type { KeptCells, PlainCell } from './sheetCells';
import { cellWanted, mergeOf, reachOf, MAX_MERGES, type Area, type SheetWindow } from './slimSheet';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COLON = 0x3a;
/** Numbers written longer than this (rows, values) are left to the general path (Number() and summing digits agree up to it). */
const MAX_DIGITS = 15;
/** The longest head (up to the '>' of `<sheetData …>`) this path takes. */
const MAX_HEAD = 64 * 1024;
/** What ByteCells.places holds per cell: its cellKey, and where its element starts and ends. */
const STRIDE = 3;
/**
 * Rows below this are kept by this path: their cells' keys (row × 32,768 + column) fit the places' 32-bit numbers.
 * A form's cells are in its first hundreds of rows; a cell kept further down (a name moved there) goes the general way.
 */
const MAX_KEPT_ROW = 65_535;
/** cellKey's factor (slimSheet.ts), as a shift. */
const COL_BITS = 15;

const ROW_OPEN = ascii('<row r="');
const CELL_OPEN = ascii('<c r="');
const ROW_CLOSE = ascii('</row');
const ROW_END = ascii('</row>');
const DATA_CLOSE = ascii('</sheetData');
const DATA_END = ascii('</sheetData>');
const DATA_OPEN = ascii('<sheetData');
const WORKSHEET = ascii('worksheet');
const MERGE_NAME = ascii('mergeCell');
const VALUE_CELL_CLOSE = ascii('</v></c>');
/** How far tailMerges moves the marker when the byte under its last is a given byte (Horspool's table). */
const MERGE_SKIPS = skipsOf(MERGE_NAME);
/** The same for `<sheetData` (rowsStart). */
const DATA_SKIPS = skipsOf(DATA_OPEN);

const utf8 = new TextDecoder('utf-8');

/**
 * A sheet cut by this path: its kept cells as places in its bytes, and its merges. Its cells are read before the next
 * sheet is cut: their places are where the cutter keeps them (`cut`).
 */
export interface ByteSheet {
  cells: ByteCells;
  merges: Area[];
}

/**
 * The kept cells of a sheet read as bytes. A sheet keeps a few hundred cells and a city's sheets half a million per
 * reading thread: their places are numbers in one array, not an object per cell (the garbage collector was an
 * eighth of reading), and a cell's text is decoded only when asked for.
 */
export class ByteCells implements KeptCells {
  readonly count: number;

  constructor(
    private readonly bytes: Uint8Array,
    /** STRIDE numbers per cell, in the order written. */
    private readonly places: Int32Array,
    readonly ordered: boolean,
  ) {
    this.count = places.length / STRIDE;
  }

  key(i: number): number {
    return this.places[i * STRIDE];
  }

  find(key: number): number {
    // Over the places themselves: a call to key() per step was half of finding a cell.
    const places = this.places;
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = places[middle * STRIDE];
      if (at === key) return middle;
      if (at < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  row(i: number): number {
    return this.places[i * STRIDE] >>> COL_BITS;
  }

  col(i: number): number {
    return this.places[i * STRIDE] & ((1 << COL_BITS) - 1);
  }

  xml(i: number): string {
    return decodeRange(this.bytes, this.places[i * STRIDE + 1], this.places[i * STRIDE + 2]);
  }

  /**
   * `<c r="…"[ s="N"][ t="T"]/>`, or the same with `>`, at most `<v>text</v>` and `</c>`: what SheetValues reads from
   * nearly every cell, taken from the bytes as its patterns take it from the text (the attributes in the order both
   * writers write them; any other order, attribute or child is left to those patterns). Written into the caller's
   * `into`, not a new object: a sheet's named cells are read a few hundred thousand times per reading thread.
   */
  plain(i: number, into: PlainCell): boolean {
    // The markup is compared byte by byte here rather than by startsWith: TurboFan inlines nothing in the CLI
    // (decision 54), so each of its five calls per cell was a call.
    const bytes = this.bytes;
    const end = this.places[i * STRIDE + 2];
    let p = this.places[i * STRIDE + 1] + CELL_OPEN.length;
    while (bytes[p] !== DQUOTE) p++; // the r attribute's value was read when the cell was placed
    p++;
    let style = 0;
    if (bytes[p] === 0x20 && bytes[p + 1] === 0x73 /* s */ && bytes[p + 2] === 0x3d && bytes[p + 3] === DQUOTE) {
      const from = (p += 4);
      for (let d = bytes[p] - 0x30; d >= 0 && d <= 9 && p - from < 9; d = bytes[++p] - 0x30) style = style * 10 + d;
      if (p === from || bytes[p] !== DQUOTE) return false;
      p++;
    }
    let type: string | undefined;
    if (bytes[p] === 0x20 && bytes[p + 1] === 0x74 /* t */ && bytes[p + 2] === 0x3d && bytes[p + 3] === DQUOTE) {
      const from = (p += 4);
      for (let c = bytes[p] | 0x20; c >= 0x61 && c <= 0x7a && p - from < 16; c = bytes[++p] | 0x20);
      if (p === from || bytes[p] !== DQUOTE) return false;
      // The types every writer writes are the same few strings, not a string made per cell.
      if (p - from === 1 && bytes[from] === 0x73 /* s */) type = 's';
      else if (p - from === 3 && bytes[from] === 0x73 && bytes[from + 1] === 0x74 /* t */ && bytes[from + 2] === 0x72 /* r */) type = 'str';
      else type = decodeRange(bytes, from, p);
      p++;
    }
    into.type = type;
    into.style = style;
    into.value = undefined;
    into.digits = undefined;
    if (bytes[p] === SLASH) return bytes[p + 1] === GT && p + 2 === end;
    if (bytes[p] !== GT) return false;
    p++;
    // `</c>`, or `<v>`: a '<' either way.
    if (bytes[p] !== LT) return false;
    if (p + 4 === end) return bytes[p + 1] === SLASH && bytes[p + 2] === 0x63 /* c */ && bytes[p + 3] === GT;
    if (bytes[p + 1] !== 0x76 /* v */ || bytes[p + 2] !== GT) return false;
    const from = p + 3;
    let to = from;
    // The value's digits are summed as it is walked to its '<' (one pass, no call): it is a number as String(n)
    // writes it when it is 1 to MAX_DIGITS digits without a leading zero, which Number() and the sum agree on.
    let n = 0;
    let digits = true;
    for (let byte = bytes[to]; byte !== LT && to < end; byte = bytes[++to]) {
      const d = byte - 0x30;
      if (d >= 0 && d <= 9) n = n * 10 + d;
      else if (byte === 0x26 /* & */) return false;
      else digits = false;
    }
    if (to + VALUE_CELL_CLOSE.length !== end) return false;
    for (let k = 1; k < VALUE_CELL_CLOSE.length; k++) if (bytes[to + k] !== VALUE_CELL_CLOSE[k]) return false;
    const count = to - from;
    if (digits && count > 0 && count <= MAX_DIGITS && (bytes[from] !== 0x30 || count === 1) && (type === undefined || type === 's' || type === 'n')) into.digits = n;
    else if (count > 0) into.value = decodeRange(bytes, from, to);
    return true;
  }
}

/**
 * The places of the cells kept so far from the sheet being cut, STRIDE numbers each, in a buffer kept from sheet to
 * sheet (grown when full). The sheet's ByteCells view them where they are, not a copy: a sheet is read before the next
 * is cut, as its bytes are (the reader inflates a sheet into a buffer the next one reuses), and copying them into a
 * typed array of their own, made outside V8's heap, was a tenth of cutting a sheet. Numbers in a typed array, not an
 * Array: the garbage collector neither scans nor copies them.
 */
let cut = new Int32Array(STRIDE * 1024);
let cutLength = 0;
/**
 * Whether each key written to `cut` was above the one before: seen as they are written, so SheetValues need not walk
 * them again (a call to key() per cell twice, TurboFan inlining nothing in the CLI: decision 54).
 */
let cutOrdered = true;

/** The sheet cut to its window, or undefined when it is not in the shape this path takes. */
export function slimSheetBytes(part: Uint8Array, window: SheetWindow): ByteSheet | undefined {
  // A Node Buffer's own indexOf is a binding call with JavaScript around it; a plain view's is the engine's.
  const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  const start = rowsStart(bytes);
  if (start < 0) return undefined;
  const { reach, extraRows } = reachOf(window);
  cutLength = 0;
  cutOrdered = true;
  const tail = cutRows(bytes, start, window, reach.rows, extraRows);
  const merges = tail < 0 ? undefined : tailMerges(bytes, tail, reach);
  return merges && { cells: new ByteCells(bytes, cut.subarray(0, cutLength), cutOrdered), merges };
}

/**
 * The rows from `from` on, their kept cells' places written to `cut`: where what follows the cells begins (at
 * `</sheetData`, or after `</sheetData>` when the rows below the window were skipped), or -1 (not this shape).
 */
function cutRows(bytes: Uint8Array, from: number, window: SheetWindow, lastRow: number, extraRows: ReadonlySet<number>): number {
  // Rows are scanned by hand like their cells (rowCells): the engine's indexOf is a call per tag.
  const length = bytes.length;
  let lt = from;
  for (;;) {
    while (lt < length && bytes[lt] !== LT) lt++;
    // `</sheetData` starts with '</', `<row r="` does not: one of them is compared (a call per row, not two).
    if (bytes[lt + 1] === SLASH) return startsWith(bytes, lt, DATA_CLOSE) ? lt : -1;
    // `<row r="` and the row's number, by hand (calls, TurboFan inlining nothing: decision 54): 1 to MAX_DIGITS
    // digits up to a double quote. Digits hold no '>', so the '>' after that quote ends the tag.
    const isRow = bytes[lt + 1] === 0x72 /* r */ && bytes[lt + 2] === 0x6f /* o */ && bytes[lt + 3] === 0x77; /* w */
    if (!isRow || bytes[lt + 4] !== 0x20 || bytes[lt + 5] !== 0x72 /* r */ || bytes[lt + 6] !== 0x3d /* = */ || bytes[lt + 7] !== DQUOTE) return -1;
    const digitsFrom = lt + ROW_OPEN.length;
    let row = 0;
    let quote = digitsFrom;
    for (let d = bytes[quote] - 0x30; quote - digitsFrom <= MAX_DIGITS && d >= 0 && d <= 9; d = bytes[++quote] - 0x30) row = row * 10 + d;
    if (quote === digitsFrom || quote - digitsFrom > MAX_DIGITS || bytes[quote] !== DQUOTE) return -1;
    let gt = quote + 1;
    while (gt < length && bytes[gt] !== GT) gt++;
    if (gt >= length) return -1;
    if (bytes[gt - 1] === SLASH) {
      lt = gt + 1; // an empty row
      continue;
    }
    if (row > lastRow) {
      // Rows come in order: nothing below is wanted.
      const end = indexOfMarker(bytes, DATA_END, gt + 1);
      return end < 0 ? -1 : end + DATA_END.length;
    }
    if (row <= window.rows || extraRows.has(row)) {
      lt = rowCells(bytes, gt + 1, row, window);
      if (lt < 0) return -1;
    } else {
      const end = indexOfMarker(bytes, ROW_END, gt + 1);
      if (end < 0) return -1;
      lt = end + ROW_END.length;
    }
  }
}

/**
 * Where the rows begin, after the head's `<sheetData>` as the slimmer finds it; -1 for any other head. The
 * slimmer's patterns (rootTag, sheetDataTag) are matched here by hand on the bytes: decoding each sheet's head of a
 * kilobyte to run them was a seventh of cutting the sheet.
 */
function rowsStart(bytes: Uint8Array): number {
  // A byte-order mark (the decoder drops it) or any other non-ASCII first byte: left to the slimmer.
  if (bytes[0] > 0x7f) return -1;
  // The first `<sheetData` by Horspool's search, which looks at a byte in seven or so of the head's, not each: its
  // bytes need not be ASCII, as the markup looked for is, and UTF-8 puts no ASCII byte inside a character.
  const limit = Math.min(bytes.length, MAX_HEAD + 1);
  const last = DATA_OPEN.length - 1;
  let at = 0;
  for (; at + last < limit; at += DATA_SKIPS[bytes[at + last]]) {
    if (bytes[at + last] === DATA_OPEN[last] && bytes[at] === LT && startsWith(bytes, at, DATA_OPEN)) break;
  }
  let gt = at + last;
  for (; gt < limit && bytes[gt] !== GT; gt++) if (bytes[gt] > 0x7f) return -1;
  if (gt >= limit) return -1;
  // The slimmer takes the first <worksheet …> (its prefix must be none, its tag not empty), then the first
  // <sheetData …> after it, which must be the one at `at` and not empty; `at` is the first `<sheetData` at all, so
  // that is: the root tag ends before `at`, and `at`'s name ends there.
  const rootEnd = rootTagEnd(bytes, at);
  if (rootEnd < 0 || rootEnd > at) return -1;
  return endsName(bytes[at + DATA_OPEN.length]) && bytes[gt - 1] !== SLASH ? gt + 1 : -1;
}

/**
 * Where the first tag matching /<((?:[\w.-]+:)?)worksheet(?=[\s>/])[^>]*>/ that starts before `before` ends, in
 * bytes that hold a '>' at or after `before`; -1 when there is none, it has a prefix, it closes itself, or a
 * `worksheet` after a '<' (and a prefix) is followed by a non-ASCII byte, which might be a space to the pattern.
 */
function rootTagEnd(bytes: Uint8Array, before: number): number {
  for (let lt = bytes.indexOf(LT); lt >= 0 && lt < before; lt = bytes.indexOf(LT, lt + 1)) {
    // The prefix group can only end where the run of name characters after '<' ends: ':' is not one of them.
    let p = lt + 1;
    while (isPrefixByte(bytes[p])) p++;
    const name = p > lt + 1 && bytes[p] === COLON ? p + 1 : lt + 1;
    if (!startsWith(bytes, name, WORKSHEET)) continue;
    const after = bytes[name + WORKSHEET.length];
    if (after > 0x7f) return -1;
    if (!endsName(after)) continue;
    if (name !== lt + 1) return -1;
    const gt = bytes.indexOf(GT, name + WORKSHEET.length);
    return bytes[gt - 1] === SLASH ? -1 : gt + 1;
  }
  return -1;
}

/** (?=[\s>/]) on an ASCII byte. */
function endsName(byte: number): boolean {
  return byte === GT || byte === SLASH || byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/** [\w.-] on an ASCII byte. */
function isPrefixByte(byte: number): boolean {
  const lower = byte | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x5f || byte === 0x2e || byte === 0x2d;
}

/** The row's kept cells' places written to `cut`; where the scan goes on, or -1 (not this shape). */
function rowCells(bytes: Uint8Array, from: number, row: number, window: SheetWindow): number {
  // Cells are most of a sheet and a few dozen bytes each: the scan is by hand, not by indexOf, whose every call
  // costs more than walking the bytes between two tags, and each byte is walked once. A row that does not close
  // makes the whole sheet go the general way, so its cells need not wait for the row's end to be kept.
  // TurboFan inlines nothing in the CLI (decision 54), so the per-cell work is written out here, not called: the
  // tag's start, its reference, its end `</c>`, the row's end, and the block's columns, which
  // a row of the label block keeps without asking cellWanted (its first test). The places are written through
  // locals, put back into `cut` when the row closes (a sheet that is not this shape drops them anyway).
  const length = bytes.length;
  const blockCols = row <= window.rows ? window.cols : 0;
  let places = cut;
  let n = cutLength;
  let last = n > 0 ? places[n - STRIDE] : -1;
  let lt = from;
  for (;;) {
    while (lt < length && bytes[lt] !== LT) lt++;
    if (lt >= length) return -1;
    if (bytes[lt + 1] === SLASH) {
      // `</row`, then its '>'.
      if (bytes[lt + 2] !== 0x72 /* r */ || bytes[lt + 3] !== 0x6f /* o */ || bytes[lt + 4] !== 0x77 /* w */) return -1;
      let gt = lt + ROW_CLOSE.length;
      while (gt < length && bytes[gt] !== GT) gt++;
      if (gt >= length) return -1;
      cut = places;
      cutLength = n;
      if (last === -2) cutOrdered = false;
      return gt + 1;
    }
    if (bytes[lt + 1] !== 0x63 /* c */ || bytes[lt + 2] !== 0x20 || bytes[lt + 3] !== 0x72 /* r */ || bytes[lt + 4] !== 0x3d /* = */ || bytes[lt + 5] !== DQUOTE) return -1;
    // The reference `$A$1` (1–3 letters, 1–MAX_DIGITS digits) is read first: its letters, digits and '$' hold no
    // quote and no '>', so when it stops at a quote that is the first quote of the tag (the slimmer's end of the r
    // value), and the '>' is after where it stops.
    const refFrom = lt + CELL_OPEN.length;
    let p = refFrom;
    if (bytes[p] === 0x24 /* $ */) p++;
    const lettersFrom = p;
    let col = 0;
    for (let c = bytes[p] | 0x20; p < length && c >= 0x61 && c <= 0x7a; c = bytes[++p] | 0x20) col = col * 26 + c - 0x60;
    const letters = p - lettersFrom;
    if (bytes[p] === 0x24 /* $ */) p++;
    const digitsFrom = p;
    let refRow = 0;
    for (let d = bytes[p] - 0x30; p < length && d >= 0 && d <= 9; d = bytes[++p] - 0x30) refRow = refRow * 10 + d;
    const placed = letters > 0 && letters <= 3 && p > digitsFrom && p - digitsFrom <= MAX_DIGITS && (bytes[p] === DQUOTE || bytes[p] === SQUOTE);
    let gt = p;
    while (gt < length && bytes[gt] !== GT) gt++;
    if (gt >= length) return -1;
    let end = gt + 1;
    if (bytes[gt - 1] !== SLASH) {
      // Up to the first `</c>`.
      const before = length - 3;
      while (end < before && !(bytes[end] === LT && bytes[end + 1] === SLASH && bytes[end + 2] === 0x63 /* c */ && bytes[end + 3] === GT)) end++;
      if (end >= before) return -1;
      end += 4;
    }
    const start = lt;
    lt = end;
    if (!placed) {
      // Not a reference up to the first quote: the cell is unplaceable, or the tag holds no quote (not this shape).
      let quote = refFrom;
      while (quote < gt && bytes[quote] !== DQUOTE && bytes[quote] !== SQUOTE) quote++;
      if (quote >= gt) return -1;
      continue;
    }
    // A reference Excel could not have written (ZZZZ40, or another row's) makes the cell unplaceable: dropped.
    if (refRow !== row || (col > blockCols && !cellWanted(window, row, col))) continue;
    if (row > MAX_KEPT_ROW) return -1;
    if (n + STRIDE > places.length) {
      const grown = new Int32Array(places.length * 2);
      grown.set(places);
      places = grown;
    }
    const key = (row << COL_BITS) | col;
    // `last` becomes -2 once a key has not risen, and stays so (keys are never negative).
    if (last !== -2) last = key > last ? key : -2;
    places[n] = key;
    places[n + 1] = start;
    places[n + 2] = end;
    n += STRIDE;
  }
}

/**
 * The merges after the cells: every `<mergeCell …>` from `from` on up to the first `</mergeCells>` or `<mergeCells …/>`,
 * as the slimmer's patterns find them, or undefined where a tag's name is followed by a byte that might start a
 * non-ASCII space, or a merge's tag holds a '<' (an end of the merges might start inside it).
 */
function tailMerges(bytes: Uint8Array, from: number, reach: { rows: number; cols: number }): Area[] | undefined {
  // One loop, one call per merge (plainArea): finding each merge (Horspool's search, the marker compared), reading
  // its area and finding its '>' were five calls a merge, TurboFan inlining none of them (decision 54). The marker
  // is the name, `mergeCell`, so that the merges' end, `</mergeCells>`, is found by the same search: what follows it
  // (formatting, data validations with Japanese text, page setup) is not walked.
  const merges: Area[] = [];
  const length = bytes.length;
  const last = MERGE_NAME.length - 1;
  let at = from;
  while (at + last < length) {
    const tail = bytes[at + last];
    if (tail !== MERGE_NAME[last] || bytes[at] !== MERGE_NAME[0]) {
      at += MERGE_SKIPS[tail];
      continue;
    }
    let k = 1;
    while (k < last && bytes[at + k] === MERGE_NAME[k]) k++;
    if (k < last) {
      at += MERGE_SKIPS[tail];
      continue;
    }
    const after = bytes[at + MERGE_NAME.length];
    if (bytes[at - 1] === SLASH && bytes[at - 2] === LT) {
      // `</mergeCell`: the end when it is `</mergeCells\s*>`.
      if (after === 0x73 /* s */) {
        let gt = at + MERGE_NAME.length + 1;
        while (bytes[gt] === 0x20 || (bytes[gt] >= 0x09 && bytes[gt] <= 0x0d)) gt++;
        if (bytes[gt] === GT) return merges;
        if (bytes[gt] > 0x7f) return undefined;
      }
      at++;
      continue;
    }
    if (bytes[at - 1] !== LT) {
      at++;
      continue;
    }
    if (after === 0x73 /* s */) {
      // `<mergeCells`: the end when its tag closes itself (/<mergeCells[^>]*\/>/).
      let gt = at + MERGE_NAME.length + 1;
      while (gt < length && bytes[gt] !== GT) gt++;
      if (gt < length && bytes[gt - 1] === SLASH) return merges;
      at++;
      continue;
    }
    if (after > 0x7f) return undefined;
    if (!(after === SLASH || after === GT || after === 0x20 || (after >= 0x09 && after <= 0x0d))) {
      at++;
      continue;
    }
    // A plain tag is read first, up to its closing quote: nothing in it is a '>', so the tag's '>' is after that.
    const quote = plainArea(bytes, at + MERGE_NAME.length);
    let gt = quote < 0 ? at : quote;
    while (gt < length && bytes[gt] !== GT) {
      if (bytes[gt] === LT) return undefined;
      gt++;
    }
    if (gt >= length) break;
    if (quote < 0) {
      const area = mergeOf(decodeRange(bytes, at - 1, gt + 1), reach);
      if (area && merges.length < MAX_MERGES) merges.push(area);
    } else if (areaTop <= reach.rows && areaLeft <= reach.cols && merges.length < MAX_MERGES) {
      merges.push({ top: areaTop, left: areaLeft, bottom: areaBottom, right: areaRight });
    }
    at = gt + 1;
  }
  return merges;
}

/** The area plainArea read last. */
let areaTop = 0;
let areaLeft = 0;
let areaBottom = 0;
let areaRight = 0;

/**
 * ` ref="A1:B2"` (or `ref="$A$1"`) from `from`, after `<mergeCell`, as Excel and ExcelJS write it, read from its bytes
 * (a sheet has dozens: decoding each tag and matching it cost as much as cutting the cells): where its closing
 * quote is, with its area in areaTop…areaRight; -1 for any other shape (then the slimmer's own patterns read it).
 * A reference is `$A$1`, 1–3 letters and 1–MAX_DIGITS digits; both are read in one loop, not by a helper called twice.
 * They are read up to the first byte that cannot be in them, never a '>': so up to the tag's end.
 */
function plainArea(bytes: Uint8Array, from: number): number {
  if (bytes[from] !== 0x20 || bytes[from + 1] !== 0x72 || bytes[from + 2] !== 0x65 || bytes[from + 3] !== 0x66 || bytes[from + 4] !== 0x3d || bytes[from + 5] !== DQUOTE) return -1;
  const length = bytes.length;
  let p = from + 6;
  let row = 0;
  let col = 0;
  let firstRow = 0;
  let firstCol = 0;
  for (let side = 0; side < 2; side++) {
    if (bytes[p] === 0x24 /* $ */) p++;
    const lettersFrom = p;
    col = 0;
    for (let c = bytes[p] | 0x20; p < length && c >= 0x61 && c <= 0x7a; c = bytes[++p] | 0x20) col = col * 26 + c - 0x60;
    if (p === lettersFrom || p - lettersFrom > 3) return -1;
    if (bytes[p] === 0x24 /* $ */) p++;
    const digitsFrom = p;
    row = 0;
    for (let d = bytes[p] - 0x30; p < length && d >= 0 && d <= 9; d = bytes[++p] - 0x30) row = row * 10 + d;
    if (p === digitsFrom || p - digitsFrom > MAX_DIGITS) return -1;
    if (side === 0) {
      // Without a second reference, the area is the first's cell.
      firstRow = row;
      firstCol = col;
      if (bytes[p] !== COLON) break;
      p++;
    }
  }
  if (bytes[p] !== DQUOTE) return -1;
  areaTop = Math.min(firstRow, row);
  areaLeft = Math.min(firstCol, col);
  areaBottom = Math.max(firstRow, row);
  areaRight = Math.max(firstCol, col);
  return p;
}

function indexOfMarker(bytes: Uint8Array, marker: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(marker[0], from); at >= 0; at = bytes.indexOf(marker[0], at + 1)) if (startsWith(bytes, at, marker)) return at;
  return -1;
}

/** Horspool's table for `marker`: how far it moves when the byte under its last is a given byte. */
function skipsOf(marker: Uint8Array): Uint8Array {
  const skips = new Uint8Array(256).fill(marker.length);
  for (let i = 0; i < marker.length - 1; i++) skips[marker[i]] = marker.length - 1 - i;
  return skips;
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
