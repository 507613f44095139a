// workbook.xml's defined names read straight from its inflated bytes when they are written as Excel and ExcelJS
// write them, in front of the general path (decision 39), which reads everything else. A department workbook holds
// ~700 names in 72 KB; decoding the part to text, cutting each name's strings out of it and parsing each reference
// from its text was a fifth of reading a workbook. Here the markup is ASCII, found byte by byte; a name's and a
// sheet's text is decoded once per thread (the same template's names recur in every workbook, a sheet's name in
// each of its names) and a cell reference's numbers are read from the bytes.
import type { CellPos } from '../core/cells';
import { parseNameRef, type NameRef } from '../core/nameRef';
import { ascii, sameBytes, startsWith } from './bytes';
import { decodeXmlEntities } from './definedNames';
import { WorkbookNamesBuilder, type WorkbookNames } from './workbookNames';

export interface PlainWorkbook {
  names: WorkbookNames;
  /** The part's text without the names (its sheets and properties are read from it): see textAround. */
  xml: string;
}

const SECTION = ascii('definedNames');
const SECTION_END = ascii('</definedNames>');
const OPEN = ascii('<definedName name="');
const SCOPE = ascii(' localSheetId="');
const HIDDEN = ascii(' hidden="');
const CLOSE = ascii('</definedName>');
const APOS = ascii('&apos;');
const HIDDEN_VALUES = ['1', 'true', '0', 'false'].map((v) => ascii(`${v}"`));
const [LT, GT, QUOTE, AMP, APOSTROPHE, BANG, DOLLAR, COLON] = ascii('<>"&\'!$:');
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A slice that is not valid UTF-8: the general path decodes the part as a whole, as it always did. */
class NotPlain extends Error {}

/**
 * The names and the rest of the part's text when workbook.xml's names are all of definedNames.ts's plain shape
 * (PLAIN_DEFINED_NAME in a plain section, as plainDefinedNames reads them), else undefined for the general path.
 * The markup is ASCII, and an ASCII byte is never part of another character in UTF-8 nor swallowed by a decoder
 * meeting a broken sequence, so the bytes match where the text would; the texts cut out (names, formulas, sheet
 * names) lie between ASCII delimiters and are decoded strictly, so they are what the whole text holds there.
 */
export function plainNamesBytes(xml: Uint8Array): PlainWorkbook | undefined {
  const from = sectionStart(xml);
  const to = lastIndexOf(xml, SECTION_END);
  if (from < 0 || to < from) return undefined;
  const names = new WorkbookNamesBuilder();
  lastSheetTo = -1;
  scopeSheets.clear();
  runLength = 0;
  const view = new DataView(xml.buffer, xml.byteOffset, xml.byteLength);
  let at = from;
  try {
    while (at < to && at >= 0) {
      at = repeatedNames(xml, view, at, to, names);
      if (at >= 0 && at < to) at = plainName(xml, at, names);
    }
  } catch (e) {
    if (e instanceof NotPlain) return undefined;
    throw e;
  }
  return at === to ? { names, xml: textAround(xml, from, to) } : undefined;
}

/** As plainSectionStart: where the content starts when the part's first `definedNames` is a plain opening tag. */
function sectionStart(xml: Uint8Array): number {
  const at = indexOf(xml, SECTION, 0);
  const from = at + SECTION.length + 1;
  return at >= 1 && xml[at - 1] === LT && xml[from - 1] === GT ? from : -1;
}

/**
 * The text of the part without its names: what precedes the section's content and what follows it, decoded as the
 * whole part is (a BOM is dropped at its start only). workbookParts reads the same from it: the names removed hold no
 * `<` but their own tags' (`<definedName`, `</definedName>`), which none of its patterns can take for a sheet or a
 * workbookPr, and none of its matches reaches past a `>`, which ends the first piece.
 */
function textAround(xml: Uint8Array, from: number, to: number): string {
  return new TextDecoder('utf-8').decode(xml.subarray(0, from)) + new TextDecoder('utf-8', { ignoreBOM: true }).decode(xml.subarray(to));
}

