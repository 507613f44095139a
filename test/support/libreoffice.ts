// Test helper: opens .xlsx files in a real LibreOffice (headless), FORCES a full recalculation, and compares every formula's cached result with LibreOffice's.
//
// How it works
// - One LibreOffice user profile per process, in os.tmpdir(). Its user/registrymodifications.xcu sets
//   Calc › Formula › Load › OOXMLRecalcMode = 0 ("always recalculate"): without it LibreOffice shows the
//   cached <v> values of an .xlsx and a wrong cached result would go unnoticed. It also pins the locale to
//   en-US: LibreOffice otherwise follows $LANG (de_DE writes "1234,5" and WAHR, ja_JP writes 2024/1/15).
// - `soffice --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'`
//   writes every sheet to `<base>-<SheetName>.csv` (LibreOffice 7.4; the base is the input file name without
//   its extension). The input is copied to `book.xlsx` in a fresh folder so the base is always `book`.
//   Filter tokens (export meaning, from LibreOffice's ScImportOptions):
//     1 `44` field separator `,`      2 `34` text delimiter `"`     3 `76` UTF-8
//     4 `1`, 5 ``, 6 `0`: import-only / default language
//     7 `false` quote all text cells: no (text is quoted only when it holds `,` `"` or a line break)
//     8 `true`  save numbers as numbers: yes (with `false` every number is written quoted, "1234.5")
//     9 `false` SAVE CELL CONTENTS AS SHOWN: no. This is the display-vs-raw switch. `true` writes the
//               formatted text ("1,234.57", "13%", "0.3"); `false` writes the cell's edit ("input") text,
//               which keeps full numbers (15 significant digits, `1234.5678`, `3.33333333333333E+019`).
//               Even with `false`, LibreOffice keeps some formats in the edit text: percentages (`12.5%`),
//               dates (`01/15/2024`, or `2024-01-15` for ISO formats), times (`06:00:00 PM`, `36:00:00`,
//               `00:08.64`). formulaMismatches() parses those back to numbers.
//    10 `false` save formulas instead of results: no      11 `false` trim spaces: no
//    12 `-1`    export every sheet, one file each (0 or absent = first sheet only, N = Nth sheet)
// - soffice exits 0 even when it cannot load the file ("Error: source file could not be loaded" on
//   stderr), so success is judged by the CSV files it wrote.
// - Conversions are serialised (one profile cannot be used by two LibreOffice processes at once) and
//   batched: those asked for while one runs share the next run. A file converted once is not converted again
//   while it is unchanged.
// - A conversion takes about 1 s.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PATIENCE_MS } from './patience';

/** Filter options for the CSV export; see the header comment for what every token means. */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const TIMEOUT_MS = PATIENCE_MS;

export const INSTALL_HINT =
  'LibreOffice (soffice) is not on PATH. Install it: apt-get install -y --no-install-recommends libreoffice-calc-nogui';

/** True when an executable `soffice` is on PATH. */
export function hasLibreOffice(): boolean {
  return findOnPath('soffice') !== undefined;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

let profileDir: string | undefined;

/** The per-process profile folder (named after the process id, so test files run by one jest worker share it). */
function profile(): string {
  if (profileDir) return profileDir;
  sweepStaleProfiles();
  const dir = path.join(os.tmpdir(), `seika-libreoffice-profile-${process.pid}`);
  const xcu = path.join(dir, 'user', 'registrymodifications.xcu');
  // LibreOffice rewrites this file on exit but keeps our items; rewrite it if they are missing (e.g. a stale
  // folder left by an earlier process with the same id).
  let current = '';
  try {
    current = fs.readFileSync(xcu, 'utf8');
  } catch {
    // new profile
  }
  if (!current.includes('"OOXMLRecalcMode"') || !current.includes('"ooSetupSystemLocale"')) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(xcu), { recursive: true });
    fs.writeFileSync(xcu, REGISTRY);
  }
  profileDir = dir;
  // Remove the profile when the process ends. Under jest this never fires (each test file gets a copy of
  // `process`), so sweepStaleProfiles() also removes the profiles of processes that have ended.
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Deletes our own `seika-libreoffice-profile-<pid>` folders whose process no longer exists. */
function sweepStaleProfiles(): void {
  const tmp = os.tmpdir();
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = /^seika-libreoffice-profile-(\d+)$/.exec(entry);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
      continue; // still running (or not ours to signal): leave it
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') continue;
    }
    try {
      const full = path.join(tmp, entry);
      if (typeof process.getuid === 'function' && fs.statSync(full).uid !== process.getuid()) continue;
      fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
}

interface Conversion {
  source: string;
  resolve: (book: ConvertedBook) => void;
  reject: (err: Error) => void;
}

