// Reads any workbook into model sheets, keeping each value's cell. Sheets are recognised by their
// SeikaLayout name or, when names were lost, by their labels; never by the tab name. A file that cannot
// be read gives a problem, never an exception; a sheet that cannot be read gives a problem for that sheet
// and the workbook's other sheets are still read.
//
// Nothing is unzipped before the zip's central directory has been checked against the limits below, and no
// part is inflated past the size it declares. Only the parts holding values are read, straight from the zip's
// bytes (no ExcelJS, no JSZip: this runs in the pane's worker too): workbook.xml and its relationships for the
// sheets and names, the shared strings, each worksheet cut as it inflates to the cells the reader looks at
// (slimSheet.ts), whose values sheetCells.ts reads, and the styles only when a number's format decides whether
// it is a date.
import { builtinLayoutsFor } from '../core/format/builtinLayouts';
import type { TextCell } from '../core/layout/locate';
import type { SheetPlace } from '../core/assembleSheet';
import { formatAddress, parseAddress } from '../core/cells';
import type { Layout } from '../core/layout/types';
import { readLaidOutSheet } from '../core/readLaidOut';
import { printable } from '../core/text';
import { NO_VALUE, type FileProblem, type ReadSheet, type WorkbookMeta, type WorkbookRead } from '../core/source';
import { metaFromNames } from '../core/workbookMeta';
import { parseDefinedNames } from './definedNames';
import type { NameRef } from '../core/nameRef';
import { parseDateStyles, type DateStyles } from './numberFormats';
import { parseSharedStrings } from './sharedStrings';
import { SheetValues, type CellContext } from './sheetCells';
import { sniffFile } from './sniff';
import { readZipDirectory, type ZipEntry } from './zipDirectory';
import { japaneseText, PartMemo, PartOverflow, partText, streamPartText, wholePartBytes, wholeText } from './zipParts';
import { plainNamesBytes } from './plainNamesBytes';
import { cellKey, SheetSlimmer, type Area, type SheetWindow, type SlimSheet } from './slimSheet';
import { slimSheetBytes } from './slimSheetBytes';
import { workbookParts, type SheetPart, type WorkbookParts } from './workbookParts';
import { workbookNamesOf, type SheetNames, type WorkbookNames } from './workbookNames';

export interface ReadOptions {
  /** The report year to assume when a sheet does not say (its 対象年度 cell lost). */
  reportYear?: number;
  /** The layouts of the format the workbook follows, chosen from what it says of itself (its SeikaFormat name),
   * when not the built-in one (`seika check --format`). */
  layoutsFor?: (meta: WorkbookMeta) => Layout[] | undefined;
}

const MB = 1024 * 1024;

/**
 * The file as submitted. Department workbooks are tens of kilobytes (the seed's largest is under 60 KB) and a
 * few megabytes with pictures; past this it is not a results report, and holding it is the first cost.
 */
export const MAX_FILE_BYTES = 64 * MB;
/** Parts in the zip. A workbook of 1,000 sheets has about 2,000 (each sheet and its relationships). */
export const MAX_ZIP_ENTRIES = 10_000;
/**
 * A part read whole into memory, inflated: workbook.xml (a 1,000-sheet workbook's 120,000 names are ~10 MB),
 * its relationships, the styles and the shared strings (a 100,000-row ledger's are a few MB). ExcelJS holds the
 * shared strings as objects at several times their size, so this bounds the memory of one file; a zip bomb's
 * sharedStrings.xml of hundreds of megabytes is refused here, from its central directory, before inflating.
 */
export const MAX_XML_PART_BYTES = 32 * MB;
/**
 * A worksheet, inflated. Worksheets are cut as they inflate, so memory stays flat whatever their size; this
 * bounds the time spent inflating one (about a second per 100 MB).
 */
export const MAX_SHEET_PART_BYTES = 256 * MB;
/** Every part read, inflated, together: bounds the time of one file as MAX_SHEET_PART_BYTES bounds one sheet. */
export const MAX_INFLATED_BYTES = 512 * MB;

/** Labels sit near the top-left; scanning a bounded area keeps a 100,000-row sheet cheap. */
const LABEL_SCAN = { rows: 200, cols: 26 };
const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** A limit the file is over: reported as `tooLarge` with what was measured. */
class TooLarge extends Error {}

export async function readWorkbook(bytes: Uint8Array, file: string, opts: ReadOptions = {}): Promise<WorkbookRead> {
  try {
    return await read(bytes, file, opts);
  } catch (e) {
    if (e instanceof TooLarge) return failed(file, { code: 'tooLarge', detail: e.message });
    return failed(file, { code: 'unreadable', detail: messageOf(e) });
  }
}