/**
 * Reads the name at `at` into `names` and returns where the next starts, or -1 where it is not of PLAIN_DEFINED_NAME's
 * shape: `<definedName name="…"` (no `"`, `&` or `<` in the name), then ` localSheetId="` one to nine digits `"`,
 * then ` hidden="` 1, true, 0 or false `"`, each optional but in this order, `>`, a formula without `<`, `</definedName>`.
 */
function plainName(xml: Uint8Array, at: number, names: WorkbookNamesBuilder): number {
  if (!startsWith(xml, at, OPEN)) return -1;
  const nameFrom = at + OPEN.length;
  const name = texts.name(xml, nameFrom);
  if (!name) return -1;
  let i = nameFrom + name.bytes.length + 1;
  let localSheetId = -1;
  if (startsWith(xml, i, SCOPE)) {
    i += SCOPE.length;
    const digitsFrom = i;
    for (localSheetId = 0; isDigit(xml[i]) && i - digitsFrom < 9; i++) localSheetId = localSheetId * 10 + xml[i] - 48;
    if (i === digitsFrom || xml[i++] !== QUOTE) return -1;
  }
  if (startsWith(xml, i, HIDDEN)) {
    i += HIDDEN.length;
    const value = HIDDEN_VALUES.find((v) => startsWith(xml, i, v));
    if (!value) return -1;
    i += value.length;
  }
  if (xml[i] !== GT) return -1;
  const formulaFrom = i + 1;
  if (localSheetId >= 0) sheetOfScope(localSheetId);
  const ref = localSheetId < 0 ? undefined : plainRef(xml, formulaFrom);
  let formulaTo = formulaFrom;
  if (ref) formulaTo = refEnd;
  else while (formulaTo < xml.length && xml[formulaTo] !== LT) formulaTo++;
  if (!startsWith(xml, formulaTo, CLOSE)) return -1;
  if (localSheetId < 0) names.addWorkbookName(name.text, formulaText(xml, formulaFrom, formulaTo));
  else names.addSheetName(localSheetId, name.text, ref ?? parseNameRef(formulaText(xml, formulaFrom, formulaTo)));
  // A reference to a sheet starts a run: the names after it in its scope are read by repeatedNames.
  const nameTo = nameFrom + name.bytes.length;
  runFrom = nameTo;
  runLength = ref && 'sheet' in ref ? refCellFrom - nameTo : 0;
  runScopeLength = formulaFrom - nameTo;
  runSheetId = localSheetId;
  runSheet = ref && 'sheet' in ref ? ref.sheet! : '';
  if (runLength > 0) scopeSheets.set(localSheetId, { from: lastSheetFrom, to: lastSheetTo, quoted: lastSheetQuoted, text: lastSheetText });
  return formulaTo + CLOSE.length;
}

/**
 * The sheet last read in each scope of the part. The print areas come first, one a scope, each naming its sheet
 * (`&apos;施策1-1&apos;!$A1:$H44`); the first cell of each scope names it again after the other scopes' cells, so
 * sheetEnd compares it with the scope's sheet rather than the last one read (another), and need not find its text.
 */
const scopeSheets = new Map<number, { from: number; to: number; quoted: boolean; text: string }>();

/** The scope's sheet as the last sheet read, where the scope had one (see scopeSheets). */
function sheetOfScope(localSheetId: number): void {
  const sheet = scopeSheets.get(localSheetId);
  if (!sheet) return;
  lastSheetFrom = sheet.from;
  lastSheetTo = sheet.to;
  lastSheetQuoted = sheet.quoted;
  lastSheetText = sheet.text;
}

/**
 * The last name plainName read that referred to a sheet: where its bytes from the `"` ending its name to the `!`
 * before its cell lie (` localSheetId="3">'施策1-1'!`), how many of them are its scope's (to the `>`), the scope and
 * the sheet's text. Each of a sheet's names repeats those bytes (a constant, the scope's); plainName decides all it
 * reads of a name but the name and what follows them from them alone.
 */