/** What one soffice run wrote for one input: the CSV text of each sheet, and how to explain a failure. */
interface ConvertedBook {
  csvBySheet: Map<string, string>;
  describe: string;
}

const waiting: Conversion[] = [];
let converting = false;

/**
 * Queues a conversion. One profile serves one LibreOffice process at a time, so a conversion waits for the
 * running one, and every conversion that arrived meanwhile goes into the next run together: one start-up of
 * soffice (most of its cost) for many files.
 */
function convert(source: string): Promise<ConvertedBook> {
  return new Promise<ConvertedBook>((resolve, reject) => {
    waiting.push({ source, resolve, reject });
    if (!converting) void convertWaiting();
  });
}

async function convertWaiting(): Promise<void> {
  converting = true;
  while (waiting.length) await convertBatch(waiting.splice(0, waiting.length));
  converting = false;
}

async function convertBatch(batch: Conversion[]): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-lo-csv-'));
  try {
    const outDir = path.join(work, 'out');
    fs.mkdirSync(outDir);
    const inputs = batch.map((c, i) => {
      const input = path.join(work, `book${i}.xlsx`);
      fs.copyFileSync(c.source, input);
      return input;
    });
    const args = [`-env:UserInstallation=file://${encodeURI(profile())}`, '--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', outDir, ...inputs];
    const started = Date.now();
    const run = await runSoffice(args);
    const written = fs.readdirSync(outDir);
    const describe =
      `soffice ${args.map((a) => JSON.stringify(a)).join(' ')}\n` +
      `exit code ${run.code}${run.signal ? `, signal ${run.signal}` : ''} after ${Date.now() - started} ms\n` +
      `stdout: ${run.stdout.trim() || '(empty)'}\nstderr: ${run.stderr.trim() || '(empty)'}\n` +
      `files written: ${written.length ? written.join(', ') : '(none)'}`;
    for (const [i, c] of batch.entries()) {
      const prefix = `book${i}-`;
      const mine = written.filter((f) => f.startsWith(prefix) && f.endsWith('.csv'));
      if (run.timedOut) c.reject(new Error(`LibreOffice did not finish converting ${c.source} within ${TIMEOUT_MS / 1000} s.\n${describe}`));
      else if (run.code !== 0 || !mine.length) c.reject(new Error(`LibreOffice failed to convert ${c.source}.\n${describe}`));
      else c.resolve({ csvBySheet: new Map(mine.map((f) => [f.slice(prefix.length, -'.csv'.length), fs.readFileSync(path.join(outDir, f), 'utf8')])), describe });
    }
  } catch (err) {
    for (const c of batch) c.reject(err as Error);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runSoffice(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // detached: soffice is a wrapper script around oosplash/soffice.bin; on timeout we kill the whole group.
    const child = spawn('soffice', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start soffice: ${err.message}. ${INSTALL_HINT}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Sheet names of an .xlsx in workbook order (as ExcelJS reads them). */
async function sheetNames(xlsxPath: string): Promise<string[]> {
  return (await readWorkbook(xlsxPath)).worksheets.map((ws) => ws.name);
}

async function readWorkbook(xlsxPath: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(xlsxPath);
  } catch (err) {
    throw new Error(`ExcelJS cannot read ${xlsxPath}: ${(err as Error).message}`);
  }
  return wb;
}

/**
 * Opens `xlsxPath` in LibreOffice with forced recalculation and returns, for every sheet (in workbook
 * order), its rows of cell text as LibreOffice exports them (rows[0][0] is A1; see the header comment for
 * the text form of numbers, dates and percentages). Rows are as long as the sheet's used width.
 */
export async function recalculatedSheets(xlsxPath: string): Promise<Map<string, string[][]>> {
  if (!hasLibreOffice()) throw new Error(INSTALL_HINT);
  const source = path.resolve(xlsxPath);
  const stamp = fileStamp(source);
  const cached = recalculated.get(source);
  if (cached?.stamp === stamp) return cached.sheets;
  // Queued before anything is awaited, so that conversions asked for together (Promise.all) share one run.
  const [book, names] = await Promise.all([convert(source), sheetNames(source)]);
  const sheets = new Map<string, string[][]>();
  for (const name of names) {
    const text = book.csvBySheet.get(name);
    if (text === undefined) throw new Error(`LibreOffice wrote no CSV for sheet ${JSON.stringify(name)} of ${source}.\n${book.describe}`);
    sheets.set(name, parseCsv(text));
  }
  recalculated.set(source, { stamp, sheets });
  return sheets;
}

/** Conversions already made, by file, valid while the file is unchanged (a test often checks one file twice). */
const recalculated = new Map<string, { stamp: string; sheets: Map<string, string[][]> }>();

function fileStamp(file: string): string {
  const st = fs.statSync(file);
  return `${st.size}:${st.mtimeMs}`;
}

/** Parses CSV text (`,` separated, `"` quoted with `""` escapes, line breaks allowed inside quotes). */
/** A sheet's rows without trailing empty cells and rows: two writers' sheets compare by content, not by how far each styled. */
export function trimmedRows(rows: string[][]): string[][] {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Comparison of cached results with LibreOffice's recalculated values

const DAY_MS = 86_400_000;

/** LibreOffice "Err:NNN" codes that have no Excel name, and the Excel errors they stand for. */
const LIBREOFFICE_ERROR_EQUIVALENTS: Record<string, string[]> = {
  'Err:502': ['#NUM!', '#VALUE!'], // "Invalid argument", e.g. SQRT(-1) (#NUM! in Excel), VALUE("abc") (#VALUE!)
};

type Cached =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'string'; value: string; text: string }
  | { kind: 'boolean'; value: boolean; text: string }
  | { kind: 'error'; value: string; text: string };

function cachedOf(result: unknown, epochMs: number): Cached | undefined {
  if (result === undefined || result === null) return undefined;
  if (typeof result === 'number') return { kind: 'number', value: result, text: String(result) };
  if (result instanceof Date) {
    // ExcelJS turns the cached number of a date-formatted cell into a Date; turn it back into a serial.
    if (Number.isNaN(result.getTime())) {
      return { kind: 'number', value: NaN, text: '(a date-formatted number beyond what ExcelJS can read as a date)' };
    }
    return { kind: 'number', value: (result.getTime() - epochMs) / DAY_MS, text: result.toISOString() };
  }
  if (typeof result === 'string') return { kind: 'string', value: result, text: JSON.stringify(result) };
  if (typeof result === 'boolean') {
    const t = result ? 'TRUE' : 'FALSE';
    return { kind: 'boolean', value: result, text: t };
  }
  if (typeof result === 'object' && typeof (result as { error?: unknown }).error === 'string') {
    const e = (result as { error: string }).error;
    return { kind: 'error', value: e, text: e };
  }
  return { kind: 'string', value: String(result), text: JSON.stringify(result) };
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads LibreOffice's exported text of a numeric cell back as a number (dates and times as serial days
 * counted from `epochMs`). Returns the value and the tolerance that the text's precision allows.
 */
function numberFromLibreOffice(text: string, epochMs: number): { value: number; tolerance: number } | undefined {
  const t = text.trim();
  if (NUMBER.test(t)) return { value: Number(t), tolerance: 0 };
  if (t.endsWith('%') && NUMBER.test(t.slice(0, -1))) return { value: Number(t.slice(0, -1)) / 100, tolerance: 0 };

  // Times: "06:00:00 PM", "18:00", "36:00:00" (durations), "00:08.64" (mm:ss.00)
  const time = (s: string): number | undefined => {
    const m = /^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?(?:\s*(AM|PM))?$/i.exec(s);
    if (!m) return undefined;
    let h = Number(m[1]);
    const min = Number(m[2]);
    const sec = m[3] !== undefined ? Number(m[3]) : 0;
    if (m[4]) {
      const pm = m[4].toUpperCase() === 'PM';
      if (h === 12) h = 0;
      if (pm) h += 12;
    }
    return (h * 3600 + min * 60 + sec) / 86_400;
  };
  const minSec = /^(\d+):(\d{1,2}\.\d+)$/.exec(t); // LibreOffice's edit form of times with fractions of a second
  const SECOND = 1 / 86_400;
  if (minSec) return { value: (Number(minSec[1]) * 60 + Number(minSec[2])) / 86_400, tolerance: SECOND };

  const date = (y: number, mo: number, d: number) => (Date.UTC(y, mo - 1, d) - epochMs) / DAY_MS;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](.+))?$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(.+))?$/.exec(t);
  if (iso || us) {
    const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : [us![3], us![1], us![2]];
    const rest = iso ? iso[4] : us![4];
    const fraction = rest === undefined ? 0 : time(rest);
    if (fraction === undefined) return undefined;
    return { value: date(Number(y), Number(mo), Number(d)) + fraction, tolerance: SECOND };
  }
  const onlyTime = time(t);
  if (onlyTime !== undefined) return { value: onlyTime, tolerance: SECOND };
  return undefined;
}

