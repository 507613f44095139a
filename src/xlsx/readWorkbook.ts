// Reads any workbook into model sheets, keeping each value's cell. Sheets are recognised by their
// SeikaLayout name or, when names were lost, by their labels; never by the tab name. A file that cannot
// be read gives a problem, never an exception; a sheet that cannot be read gives a problem for that sheet
// and the workbook's other sheets are still read.
//
// Nothing is unzipped before the zip's central directory has been checked against the limits below, and no
// part is inflated past the size it declares. Only the parts holding values are read (workbook.xml and its
// relationships, the shared strings, the styles, the worksheets); each worksheet is cut as it inflates to the
// cells the reader looks at (slimSheet.ts), and ExcelJS parses that small package.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { loadExcelJs, loadJsZip } from './lazyLibraries';
import type { TextCell } from '../core/layout/locate';
import type { SheetPlace } from '../core/assembleSheet';
import { readLaidOutSheet } from '../core/readLaidOut';
import { printable } from '../core/text';
import type { FileProblem, RawCell, ReadSheet, WorkbookMeta, WorkbookRead } from '../core/source';
import { metaFromNames } from '../core/workbookMeta';
import { parseNameRef, parseWorkbookXml, type DefinedName } from './definedNames';
import type { NameRef } from '../core/nameRef';
import { sniffFile } from './sniff';
import { rawCellOf } from './rawCell';
import { readZipDirectory, type ZipEntry } from './zipDirectory';
import { PartOverflow, partText, streamPartText } from './zipParts';
import { SheetSlimmer, type Area, type SheetWindow } from './slimSheet';
import { excelJsPackage, workbookParts, type SheetPart } from './workbookParts';

export interface ReadOptions {
  /** The report year to assume when a sheet does not say (its 対象年度 cell lost). */
  reportYear?: number;
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
  const sizes = new Map(directory.entries.map((e) => [e.name, e]));
  if (!sizes.has(WORKBOOK_PART)) return failed(file, { code: 'notXlsx', detail: `${WORKBOOK_PART} がありません` });

  const zip = await (await loadJsZip()).loadAsync(bytes);
  const workbookXml = await wholePart(zip, sizes, WORKBOOK_PART);
  const parts = workbookParts(workbookXml, sizes.has(WORKBOOK_RELS) ? await wholePart(zip, sizes, WORKBOOK_RELS) : '');
  const { names } = parseWorkbookXml(workbookXml);
  const worksheets = parts.sheets.filter((s) => s.isWorksheet);
  const common = [parts.sharedStrings, parts.styles].filter((p): p is string => p !== undefined && sizes.has(p));
  const inflated = [...common, ...worksheets.flatMap((s) => (s.path ? [s.path] : []))].reduce((n, p) => n + (sizes.get(p)?.uncompressedSize ?? 0), 0);
  if (inflated > MAX_INFLATED_BYTES) throw new TooLarge(overLimit('inflated ', inflated, MAX_INFLATED_BYTES));
  const sharedStrings = parts.sharedStrings && sizes.has(parts.sharedStrings) ? await wholePart(zip, sizes, parts.sharedStrings) : undefined;
  const styles = parts.styles && sizes.has(parts.styles) ? await wholePart(zip, sizes, parts.styles) : undefined;

  const problems: FileProblem[] = [];
  const namesBySheet = groupBySheet(names);
  const slim: { part: SheetPart; xml: string; merges: Area[] }[] = [];
  for (const part of worksheets) {
    const sheetNames = namesBySheet.get(part.index) ?? [];
    try {
      slim.push({ part, ...(await slimPart(zip, sizes, part, windowOf(sheetNames, part.name))) });
    } catch (e) {
      problems.push({ code: e instanceof TooLarge ? 'tooLarge' : 'unreadable', sheet: printable(part.name), detail: messageOf(e) });
    }
  }