let runFrom = 0;
let runLength = 0;
let runScopeLength = 0;
let runSheetId = 0;
let runSheet = '';

/**
 * Reads the names from `at` on while each is the name that followed the last one the last time (ByteTexts.name's
 * guess), with the run's bytes after it and then one cell, or its scope's and then a string constant, and
 * `</definedName>`; returns where the first that is not starts, or -1 where the last one read has no
 * `</definedName>` (plainName would refuse it too: the part goes the general way). What plainName would read of
 * them, in a few loops over the bytes, four at a time, where plainName's steps took a score of calls a name
 * (TurboFan inlines nothing here, decision 54): the guess's bytes hold no `"`, `&` or `<`, so followed by a `"` they
 * are the name plainName's scan would read; the run's bytes, the same as those of a name plainName read, lead it
 * through the same scope, hidden, quote and sheet to the same `!` (the scope's to the same `>`). `at` follows the
 * `</definedName>` plainName read, and each name is compared with the one before's `</definedName>`, one compare
 * where there were two.
 */
function repeatedNames(xml: Uint8Array, view: DataView, at: number, to: number, names: WorkbookNamesBuilder): number {
  if (runLength === 0) return at;
  const from = runFrom;
  const length = runLength;
  const scopeLength = runScopeLength;
  const id = runSheetId;
  const sheet = runSheet;
  // Where the last name read ends, its `</definedName>`.
  let close = at - CLOSE.length;
  while (close + CLOSE.length < to) {
    const guess = texts.lastName?.next;
    if (!guess || !patternAt(view, xml, close, (guess.record ??= patternOf(CLOSE, OPEN, guess.bytes, QUOTE)))) break;
    const runAt = close + guess.record.bytes.length - 1;
    let ref: NameRef | undefined;
    let end: number;
    if (sameBytesAt(view, xml, runAt, from, length)) {
      end = cellAt(xml, runAt + length);
      if (end < 0 || xml[end] !== LT) break;
      // The cell this name had the last time, when it is the same: a template's names point at the same cells in
      // every workbook, and one object kept rather than one made a name is one the collector need not copy.
      let cell = guess.cell;
      if (!cell || cell.row !== cellRow || cell.col !== cellCol) guess.cell = cell = { row: cellRow, col: cellCol };
      ref = { sheet, from: cell, to: cell };
    } else {
      ref = xml[runAt + scopeLength] === QUOTE && sameBytesAt(view, xml, runAt, from, scopeLength) ? plainConstant(xml, runAt + scopeLength) : undefined;
      if (!ref) break;
      end = refEnd;
    }
    texts.lastName = guess;
    names.addSheetName(id, guess.text, ref);
    close = end;
  }
  return patternAt(view, xml, close, CLOSE_PATTERN) ? close + CLOSE.length : -1;
}

/** Bytes looked for, and the same as little-endian 32-bit words, to be compared four at a time. */
interface Pattern {
  bytes: Uint8Array;
  words: Int32Array;
}

function patternOf(...pieces: (Uint8Array | number)[]): Pattern {
  const bytes = new Uint8Array(pieces.reduce((n: number, p) => n + (typeof p === 'number' ? 1 : p.length), 0));
  let at = 0;
  for (const p of pieces) {
    if (typeof p === 'number') bytes[at++] = p;
    else bytes.set(p, (at += p.length) - p.length);
  }
  const view = new DataView(bytes.buffer);
  const words = new Int32Array(bytes.length >> 2);
  for (let w = 0; w < words.length; w++) words[w] = view.getInt32(w * 4, true);
  return { bytes, words };
}

const CLOSE_PATTERN = patternOf(CLOSE);

/**
 * Whether the pattern's bytes are at `at`. Four at a time through a DataView: a byte at a time, comparing a run of a
 * hundred bytes a name was most of reading the names.
 */
function patternAt(view: DataView, xml: Uint8Array, at: number, pattern: Pattern): boolean {
  const { bytes, words } = pattern;
  if (at < 0 || at + bytes.length > xml.length) return false;
  let w = 0;
  while (w < words.length && view.getInt32(at + w * 4, true) === words[w]) w++;
  if (w < words.length) return false;
  for (let k = w * 4; k < bytes.length; k++) if (xml[at + k] !== bytes[k]) return false;
  return true;
}