async function read(bytes: Uint8Array, file: string, opts: ReadOptions): Promise<WorkbookRead> {
  const sniffed = sniffFile(bytes);
  if (sniffed) return failed(file, sniffed);
  if (bytes.length > MAX_FILE_BYTES) return failed(file, { code: 'tooLarge', detail: overLimit('', bytes.length, MAX_FILE_BYTES) });
  const directory = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  if ('error' in directory) return failed(file, { code: 'unreadable', detail: directory.error });
  if ('tooMany' in directory) return failed(file, { code: 'tooLarge', detail: `${directory.tooMany} zip entries > ${MAX_ZIP_ENTRIES}` });
  // Set one by one (the later of two entries of one name, as a Map of pairs), not made of an array of pairs per file.
  const sizes = new Map<string, ZipEntry>();
  for (const entry of directory.entries) sizes.set(entry.name, entry);
  if (!sizes.has(WORKBOOK_PART)) return failed(file, { code: 'notXlsx', detail: `${WORKBOOK_PART} がありません` });

  const { xml: workbookXml, names } = workbookPart(bytes, sizes);
  const parts = workbookParts(workbookXml, sizes.has(WORKBOOK_RELS) ? wholePart(bytes, sizes, WORKBOOK_RELS) : '');
  const worksheets = parts.sheets.filter((s) => s.isWorksheet);
  const common = [parts.sharedStrings, parts.styles].filter((p): p is string => p !== undefined && sizes.has(p));
  const inflated = [...common, ...worksheets.flatMap((s) => (s.path ? [s.path] : []))].reduce((n, p) => n + (sizes.get(p)?.uncompressedSize ?? 0), 0);
  if (inflated > MAX_INFLATED_BYTES) throw new TooLarge(overLimit('inflated ', inflated, MAX_INFLATED_BYTES));
  const context = sharedContext(bytes, sizes, parts);

  const problems: FileProblem[] = [];
  const sheets: ReadSheet[] = [];
  const meta = metaFromNames((name) => names.formulaOf(name));
  const layouts = (opts.layoutsFor ?? builtinLayoutsFor)(meta);
  for (const part of worksheets) {
    const sheetNames = names.sheets.get(part.index) ?? NO_NAMES;
    // Excel allows no control character in a tab name; one in a hostile file must not reach a terminal (a CR
    // rewrites the line it is printed on), so the sheet is shown by its printable name and matched by its own.
    const shown = printable(part.name);
    try {
      const { cells, merges } = sheetCells(bytes, sizes, part, windowOf(sheetNames.refs, part.name), context);
      const read = readSheet(cells, merges, part.name, sheetNames, { file, sheetName: shown }, opts.reportYear, layouts);
      if (read) sheets.push(read);
    } catch (e) {
      // What all sheets share (the shared strings, the styles) failing makes the whole file unreadable.
      if (e instanceof SharedPartError) throw e.cause;
      problems.push({ code: e instanceof TooLarge ? 'tooLarge' : 'unreadable', sheet: shown, detail: messageOf(e) });
    }
  }
  if (!sheets.length && !problems.length) problems.push({ code: 'noSeikaSheets' });
  return { file, meta, sheets, problems };
}

/** A part every sheet reads failed: the file is unreadable, not the sheet that first asked for it. */
class SharedPartError extends Error {
  constructor(override readonly cause: unknown) {
    super(messageOf(cause));
  }
}

/** The date styles of the last few styles parts read (a city's files, copies of one template, mostly share one). */
const STYLES = new PartMemo<DateStyles>(4);

/**
 * The shared strings, read before any sheet (every sheet has text), and the styles, read when a sheet first holds
 * a number with a format (their only use here is telling dates from numbers).
 */
function sharedContext(bytes: Uint8Array, sizes: Map<string, ZipEntry>, parts: WorkbookParts): CellContext {
  const present = (path: string | undefined) => (path !== undefined && sizes.has(path) ? path : undefined);
  const stringsPart = present(parts.sharedStrings);
  const stylesPart = present(parts.styles);
  let dateStyles: DateStyles | undefined;
  return {
    sharedStrings: stringsPart ? parsedPart(bytes, sizes, stringsPart, parseSharedStrings) : [],
    date1904: parts.date1904,
    dateStyles: () => {
      try {
        return (dateStyles ??= stylesPart ? STYLES.value(bytes, sizes.get(stylesPart)!, () => parsedPart(bytes, sizes, stylesPart, parseDateStyles)) : () => false);
      } catch (e) {
        throw new SharedPartError(e);
      }
    },
  };
}

