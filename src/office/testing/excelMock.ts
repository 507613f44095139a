// Test helper: an office-addin-mock Excel whose workbook is built from a real .xlsx (what Excel would show
// the add-in), for readers. A property read before load + sync throws, as in Excel (office-addin-mock
// itself returns an error string then). The writing double is recordingExcel.ts.
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OfficeMockObject } from 'office-addin-mock';
import { formatAddress, parseAddress } from '../../core/cells';
import { readWorkbookNames } from '../../xlsx/definedNames';
import type { LiveCell } from '../liveCell';

/** A worksheet as the add-in sees it through Office.js. */
export interface MockSheet {
  name: string;
  /** Sheet-scoped names, formulas starting with = as NamedItem.formula gives them. */
  names: Array<{ name: string; formula: string; scope?: 'Worksheet' | 'Workbook' }>;
  cells: Map<string, LiveCell>;
}

export interface MockBook {
  name: string;
  sheets: MockSheet[];
  /** Workbook-level names (SeikaFormat, SeikaReportYear, SeikaDepartment). */
  names: Array<{ name: string; formula: string }>;
}

type Data = Record<string, unknown>;
type Mock = OfficeMockObject;
/** office-addin-mock's own helpers, public at run time though its typings mark them private. */
interface MockInternals {
  setValue(name: string, value: unknown): void;
  addMock(name: string): void;
  populate(data: Data): void;
}
const internals = (mock: Mock) => mock as unknown as MockInternals;

const EMPTY: LiveCell = { value: '', formula: '', valueType: 'Empty', numberFormat: 'General' };

/** The workbook Excel would open from these bytes: values, formulas with their cached results, names. */
export async function mockBookFromXlsx(bytes: Uint8Array, name = 'book.xlsx'): Promise<MockBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const { sheets: entries, names } = await readWorkbookNames(await JSZip.loadAsync(bytes));
  const sheets = entries.map((entry): MockSheet => {
    const ws = wb.getWorksheet(entry.name)!;
    const cells = new Map<string, LiveCell>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Excel keeps a merged area's value in its top-left cell only.
        if (cell.isMerged && cell.master !== cell) return;
        cells.set(cell.address, liveCellOf(cell));
      }),
    );
    const own = names.filter((n) => n.localSheetId === entry.index).map((n) => ({ name: n.name, formula: `=${n.formula}`, scope: 'Worksheet' as const }));
    return { name: entry.name, names: own, cells };
  });
  const workbookNames = names.filter((n) => n.localSheetId === undefined).map((n) => ({ name: n.name, formula: `=${n.formula}` }));
  return { name, sheets, names: workbookNames };
}

function liveCellOf(cell: ExcelJS.Cell): LiveCell {
  const numberFormat = cell.numFmt ?? 'General';
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) {
    const result = liveValue(v.result as ExcelJS.CellValue, numberFormat);
    return { ...result, formula: `=${v.formula}` };
  }
  return liveValue(v, numberFormat);
}

function liveValue(v: ExcelJS.CellValue, numberFormat: string): LiveCell {
  const cell = (value: unknown, valueType: string, format = numberFormat): LiveCell => ({ value, formula: value, valueType, numberFormat: format });
  if (v === null || v === undefined || v === '') return cell('', 'Empty');
  if (typeof v === 'number') return cell(v, 'Double');
  if (typeof v === 'string') return cell(v, 'String');
  if (typeof v === 'boolean') return cell(v, 'Boolean');
  if (v instanceof Date) return cell(v.getTime() / 86_400_000 + 25569, 'Double', 'yyyy-mm-dd');
  if (typeof v === 'object' && 'error' in v) return cell(v.error, 'Error');
  if (typeof v === 'object' && 'richText' in v) return cell(v.richText.map((r) => r.text).join(''), 'String');
  return cell('', 'Empty');
}

/** The same sheet under another tab name: its names' formulas follow, as Excel's copy does. */
export function renamedSheet(sheet: MockSheet, name: string): MockSheet {
  const quote = (s: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(s) ? s : `'${s.replace(/'/g, "''")}'`);
  const from = `=${quote(sheet.name)}!`;
  return { ...sheet, name, names: sheet.names.map((n) => ({ ...n, formula: n.formula.startsWith(from) ? `=${quote(name)}!${n.formula.slice(from.length)}` : n.formula })) };
}

/** Used-range data of a sheet within A1:Z200, as Range.getUsedRangeOrNullObject(true) would report it. */
function windowData(sheet: MockSheet): Data | undefined {
  const inside = [...sheet.cells.entries()].map(([a, c]) => ({ pos: parseAddress(a), c })).filter(({ pos, c }) => pos.row <= 200 && pos.col <= 26 && c.valueType !== 'Empty');
  if (inside.length === 0) return undefined;
  const top = Math.min(...inside.map((x) => x.pos.row));
  const left = Math.min(...inside.map((x) => x.pos.col));
  const bottom = Math.max(...inside.map((x) => x.pos.row));
  const right = Math.max(...inside.map((x) => x.pos.col));
  return rangeData(sheet, top, left, bottom, right);
}

