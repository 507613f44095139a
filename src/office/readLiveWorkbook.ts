// Reads the open workbook into the model for checking, in at most three context.sync() calls whatever the
// number of sheets: (1) the sheet list, (2) every sheet's names and top-left cells at once, (3) only when a
// name points below or right of that window, those cells. Nothing is written: a write would clear Excel's Undo.
/// <reference types="office-js" />
import { formatAddress, parseAddress } from '../core/cells';
import type { TextCell } from '../core/layout/locate';
import { builtinLayoutsFor } from '../core/format/builtinLayouts';
import type { Layout } from '../core/layout/types';
import { parseNameRef } from '../core/nameRef';
import { readLaidOutSheet } from '../core/readLaidOut';
import type { ReadSheet, WorkbookMeta, WorkbookRead } from '../core/source';
import { metaFromNames } from '../core/workbookMeta';
import { officeErrorText, withExcel } from './excel';
import { rawCellOfLive, type LiveCell } from './liveCell';

export interface LiveReadOptions {
  /** The report year to assume when a sheet does not say (its 対象年度 cell lost). */
  reportYear?: number;
  /** The file name findings carry; the workbook's own name by default. */
  file?: string;
  /** The layouts of the format the workbook follows, chosen from its SeikaFormat (read in the first sync with the
   * sheet list); by default the built-in format it names, else the seed's. */
  layoutsFor?: (meta: WorkbookMeta) => Layout[] | undefined;
}

/** Labels sit near the top-left; like the .xlsx reader, only this window is scanned for them. */
export const LABEL_WINDOW = 'A1:Z200';
const WINDOW_ROWS = 200;
const WINDOW_COLS = 26;
const CELL_PROPERTIES = 'address,values,formulas,valueTypes,numberFormat';

/** A sheet-scoped name as Office.js reports it: its formula starts with = (`=Sheet1!$B$5`, `="project/1"`). */
export interface LiveName {
  name: string;
  formula: string;
}

/** What was read of one sheet before any field is placed. */
export interface LiveSheetData {
  sheetName: string;
  names: LiveName[];
  /** The used part of the label window: its top-left corner and its cells, row by row. */
  window?: { top: number; left: number; cells: LiveCell[][] };
}

export async function readLiveWorkbook(given?: Excel.RequestContext, opts: LiveReadOptions = {}): Promise<WorkbookRead> {
  let file = opts.file ?? 'この Excel ブック';
  try {
    return await withExcel(given, async (context) => {
      const workbook = context.workbook;
      workbook.load('name');
      const worksheets = workbook.worksheets.load('items/name');
      const workbookNames = workbook.names.load('items/name,items/formula');
      await context.sync();
      file = opts.file ?? workbook.name;

      const queued = worksheets.items.map((ws) => ({
        sheetName: ws.name,
        names: ws.names.load('items/name,items/formula,items/scope'),
        window: ws.getRange(LABEL_WINDOW).getUsedRangeOrNullObject(true).load(CELL_PROPERTIES),
      }));
      await context.sync();

      const data: LiveSheetData[] = queued.map((q) => ({
        sheetName: q.sheetName,
        // A worksheet's collection may also list workbook-level names (OfficeDev/office-js#1011).
        names: q.names.items.filter((n) => n.scope !== 'Workbook').map((n) => ({ name: n.name, formula: n.formula })),
        window: q.window.isNullObject ? undefined : windowOf(q.window),
      }));
      const outliers = data.flatMap((d, sheet) => outlyingAddresses(d).map((address) => ({ sheet, address })));
      const outside = outliers.map((o) => ({ ...o, range: worksheets.items[o.sheet].getRange(o.address).load(CELL_PROPERTIES) }));
      if (outside.length > 0) await context.sync();

      const extra = new Map<string, LiveCell>(outside.map((o) => [`${o.sheet}\u0000${o.address}`, cellsOf(o.range)[0][0]]));
      const meta = metaOf(workbookNames.items);
      const layouts = (opts.layoutsFor ?? builtinLayoutsFor)(meta);
      const sheets = data.flatMap((d, i) => {
        const read = readLiveSheet(d, file, opts.reportYear, (address) => extra.get(`${i}\u0000${address}`), layouts);
        return read ? [read] : [];
      });
      return { file, meta, sheets, problems: sheets.length ? [] : [{ code: 'noSeikaSheets' as const }] };
    });
  } catch (e) {
    return { file, meta: {}, sheets: [], problems: [{ code: 'unreadable', detail: officeErrorText(e) }] };
  }
}