function sameNumber(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= Math.max(tolerance, 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
}

function agrees(cached: Cached, lo: string, epochMs: number): boolean {
  switch (cached.kind) {
    case 'number': {
      const n = numberFromLibreOffice(lo, epochMs);
      return n !== undefined && sameNumber(cached.value, n.value, n.tolerance);
    }
    case 'string':
      return cached.value === lo;
    case 'boolean':
      return lo === cached.text;
    case 'error':
      return lo === cached.value || (LIBREOFFICE_ERROR_EQUIVALENTS[lo] ?? []).includes(cached.value);
  }
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function showLibreOffice(text: string): string {
  return NUMBER.test(text) ? text : JSON.stringify(text);
}

/**
 * Compares every formula cell's cached result (what we wrote) with LibreOffice's recalculated value.
 * Returns one line per disagreement, e.g. `Sheet1!C15: cached 0, LibreOffice 12 (formula N(B2)-SUM(B3:B6))`,
 * or [] when all agree. Numbers compare with a relative tolerance of 1e-9 (LibreOffice writes 15
 * significant digits; dates and times to the second); strings exactly; booleans as TRUE/FALSE; errors by
 * their text (#DIV/0!, #N/A, …). A formula cell without a cached result is reported as "no cached result".
 */
export async function formulaMismatches(xlsxPath: string): Promise<string[]> {
  const [sheets, wb] = await Promise.all([recalculatedSheets(xlsxPath), readWorkbook(xlsxPath)]);
  const epochMs = wb.properties?.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const emptyStringResults = await cachedEmptyStrings(xlsxPath);
  const problems: string[] = [];
  for (const ws of wb.worksheets) {
    const rows = sheets.get(ws.name) ?? [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const where = `${quoteSheet(ws.name)}!${cell.address}`;
        const formula = `(formula ${cell.formula})`;
        const lo = rows[rowNumber - 1]?.[colNumber - 1] ?? '';
        let cached = cachedOf(cell.result, epochMs);
        if (cached === undefined && emptyStringResults.get(ws.name)?.has(cell.address)) {
          cached = { kind: 'string', value: '', text: '""' };
        }
        if (cached === undefined) {
          problems.push(`${where}: no cached result, LibreOffice ${showLibreOffice(lo)} ${formula}`);
        } else if (!agrees(cached, lo, epochMs)) {
          problems.push(`${where}: cached ${cached.text}, LibreOffice ${showLibreOffice(lo)} ${formula}`);
        }
      });
    });
  }
  return problems;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlDecode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : XML_ENTITIES[e],
  );
}