function rangeData(sheet: MockSheet, top: number, left: number, bottom: number, right: number): Data {
  const grid = Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) => sheet.cells.get(formatAddress({ row: top + r, col: left + c })) ?? EMPTY),
  );
  const corner = formatAddress({ row: top, col: left });
  const end = formatAddress({ row: bottom, col: right });
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return {
    address: `${quoted}!${corner === end ? corner : `${corner}:${end}`}`,
    values: grid.map((row) => row.map((c) => c.value)),
    formulas: grid.map((row) => row.map((c) => c.formula)),
    valueTypes: grid.map((row) => row.map((c) => c.valueType)),
    numberFormat: grid.map((row) => row.map((c) => c.numberFormat)),
  };
}

/**
 * Turns child mocks `0`, `1`, … into a collection: `items` (loaded like any property) lists them, and
 * `load('items/a,items/b')` loads a and b on every item, as Office.js does.
 */
function asCollection(mock: Mock, count: number): void {
  const children = Array.from({ length: count }, (_, i) => mock[String(i)] as Mock);
  internals(mock).setValue('items', children);
  const loadItems = OfficeMockObject.prototype.load.bind(mock);
  mock.load = ((arg: string) => {
    const props = arg.split(',').map((p) => p.trim());
    loadItems('items');
    const itemProps = props.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    if (itemProps.length) for (const child of children) child.load(itemProps.join(','));
    return mock;
  }) as Mock['load'];
}

function indexed<T>(items: T[], data: (item: T, i: number) => Data): Data {
  return Object.fromEntries(items.map((item, i) => [String(i), data(item, i)]));
}

export interface ExcelMock {
  /** Assign to globalThis.Excel; its `context` is the RequestContext Excel.run hands out. */
  excel: Mock & { context: Mock & { sync: () => Promise<void> } };
}

/** An Excel whose open workbook is `book`, for readers. */
export function readableExcel(book: MockBook): ExcelMock {
  const data = {
    context: {
      workbook: {
        name: book.name,
        worksheets: indexed(book.sheets, (s) => ({
          name: s.name,
          names: indexed(s.names, (n) => ({ name: n.name, formula: n.formula, scope: n.scope ?? 'Worksheet' })),
          // An empty sheet's used range is a null object: loading it works, reading it does not.
          labelWindow: { used: windowData(s) ?? { address: '', values: [], formulas: [], valueTypes: [], numberFormat: [] } },
          getRange: function (this: Mock, address: string) {
            if (address === 'A1:Z200') return this.labelWindow;
            const key = `cell ${address}`;
            if (!this[key]) {
              const { row, col } = parseAddress(address);
              internals(this).addMock(key);
              internals(this[key] as Mock).populate(rangeData(s, row, col, row, col));
            }
            return this[key];
          },
        })),
        names: indexed(book.names, (n) => ({ name: n.name, formula: n.formula })),
      },
      sync: async () => undefined,
    },
    run: async function (this: Mock, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as ExcelMock['excel'];
  const workbook = excel.context.workbook as Mock;
  asCollection(workbook.worksheets as Mock, book.sheets.length);
  asCollection(workbook.names as Mock, book.names.length);
  book.sheets.forEach((s, i) => {
    const ws = (workbook.worksheets as Mock)[String(i)] as Mock;
    asCollection(ws.names as Mock, s.names.length);
    const window = ws.labelWindow as Mock;
    const used = window.used as Mock;
    used.isNullObject = windowData(s) === undefined;
    window.getUsedRangeOrNullObject = () => used;
  });
  // office-addin-mock's own sync walks the tree; keep it (the data's placeholder only declared the method).
  excel.context.sync = OfficeMockObject.prototype.sync.bind(excel.context);
  return { excel: strict(excel) };
}

/** office-addin-mock answers an early read with "Error, property was not loaded" (or "…sync() was not called"); Excel throws. */
function strict<T>(value: T): T {
  if (typeof value === 'string' && value.startsWith('Error, ')) throw Object.assign(new Error(`PropertyNotLoaded: ${value}`), { code: 'PropertyNotLoaded' });
  if (Array.isArray(value) && value.some((v) => v instanceof OfficeMockObject)) return value.map(strict) as T;
  if (!(value instanceof OfficeMockObject)) return value;
  return new Proxy(value, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      // A jest spy (on context.sync) stays itself, so the test can count its calls.
      if (typeof v === 'function' && !('mock' in v)) return (...args: unknown[]) => strict((v as (...a: unknown[]) => unknown).apply(target, args));
      return strict(v);
    },
    set(target, prop, v) {
      return Reflect.set(target, prop, v, target);
    },
  }) as T;
}