/**
 * One sheet's fields, found as the .xlsx reader finds them: the SeikaLayout name or the sheet's labels say
 * which layout it follows; each field's name gives its cell, else its label does.
 */
export function readLiveSheet(
  data: LiveSheetData,
  file: string,
  reportYear: number | undefined,
  outside: (address: string) => LiveCell | undefined = () => undefined,
  layouts?: Layout[],
): ReadSheet | undefined {
  const byName = new Map(data.names.map((n) => [n.name, n]));
  return readLaidOutSheet(
    {
      tabName: data.sheetName,
      nameRef: (name) => {
        const n = byName.get(name);
        return n && parseNameRef(n.formula);
      },
      labels: () => textCells(data),
      raw: (address) => {
        const live = cellAt(data, address) ?? outside(address);
        return live ? rawCellOfLive(live) : { value: null };
      },
    },
    { file, sheetName: data.sheetName },
    reportYear,
    layouts,
  );
}

/** Named cells beyond the label window: the only cells a check reads one by one. */
function outlyingAddresses(data: LiveSheetData): string[] {
  const out = new Set<string>();
  for (const n of data.names) {
    const ref = parseNameRef(n.formula);
    if (!('from' in ref) || (ref.sheet !== undefined && ref.sheet !== data.sheetName)) continue;
    if (ref.from.row > WINDOW_ROWS || ref.from.col > WINDOW_COLS) out.add(formatAddress(ref.from));
  }
  return [...out];
}

/** The cell at an address: from the window, or empty when inside the window but beyond its used part. */
function cellAt(data: LiveSheetData, address: string): LiveCell | undefined {
  const { row, col } = parseAddress(address);
  if (row > WINDOW_ROWS || col > WINDOW_COLS) return undefined;
  const w = data.window;
  return w?.cells[row - w.top]?.[col - w.left] ?? EMPTY;
}

const EMPTY: LiveCell = { value: '', formula: '', valueType: 'Empty', numberFormat: 'General' };

function textCells(data: LiveSheetData): TextCell[] {
  const w = data.window;
  if (!w) return [];
  return w.cells.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const v = rawCellOfLive(cell).value;
      return typeof v === 'string' ? [{ address: formatAddress({ row: w.top + r, col: w.left + c }), text: v }] : [];
    }),
  );
}

function windowOf(range: Excel.Range): LiveSheetData['window'] {
  const { row, col } = parseAddress(range.address.slice(range.address.lastIndexOf('!') + 1).split(':')[0]);
  return { top: row, left: col, cells: cellsOf(range) };
}

function cellsOf(range: Excel.Range): LiveCell[][] {
  const numberFormat = range.numberFormat as unknown[][];
  return range.values.map((row, r) =>
    row.map((value: unknown, c) => ({ value, formula: range.formulas[r][c], valueType: range.valueTypes[r][c], numberFormat: numberFormat[r][c] })),
  );
}

/** What the open workbook says of itself (its SeikaFormat, year, department): its workbook-level names, one sync. */
export async function readLiveMeta(given?: Excel.RequestContext): Promise<WorkbookMeta> {
  try {
    return await withExcel(given, async (context) => {
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();
      return metaOf(names.items);
    });
  } catch {
    return {};
  }
}

function metaOf(names: Array<{ name: string; formula: string }>): WorkbookMeta {
  return metaFromNames((name) => names.find((n) => n.name === name)?.formula);
}