function failed(file: string, problem: FileProblem): WorkbookRead {
  return { file, meta: {}, sheets: [], problems: [problem] };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A size against its limit, rounded up so that over the limit never reads as equal to it: "64.1 MB > 64 MB". */
function overLimit(what: string, n: number, limit: number): string {
  return `${what}${Math.ceil((n / MB) * 10) / 10} MB > ${limit / MB} MB`;
}

/** A part read whole, refused from its declared size before inflating, and never inflated past it. */
function wholePart(bytes: Uint8Array, sizes: Map<string, ZipEntry>, path: string): string {
  return partText(bytes, wholePartEntry(sizes, path));
}

/** The entry of a part to be read whole, once its declared size is within the limit. */
function wholePartEntry(sizes: Map<string, ZipEntry>, path: string): ZipEntry {
  const entry = sizes.get(path);
  if (!entry) throw new Error(`${path} is missing`);
  if (entry.uncompressedSize > MAX_XML_PART_BYTES) throw new TooLarge(overLimit(`${path} `, entry.uncompressedSize, MAX_XML_PART_BYTES));
  return entry;
}

/**
 * workbook.xml's names, and its text for its sheets and parts: the names read from the bytes where they are all
 * plain (plainNamesBytes.ts, the part's text then without them), else from the whole text, as always.
 */
function workbookPart(bytes: Uint8Array, sizes: Map<string, ZipEntry>): { xml: string; names: WorkbookNames } {
  const entry = wholePartEntry(sizes, WORKBOOK_PART);
  const whole = wholePartBytes(bytes, entry);
  const plain = whole && plainNamesBytes(whole);
  if (plain) return plain;
  const xml = whole ? japaneseText(whole) : partText(bytes, entry);
  return { xml, names: workbookNamesOf(parseDefinedNames(xml)) };
}

/** A part read whole and parsed; what goes wrong is told with the part's name. */
function parsedPart<T>(bytes: Uint8Array, sizes: Map<string, ZipEntry>, path: string, parse: (xml: string) => T): T {
  const xml = wholePart(bytes, sizes, path);
  try {
    return parse(xml);
  } catch (e) {
    throw new Error(`${path}: ${messageOf(e)}`);
  }
}

/** The sheet's kept cells and their values, and its merges; a sheet that cannot be read is told with its part's name. */
function sheetCells(bytes: Uint8Array, sizes: Map<string, ZipEntry>, part: SheetPart, window: SheetWindow, context: CellContext): { cells: SheetValues; merges: Area[] } {
  const entry = part.path ? sizes.get(part.path) : undefined;
  if (!part.path || !entry) throw new Error(`${part.path ?? 'its part'} is missing`);
  if (entry.uncompressedSize > MAX_SHEET_PART_BYTES) throw new TooLarge(overLimit(`${part.path} `, entry.uncompressedSize, MAX_SHEET_PART_BYTES));
  try {
    // Transient: the sheet is cut and read (readSheet, synchronous) before the next sheet's part is inflated, and
    // nothing read of it points into its bytes (its values are strings of their own).
    const whole = wholePartBytes(bytes, entry, true);
    const { cells, merges } = (whole && slimSheetBytes(whole, window)) ?? slimSheetText(bytes, entry, whole, window);
    return { cells: new SheetValues(cells, context), merges };
  } catch (e) {
    if (e instanceof PartOverflow || e instanceof SharedPartError) throw e;
    throw new Error(`${part.path}: ${messageOf(e)}`);
  }
}

/** The general path: the sheet's text cut as it inflates (or as a whole, when it was inflated whole). */
function slimSheetText(bytes: Uint8Array, entry: ZipEntry, whole: Uint8Array | undefined, window: SheetWindow): SlimSheet {
  const slimmer = new SheetSlimmer(window);
  if (whole) slimmer.push(wholeText(whole));
  else streamPartText(bytes, entry, (text) => slimmer.push(text));
  return slimmer.finish();
}

/** A sheet without names of its own. */
const NO_NAMES: SheetNames = { byName: new Map(), refs: [] };

/**
 * The label block, and every cell a name of this sheet points at outside it (rows inserted above move them
 * anywhere). Named cells inside the block are kept with it: leaving them out of the set keeps it empty for a
 * sheet as its template drew it (a Set of a hundred cells per sheet cost as much as cutting the sheet).
 */
function windowOf(refs: NameRef[], sheetName: string): SheetWindow {
  const cells = new Set<number>();
  for (const ref of refs) {
    if (!('from' in ref)) continue;
    const { row, col } = ref.from;
    // The place first: most names point into the block, and comparing the sheet's name (another copy of the
    // same text) for each was most of the cost.
    if (row <= LABEL_SCAN.rows && col <= LABEL_SCAN.cols) continue;
    if (ref.sheet === undefined || ref.sheet === sheetName) cells.add(cellKey(row, col));
  }
  return { rows: LABEL_SCAN.rows, cols: LABEL_SCAN.cols, cells };
}

function readSheet(cells: SheetValues, merges: Area[], sheetName: string, names: SheetNames, place: SheetPlace, reportYear?: number, layouts?: Layout[]): ReadSheet | undefined {
  const { byName } = names;
  const marked = markMerged(merges);
  const covered = marked ?? ((row: number, col: number) => coveredBy(merges, row, col));
  return readLaidOutSheet(
    {
      tabName: sheetName,
      nameRef: (name) => byName.get(name),
      labels: () => textCells(cells, marked ?? hiddenIn(hiddenByMerges(merges))),
      raw: (address, at = parseAddress(address)) => (!covered(at.row, at.col) && cells.at(at.row, at.col)) || NO_VALUE,
    },
    place,
    reportYear,
    layouts,
  );
}

/** A cell merged into another shows nothing in Excel (merging keeps the top-left value only), so it reads empty. */
function coveredBy(merges: Area[], row: number, col: number): boolean {
  return merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

/**
 * coveredBy, answered from the label block's merged cells marked once per sheet: each of a sheet's sixty named cells
 * tested every merge (a sheet of ours has forty), which was most of reading its cells once they were cut. A cell
 * outside the block tests the merges that reach outside it. Undefined (test every merge, as before) for merges that
 * would take long to mark (hostile: thousands over the block) or are not whole cells. The answer is asked only while
 * its sheet is read (readSheet is synchronous), so every sheet marks the same map, with a number of its own.
 */
function markMerged(merges: Area[]): ((row: number, col: number) => boolean) | undefined {
  const { rows, cols } = LABEL_SCAN;
  let spans = 0;
  for (const m of merges) {
    if (!Number.isInteger(m.top) || !Number.isInteger(m.left) || !Number.isInteger(m.bottom) || !Number.isInteger(m.right)) return undefined;
    spans += Math.max(0, Math.min(m.bottom, rows) - Math.max(m.top, 1) + 1);
  }
  if (spans > MAX_MARKED_SPANS) return undefined;
  const { block } = MERGE_MARKS;
  const mark = nextMark();
  const beyond: Area[] = [];
  for (const m of merges) {
    if (m.top < 1 || m.left < 1 || m.bottom > rows || m.right > cols) beyond.push(m);
    for (let r = Math.max(m.top, 1); r <= Math.min(m.bottom, rows); r++) {
      // The merge's top-left cell holds its value: it is not covered (unless another merge covers it).
      const left = r === m.top ? Math.max(m.left + 1, 1) : Math.max(m.left, 1);
      // A loop, not block.fill: a merge spans a few cells, and TypedArray's fill is a call into C++ each time.
      for (let at = (r - 1) * cols + left - 1, to = (r - 1) * cols + Math.min(m.right, cols); at < to; at++) block[at] = mark;
    }
  }
  return (row, col) => {
    const inBlock = row >= 1 && row <= rows && col >= 1 && col <= cols && Number.isInteger(row) && Number.isInteger(col);
    return inBlock ? block[(row - 1) * cols + col - 1] === mark : coveredBy(beyond, row, col);
  };
}

/** Rows of merges marked at most, past which a sheet's merges are tested one by one: four label blocks' worth. */
const MAX_MARKED_SPANS = 4 * LABEL_SCAN.rows;

/**
 * The label block's merged cells, marked with the number of the sheet that marked them: one map for every sheet read
 * here, neither made (an ArrayBuffer per sheet cost more than the marking) nor cleared for each.
 */
const MERGE_MARKS = { block: new Uint32Array(LABEL_SCAN.rows * LABEL_SCAN.cols), last: 0 };

function nextMark(): number {
  if (MERGE_MARKS.last === 0xffff_ffff) {
    MERGE_MARKS.block.fill(0);
    MERGE_MARKS.last = 0;
  }
  return ++MERGE_MARKS.last;
}

/** Cells of the label block covered by a merge without being its top-left cell, by cellKey. */
function hiddenByMerges(merges: Area[]): Set<number> {
  const out = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, LABEL_SCAN.rows); r++) {
      for (let c = m.left; c <= Math.min(m.right, LABEL_SCAN.cols); c++) if (r !== m.top || c !== m.left) out.add(cellKey(r, c));
    }
  }
  return out;
}

function hiddenIn(hidden: Set<number>): (row: number, col: number) => boolean {
  return (row, col) => hidden.has(cellKey(row, col));
}

/** The label block's cells holding text, row by row, left to right, but those merged into another. */
function textCells(cells: SheetValues, covered: (row: number, col: number) => boolean): TextCell[] {
  const out: (TextCell & { row: number; col: number })[] = [];
  for (const { row, col } of cells.places()) {
    if (row > LABEL_SCAN.rows || col > LABEL_SCAN.cols || covered(row, col)) continue;
    const value = cells.at(row, col)?.value;
    if (typeof value === 'string') out.push({ row, col, address: formatAddress({ row, col }), text: value });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col).map(({ address, text }) => ({ address, text }));
}