  const sheets: ReadSheet[] = [];
  const loaded = slim.length ? await loadIsolating({ sharedStrings, styles, date1904: parts.date1904 }, slim.map((s) => s.xml)) : [];
  const refused = loaded.filter((l) => 'error' in l);
  // Every sheet refused on its own: the fault is in what they share (shared strings, styles), not in each.
  if (loaded.length > 1 && refused.length === loaded.length) return failed(file, { code: 'unreadable', detail: (refused[0] as { error: string }).error });
  for (const [i, outcome] of loaded.entries()) {
    const { part, merges } = slim[i];
    // Excel allows no control character in a tab name; one in a hostile file must not reach a terminal (a CR
    // rewrites the line it is printed on), so the sheet is shown by its printable name and matched by its own.
    const shown = printable(part.name);
    if ('error' in outcome) {
      problems.push({ code: 'unreadable', sheet: shown, detail: outcome.error });
      continue;
    }
    try {
      const read = readSheet(outcome.ws, part.name, merges, namesBySheet.get(part.index) ?? [], { file, sheetName: shown }, opts);
      if (read) sheets.push(read);
    } catch (e) {
      problems.push({ code: 'unreadable', sheet: shown, detail: messageOf(e) });
    }
  }
  if (!sheets.length && !problems.length) problems.push({ code: 'noSeikaSheets' });
  return { file, meta: metaOf(names), sheets, problems };
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
async function wholePart(zip: JSZip, sizes: Map<string, ZipEntry>, path: string): Promise<string> {
  const declared = sizes.get(path)?.uncompressedSize ?? 0;
  if (declared > MAX_XML_PART_BYTES) throw new TooLarge(overLimit(`${path} `, declared, MAX_XML_PART_BYTES));
  return partText(zip, path, declared);
}

async function slimPart(zip: JSZip, sizes: Map<string, ZipEntry>, part: SheetPart, window: SheetWindow): Promise<{ xml: string; merges: Area[] }> {
  const entry = part.path ? sizes.get(part.path) : undefined;
  if (!part.path || !entry) throw new Error(`${part.path ?? 'its part'} is missing`);
  if (entry.uncompressedSize > MAX_SHEET_PART_BYTES) throw new TooLarge(overLimit(`${part.path} `, entry.uncompressedSize, MAX_SHEET_PART_BYTES));
  const slimmer = new SheetSlimmer(window);
  try {
    await streamPartText(zip, part.path, entry.uncompressedSize, (text) => slimmer.push(text));
  } catch (e) {
    if (e instanceof PartOverflow) throw e;
    throw new Error(`${part.path}: ${messageOf(e)}`);
  }
  return slimmer.finish();
}

/** Each name's reference, parsed once (a workbook of 1,000 sheets has 120,000 names). */
const parsedRefs = new WeakMap<DefinedName, NameRef>();
function refOf(name: DefinedName): NameRef {
  let ref = parsedRefs.get(name);
  if (!ref) parsedRefs.set(name, (ref = parseNameRef(name.formula)));
  return ref;
}

/** The label block, and every cell a name of this sheet points at (rows inserted above move them anywhere). */
function windowOf(names: DefinedName[], sheetName: string): SheetWindow {
  const cells = new Set<string>();
  for (const n of names) {
    const ref = refOf(n);
    if ('from' in ref && (ref.sheet === undefined || ref.sheet === sheetName)) cells.add(`${ref.from.row}:${ref.from.col}`);
  }
  return { rows: LABEL_SCAN.rows, cols: LABEL_SCAN.cols, cells };
}

function groupBySheet(names: DefinedName[]): Map<number, DefinedName[]> {
  const out = new Map<number, DefinedName[]>();
  for (const n of names) {
    if (n.localSheetId === undefined) continue;
    const own = out.get(n.localSheetId);
    if (own) own.push(n);
    else out.set(n.localSheetId, [n]);
  }
  return out;
}

type Loaded = { ws: ExcelJS.Worksheet } | { error: string };

/**
 * Loads the cut sheets in one ExcelJS workbook. When ExcelJS refuses it, the shared parts are tried alone (if
 * they fail, the file is unreadable) and the sheets are halved until each refused sheet stands alone: one bad
 * sheet costs a few extra loads of small parts and hides none of the others.
 */
async function loadIsolating(common: { sharedStrings?: string; styles?: string; date1904: boolean }, sheets: string[]): Promise<Loaded[]> {
  const out: Loaded[] = new Array<Loaded>(sheets.length);
  const load = async (indices: number[]): Promise<void> => {
    const wb = new (await loadExcelJs()).Workbook();
    await wb.xlsx.load((await excelJsPackage({ ...common, sheets: indices.map((i) => sheets[i]) })) as unknown as ArrayBuffer);
    indices.forEach((sheet, i) => {
      const ws = wb.getWorksheet(`S${i + 1}`);
      out[sheet] = ws ? { ws } : { error: 'ExcelJS did not load the sheet' };
    });
  };
  const halves = async (indices: number[], error: unknown): Promise<void> => {
    if (indices.length === 1) return void (out[indices[0]] = { error: messageOf(error) });
    for (const half of [indices.slice(0, indices.length >> 1), indices.slice(indices.length >> 1)]) {
      try {
        await load(half);
      } catch (e) {
        await halves(half, e);
      }
    }
  };
  const all = sheets.map((_, i) => i);
  try {
    await load(all);
  } catch (e) {
    await load([]); // throws when the shared strings or styles themselves are refused: nothing can be read
    await halves(all, e);
  }
  return out;
}

function metaOf(names: DefinedName[]): WorkbookMeta {
  return metaFromNames((name) => names.find((n) => n.localSheetId === undefined && n.name === name)?.formula);
}

function readSheet(ws: ExcelJS.Worksheet, sheetName: string, merges: Area[], names: DefinedName[], place: SheetPlace, opts: ReadOptions): ReadSheet | undefined {
  // Excel refuses a workbook with a name given twice for one sheet; were it not to, the first would stand.
  const byName = new Map<string, DefinedName>();
  for (const n of names) if (!byName.has(n.name)) byName.set(n.name, n);
  return readLaidOutSheet(
    {
      tabName: sheetName,
      nameRef: (name) => {
        const n = byName.get(name);
        return n && refOf(n);
      },
      labels: () => textCells(ws, hiddenByMerges(merges)),
      raw: (address) => rawAt(ws, address, merges),
    },
    place,
    opts.reportYear,
  );
}

/** A cell merged into another shows nothing in Excel (merging keeps the top-left value only), so it reads empty. */
function rawAt(ws: ExcelJS.Worksheet, address: string, merges: Area[]): RawCell {
  const cell = ws.getCell(address);
  const { row, col } = cell.fullAddress;
  const covered = merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  return covered ? { value: null } : rawCellOf(cell);
}

/** Cells of the label block covered by a merge without being its top-left cell, as `row:col`. */
function hiddenByMerges(merges: Area[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, LABEL_SCAN.rows); r++) {
      for (let c = m.left; c <= Math.min(m.right, LABEL_SCAN.cols); c++) if (r !== m.top || c !== m.left) out.add(`${r}:${c}`);
    }
  }
  return out;
}

function textCells(ws: ExcelJS.Worksheet, hidden: Set<string>): TextCell[] {
  const out: TextCell[] = [];
  ws.eachRow((row, r) => {
    if (r > LABEL_SCAN.rows) return;
    row.eachCell((cell, c) => {
      if (c > LABEL_SCAN.cols || hidden.has(`${r}:${c}`)) return;
      const v = rawCellOf(cell).value;
      if (typeof v === 'string') out.push({ address: cell.address, text: v });
    });
  });
  return out;
}