/** Whether the `length` bytes at `at` are those at `from`, four at a time as patternAt compares them. */
function sameBytesAt(view: DataView, xml: Uint8Array, at: number, from: number, length: number): boolean {
  if (at + length > xml.length) return false;
  let k = 0;
  while (k + 4 <= length && view.getInt32(at + k, true) === view.getInt32(from + k, true)) k += 4;
  while (k < length && xml[at + k] === xml[from + k]) k++;
  return k === length;
}

/** A formula as plainDefinedName gives it. */
function formulaText(xml: Uint8Array, from: number, to: number): string {
  return decodeXmlEntities(strictText(xml, from, to));
}

/**
 * What parseNameRef gives for the references Excel and ExcelJS write, read from the bytes: a sheet, quoted
 * (`'施策1-1'!`, either quote written `'` or `&apos;`, no quote or `&` within) or bare (`Sheet1!`, ASCII letters,
 * digits, `_` and `.`), then a cell (`$B$5`) or an area (`$A1:$H44`, a print area), each `$` optional, one to
 * three letters and one to seven digits, inside the sheet's edges; or a string constant (`"project/1"`, no quote or
 * `&` within). Such a formula, entities decoded, is what parseNameRef's ABSOLUTE_CELL, or its general path's
 * QUOTED_SHEET or split at the `!`, then CELL_AREA, or STRING_CONSTANT read, with the same parts (none is trimmed:
 * the formula starts with a quote or a letter and ends with a digit or a quote). Undefined for anything else (a
 * doubled quote, another entity, whole rows or columns, an error), which parseNameRef reads from the text.
 */
function plainRef(xml: Uint8Array, from: number): NameRef | undefined {
  if (xml[from] === QUOTE) return plainConstant(xml, from);
  const open = quoteAt(xml, from);
  const sheetFrom = from + open;
  const sheetTo = sheetEnd(xml, sheetFrom, open > 0);
  const close = open ? quoteAt(xml, sheetTo) : 0;
  if (sheetTo === sheetFrom || (open && !close) || xml[sheetTo + close] !== BANG) return undefined;
  const firstEnd = cellAt(xml, sheetTo + close + 1);
  if (firstEnd < 0) return undefined;
  const row = cellRow;
  const col = cellCol;
  const end = xml[firstEnd] === COLON ? cellAt(xml, firstEnd + 1) : firstEnd;
  if (end < 0 || xml[end] !== LT) return undefined;
  refEnd = end;
  refCellFrom = sheetTo + close + 1;
  const sheet = sheetText(xml, sheetFrom, sheetTo, open > 0);
  // One cell's corners are one object: nothing changes a reference once read, and it is one allocation less a name.
  if (end === firstEnd) {
    const cell = { row, col };
    return { sheet, from: cell, to: cell };
  }
  return { sheet, from: { row: Math.min(row, cellRow), col: Math.min(col, cellCol) }, to: { row: Math.max(row, cellRow), col: Math.max(col, cellCol) } };
}

/**
 * Where the formula plainRef read ends, the `<` of its `</definedName>`: plainRef reads the formula without being
 * told where it ends (the bytes it takes are none of them `<`, so it stops there), sparing a pass to find the end.
 */
let refEnd = 0;
/** Where the first cell of the sheet's reference plainRef last read starts, after its `!`. */
let refCellFrom = 0;

/**
 * The last sheet name read in the part being read: where it lies, whether it was quoted, its text, and whether the
 * name sheetEnd last read was the same. A sheet's names follow one another, each naming it, so its bytes are first
 * compared with the last one's (one pass over them, where scanning and then comparing took two). Plain numbers and a
 * string, not an object holding the part: nothing outlives the part (plainNamesBytes starts afresh).
 */
let lastSheetFrom = 0;
let lastSheetTo = -1;
let lastSheetQuoted = false;
let lastSheetText = '';
let sameSheet = false;