/**
 * Formula cells whose cached result is the empty string (`<f>…</f><v></v>`), by sheet name. ExcelJS reads
 * an empty <v> as "no result", so these are found in the sheet XML directly.
 */
async function cachedEmptyStrings(xlsxPath: string): Promise<Map<string, Set<string>>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(xlsxPath));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const result = new Map<string, Set<string>>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name === undefined || !part) continue;
    const cells = new Set<string>();
    const xml = await text(part);
    const open = /<(?:\w+:)?c\b([^>]*)>/g;
    const close = /<\/(?:\w+:)?c>/g;
    for (let c = open.exec(xml); c; c = open.exec(xml)) {
      if (c[1].endsWith('/')) continue; // <c …/>: no formula
      close.lastIndex = open.lastIndex; // cells do not nest: the next </c> closes this one
      const closing = close.exec(xml);
      const inner = xml.slice(open.lastIndex, closing ? closing.index : xml.length);
      const address = /\br="([A-Z]+\d+)"/.exec(c[1])?.[1];
      if (!address || !/\bt="str"/.test(c[1]) || !/<(?:\w+:)?f[\s>/]/.test(inner)) continue;
      if (/<(?:\w+:)?v\s*\/>|<(?:\w+:)?v>\s*<\/(?:\w+:)?v>/.test(inner)) cells.add(address);
    }
    if (cells.size) result.set(xmlDecode(name), cells);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Printing: how many pages a workbook prints on

/**
 * Converts each workbook to PDF in one LibreOffice run (its print layout: print areas, fit to pages, paper)
 * and returns each one's page count. A profile of its own, removed afterwards, so it never waits for the
 * CSV conversions' profile.
 */
export async function pdfPageCounts(xlsxPaths: string[]): Promise<number[]> {
  if (!hasLibreOffice()) throw new Error(INSTALL_HINT);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-lo-pdf-'));
  try {
    const xcu = path.join(work, 'profile', 'user', 'registrymodifications.xcu');
    fs.mkdirSync(path.dirname(xcu), { recursive: true });
    fs.writeFileSync(xcu, REGISTRY);
    const inputs = xlsxPaths.map((source, i) => {
      const input = path.join(work, `book${i}.xlsx`);
      fs.copyFileSync(source, input);
      return input;
    });
    const outDir = path.join(work, 'out');
    const run = await runSoffice([`-env:UserInstallation=file://${encodeURI(path.join(work, 'profile'))}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...inputs]);
    return inputs.map((_, i) => {
      const pdf = path.join(outDir, `book${i}.pdf`);
      if (run.timedOut || !fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsxPaths[i]} (exit ${run.code}): ${run.stderr.trim()}`);
      // Page objects are written uncompressed: `/Type/Page` (the page tree is `/Type/Pages`).
      return fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
