// Test helpers: an office-addin-mock Excel whose workbook is built from a real .xlsx (what Excel would show
// the add-in), and a recording Excel that keeps every write an insert queues. Reads before load/sync fail,
// as office-addin-mock returns its error strings then.
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
  /** Workbook-level names (SeikaReportYear, SeikaDepartment). */
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
  return { excel };
}

/** What an insert queued on one new worksheet. */
export interface WrittenSheet {
  name: string;
  showGridlines?: boolean;
  columnWidths: Map<string, number>;
  rowHeights: Map<string, number>;
  merges: string[];
  looks: Array<{ ranges: string; format: Record<string, unknown> }>;
  numberFormat?: unknown[][];
  formulas?: unknown[][];
  validations: Array<{ range: string; validation: Record<string, unknown> }>;
  conditionalFormats: Array<{ range: string; type: string; format: { custom: { rule: Record<string, unknown>; format: { fill: Record<string, unknown>; font: Record<string, unknown> } } } }>;
  names: Array<{ name: string; reference: string }>;
  page: Record<string, unknown>;
  protection?: { options: unknown; password?: string };
  activated: boolean;
  /** Every call in order, e.g. `getRange A1:H28`, `protect`: protection must come last. */
  calls: string[];
}

export interface RecordingExcel extends ExcelMock {
  written: WrittenSheet[];
  workbookNamesAdded: Array<{ name: string; reference: string }>;
}

/** An Excel whose workbook has sheets named `existing` and records every sheet added and what is queued on it. */
export function recordingExcel(existing: string[], workbookNames: string[] = []): RecordingExcel {
  const written: WrittenSheet[] = [];
  const workbookNamesAdded: RecordingExcel['workbookNamesAdded'] = [];
  const data = {
    context: {
      workbook: {
        worksheets: {
          ...indexed(existing, (name) => ({ name })),
          add: function (this: Mock, name: string) {
            const sheet = newWrittenSheet(name);
            written.push(sheet);
            return recordingWorksheet(sheet);
          },
        },
        names: {
          ...indexed(workbookNames, (name) => ({ name })),
          add: (name: string, reference: string) => {
            workbookNamesAdded.push({ name, reference });
            return {};
          },
        },
      },
      sync: async () => undefined,
    },
    run: async function (this: Mock, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as ExcelMock['excel'];
  const workbook = excel.context.workbook as Mock;
  asCollection(workbook.worksheets as Mock, existing.length);
  asCollection(workbook.names as Mock, workbookNames.length);
  excel.context.sync = OfficeMockObject.prototype.sync.bind(excel.context);
  return { excel, written, workbookNamesAdded };
}

function newWrittenSheet(name: string): WrittenSheet {
  return {
    name,
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    looks: [],
    validations: [],
    conditionalFormats: [],
    names: [],
    page: {},
    activated: false,
    calls: [],
  };
}

/** A plain recording object standing in for a new Excel.Worksheet: an insert only writes, never reads. */
function recordingWorksheet(sheet: WrittenSheet): unknown {
  const ws = {
    set showGridlines(v: boolean) {
      sheet.showGridlines = v;
    },
    getRange(address: string) {
      sheet.calls.push(`getRange ${address}`);
      return recordingRange(sheet, address);
    },
    getRanges(address: string) {
      sheet.calls.push(`getRanges ${address}`);
      const format = recordingFormat();
      sheet.looks.push({ ranges: address, format });
      return { format };
    },
    names: {
      add(name: string, reference: unknown) {
        sheet.calls.push(`names.add ${name}`);
        const ref = typeof reference === 'string' ? reference : `range ${(reference as { address: string }).address}`;
        sheet.names.push({ name, reference: ref });
        return {};
      },
    },
    pageLayout: new Proxy(
      {
        setPrintArea(area: string) {
          sheet.page.printArea = area;
        },
      } as Record<string, unknown>,
      {
        set(_, prop, value) {
          sheet.page[String(prop)] = value;
          return true;
        },
      },
    ),
    protection: {
      protect(options: unknown, password?: string) {
        sheet.calls.push('protect');
        sheet.protection = { options, password };
      },
    },
    activate() {
      sheet.activated = true;
    },
  };
  return ws;
}

function recordingRange(sheet: WrittenSheet, address: string): unknown {
  const format = recordingFormat();
  let validation: Record<string, unknown> | undefined;
  return {
    address,
    format: new Proxy(format, {
      set(target, prop, value) {
        if (prop === 'columnWidth') sheet.columnWidths.set(address, value as number);
        else if (prop === 'rowHeight') sheet.rowHeights.set(address, value as number);
        target[String(prop)] = value;
        return true;
      },
    }),
    merge() {
      sheet.merges.push(address);
    },
    set numberFormat(v: unknown[][]) {
      sheet.numberFormat = v;
    },
    set formulas(v: unknown[][]) {
      sheet.calls.push(`formulas ${address}`);
      sheet.formulas = v;
    },
    set values(_: unknown[][]) {
      throw new Error(`values written to ${address}: the adapter writes formulas so text stays text`);
    },
    get dataValidation() {
      if (!validation) {
        validation = {};
        sheet.validations.push({ range: address, validation });
      }
      return validation;
    },
    conditionalFormats: {
      add(type: string) {
        const format = { custom: { rule: {}, format: { fill: {}, font: {} } } };
        sheet.conditionalFormats.push({ range: address, type, format });
        return format;
      },
    },
  };
}

function recordingFormat(): Record<string, unknown> {
  const borders: Record<string, Record<string, unknown>> = {};
  return {
    font: {},
    fill: {},
    protection: {},
    borders: {
      getItem(edge: string) {
        borders[edge] ??= {};
        return borders[edge];
      },
      items: borders,
    },
  };
}