/**
 * Where the sheet's name starting at `from` ends: quoted, at the first `'`, `&` or `<` (or the part's end); bare, at
 * the first byte that is not isBareSheetByte's. The last sheet's bytes, read the same way, hold none of the bytes
 * that end it, so where they are found again followed by such a byte, the scan would have stopped there too.
 */
function sheetEnd(xml: Uint8Array, from: number, quoted: boolean): number {
  const length = lastSheetTo - lastSheetFrom;
  sameSheet = false;
  if (quoted === lastSheetQuoted && length > 0 && endsSheet(xml[from + length], quoted)) {
    let k = 0;
    while (k < length && xml[lastSheetFrom + k] === xml[from + k]) k++;
    if (k === length) {
      sameSheet = true;
      return from + length;
    }
  }
  // Scanned by hand, not through endsSheet: a call a byte, ~30 bytes a sheet (decision 54).
  let i = from;
  if (quoted) for (let b = xml[i]; b !== APOSTROPHE && b !== AMP && b !== LT && b !== undefined; b = xml[++i]);
  else while (isBareSheetByte(xml[i])) i++;
  return i;
}

function endsSheet(b: number, quoted: boolean): boolean {
  return quoted ? b === APOSTROPHE || b === AMP || b === LT || b === undefined : !isBareSheetByte(b);
}

/** The text of the sheet sheetEnd last read (a sheet other than the last one, unless it said it was the same). */
function sheetText(xml: Uint8Array, from: number, to: number, quoted: boolean): string {
  if (sameSheet) return lastSheetText;
  lastSheetFrom = from;
  lastSheetTo = to;
  lastSheetQuoted = quoted;
  return (lastSheetText = texts.of(xml, from, to));
}

/**
 * Where the cell at `at` (`$B$5`, `B5`, `$A1`) ends when it lies inside the sheet's edges, its row and column then in
 * cellRow and cellCol; -1 for anything else. Numbers, not an object per cell: two cells a name, ~700 names a part.
 */
function cellAt(xml: Uint8Array, at: number): number {
  let i = xml[at] === DOLLAR ? at + 1 : at;
  let col = 0;
  const lettersFrom = i;
  for (let letter = xml[i] & ~0x20; letter >= 65 && letter <= 90 && i - lettersFrom < 3; letter = xml[++i] & ~0x20) col = col * 26 + letter - 64;
  if (i === lettersFrom) return -1;
  if (xml[i] === DOLLAR) i++;
  let row = 0;
  const digitsFrom = i;
  // Compared here, not through isDigit: two or three digits a cell, a call each (decision 54). Past the end, undefined is neither.
  for (let b = xml[i]; b >= 48 && b <= 57 && i - digitsFrom < 7; b = xml[++i]) row = row * 10 + b - 48;
  if (i === digitsFrom || row < 1 || row > MAX_ROW || col > MAX_COL) return -1;
  cellRow = row;
  cellCol = col;
  return i;
}

let cellRow = 0;
let cellCol = 0;

/** A string constant without a quote or an entity inside. */
function plainConstant(xml: Uint8Array, from: number): NameRef | undefined {
  let i = from + 1;
  for (let b = xml[i]; b !== QUOTE && b !== AMP && b !== LT && b !== undefined; b = xml[++i]);
  if (xml[i] !== QUOTE || xml[i + 1] !== LT) return undefined;
  refEnd = i + 1;
  return { constant: texts.of(xml, from + 1, i) };
}

/** The length of the quote at `at`, as written (`'` or `&apos;`), or 0. */
function quoteAt(xml: Uint8Array, at: number): number {
  if (xml[at] === APOSTROPHE) return 1;
  return startsWith(xml, at, APOS) ? APOS.length : 0;
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 48 && b <= 57;
}

/** [A-Za-z0-9_.]: none of them whitespace, a quote, `!`, `=`, `#` or `"`, which ABSOLUTE_CELL's bare sheet refuses. */
function isBareSheetByte(b: number): boolean {
  const letter = b & ~0x20;
  return (letter >= 65 && letter <= 90) || (b >= 48 && b <= 57) || b === 95 || b === 46;
}

// Searched by hand: Buffer's own indexOf (the inflated part is a Buffer in Node) costs a call into C++ each time.
function indexOf(xml: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0];
  for (let at = from; at < xml.length; at++) if (xml[at] === first && startsWith(xml, at, pattern)) return at;
  return -1;
}

function lastIndexOf(xml: Uint8Array, pattern: Uint8Array): number {
  const first = pattern[0];
  for (let at = xml.length - pattern.length; at >= 0; at--) if (xml[at] === first && startsWith(xml, at, pattern)) return at;
  return -1;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictText(xml: Uint8Array, from: number, to: number): string {
  try {
    return strict.decode(xml.subarray(from, to));
  } catch {
    throw new NotPlain();
  }
}

/** At most this many texts are remembered, then all are forgotten at once (a hostile file's 100,000 names). */
const MAX_TEXTS = 4096;

/**
 * Texts by their bytes, remembered across the workbooks a thread reads: every workbook of a template has the same
 * names, and each of a sheet's names repeats its sheet's name. A hash finds the text, the bytes confirm it (a
 * collision replaces the entry); the bytes are copied so that no part is held.
 */
const HASH_START = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

interface KnownText {
  bytes: Uint8Array;
  text: string;
  /** `</definedName><definedName name="`, the bytes and `"`, made when the name is first guessed (see repeatedNames). */
  record?: Pattern;
  /** The cell this name referred to the last time repeatedNames read it: nothing changes a reference once read. */
  cell?: CellPos;
  /** The name read after this one, the last time this one was read as a name. */
  next?: KnownText;
}

class ByteTexts {
  private readonly known = new Map<number, KnownText>();
  /** The last name read; repeatedNames reads the one that followed it last time (`next`) without a call for each. */
  lastName: KnownText | undefined;

  of(xml: Uint8Array, from: number, to: number): string {
    let hash = HASH_START;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ xml[i], HASH_PRIME);
    return this.hashed(xml, from, to, hash).text;
  }

  /**
   * The name whose bytes start at `from` and end at a `"` (its text and bytes), or undefined where a `&` or `<` (or
   * the part's end) comes first. A template's names come in the same order in every sheet and every workbook, so the
   * name that followed the last one the last time is tried first: its bytes hold no `"`, `&` or `<` (they were read
   * here), so where they are found followed by a `"`, the scan would have read them. One pass over the name, where
   * hashing it, finding the hash and comparing the bytes took two.
   */
  name(xml: Uint8Array, from: number): KnownText | undefined {
    const guess = this.lastName?.next;
    if (guess && xml[from + guess.bytes.length] === QUOTE && startsWith(xml, from, guess.bytes)) return (this.lastName = guess);
    let hash = HASH_START;
    let i = from;
    for (let b = xml[i]; b !== QUOTE; b = xml[++i]) {
      if (b === AMP || b === LT || b === undefined) return undefined;
      hash = Math.imul(hash ^ b, HASH_PRIME);
    }
    const name = this.hashed(xml, from, i, hash);
    // Unless hashed forgot every text, the last name among them.
    if (this.lastName) this.lastName.next = name;
    return (this.lastName = name);
  }

  /** The text of bytes whose FNV-1a hash is `hash`. */
  private hashed(xml: Uint8Array, from: number, to: number, hash: number): KnownText {
    const known = this.known.get(hash);
    if (known && sameBytes(known.bytes, xml, from, to)) return known;
    const text = strictText(xml, from, to);
    if (this.known.size >= MAX_TEXTS) {
      // Nor are the forgotten ones reached through the names that followed one another.
      this.known.clear();
      this.lastName = undefined;
    }
    // Copied: Node's Buffer.slice is a view, which would hold the whole part.
    const entry = { bytes: new Uint8Array(xml.subarray(from, to)), text };
    this.known.set(hash, entry);
    return entry;
  }
}

const texts = new ByteTexts();
