// A recording Excel as strict as the real one where Excel refuses or differs: every queued call is kept as
// a request entry and each context.sync() measures its JSON size (over 5 MB fails, as on Excel on the web)
// and is counted; a property read before load + sync throws; writes into a protected sheet fail the sync;
// tab names and defined names must be valid and unique; a formula may only name sheets that exist.
// What was written can be saved as an .xlsx (values and formulas) for LibreOffice to open.
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { formatAddress, parseRange } from '../../core/cells';
import { sheetsReferenced } from '../../core/formulaRefs';
import { definedNameProblem, EXCEL_REQUEST_LIMIT_BYTES, sheetNameProblem } from './excelRules';
import type { MockSheet } from './excelMock';

/** What was queued on one worksheet (new or already there). */
export interface WrittenSheet {
  name: string;
  /** True for a sheet the workbook had before the add-in ran. */
  existing: boolean;
  deleted: boolean;
  protected: boolean;
  showGridlines?: boolean;
  columnWidths: Map<string, number>;
  rowHeights: Map<string, number>;
  merges: string[];
  looks: Array<{ ranges: string; format: Record<string, unknown> }>;
  /** The last number-format and formulas matrices written (the whole block at once). */
  numberFormat?: unknown[][];
  formulas?: unknown[][];
  /** Every cell's content as written, by address: numbers, text behind ', formulas behind =. */
  cells: Map<string, unknown>;
  numberFormats: Map<string, string>;
  validations: Array<{ range: string; validation: Record<string, unknown> }>;
  conditionalFormats: Array<{ range: string; type: string; format: { custom: { rule: Record<string, unknown>; format: { fill: Record<string, unknown>; font: Record<string, unknown> } } } }>;
  names: Array<{ name: string; reference: string }>;
  page: Record<string, unknown>;
  protection?: { options: unknown; password?: string };
  activated: boolean;
  /** Every call in order, e.g. `getRange A1:H28`, `protect`: protection must come last. */
  calls: string[];
}

/** A sheet the workbook already holds: its cells (numbers, text, =formulas) and whether it is protected. */
export interface ExistingSheet {
  name: string;
  cells?: Map<string, unknown>;
  /** The options it was protected with; absent: not protected. */
  protection?: Record<string, unknown>;
  /** Its sheet-scoped names (reference: `=\"作成中\"`, `range F10`). */
  names?: Array<{ name: string; reference: string }>;
}

/** A sheet of a workbook built from an .xlsx (mockBookFromXlsx) as the recording double holds it, protected as templates are. */
export function existingSheet(mock: MockSheet, protection: Record<string, unknown> | undefined = { allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true }): ExistingSheet {
  const cells = new Map<string, unknown>();
  for (const [address, c] of mock.cells) {
    if (typeof c.formula === 'string' && c.formula.startsWith('=')) cells.set(address, c.formula);
    else if (c.valueType === 'String') cells.set(address, `'${String(c.value)}`);
    else if (c.valueType !== 'Empty') cells.set(address, c.value);
  }
  return { name: mock.name, cells, protection };
}

export interface SyncRecord {
  syncs: number;
  largestRequestBytes: number;
  totalBytes: number;
}

export interface RecordingExcel {
  excel: { context: { sync: () => Promise<void>; workbook: unknown }; run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  /** The sheets the add-in added, in order (deleted ones included). */
  written: WrittenSheet[];
  /** The workbook's sheets now, in tab order. */
  sheets: () => WrittenSheet[];
  workbookNamesAdded: Array<{ name: string; reference: string }>;
  requests: SyncRecord;
}

/** What Office.js would send for the calls queued since the last sync. */
class Book {
  readonly all: WrittenSheet[] = [];
  readonly workbookNames: Array<{ name: string; reference: string }> = [];
  readonly requests: SyncRecord = { syncs: 0, largestRequestBytes: 0, totalBytes: 0 };
  private pending: unknown[] = [];
  private afterSync: Array<() => void> = [];
  private refusals: string[] = [];
  private nextId = 1;

  live(): WrittenSheet[] {
    return this.all.filter((s) => !s.deleted);
  }

  path(parent: number, name: string, args: unknown[]): number {
    const id = this.nextId++;
    this.pending.push({ Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent, ArgumentInfo: { Arguments: args } });
    return id;
  }

  action(object: number, name: string, args: unknown[]): void {
    this.pending.push({ Id: this.nextId++, ActionType: 3, Name: name, ObjectPathId: object, ArgumentInfo: { Arguments: args } });
  }

  refuse(problem: string): void {
    this.refusals.push(problem);
  }

  /** A load: the properties become readable once the next sync has run. */
  onSync(run: () => void): void {
    this.afterSync.push(run);
  }

  async sync(): Promise<void> {
    const bytes = new TextEncoder().encode(JSON.stringify(this.pending)).length;
    this.pending = [];
    this.requests.syncs++;
    this.requests.totalBytes += bytes;
    this.requests.largestRequestBytes = Math.max(this.requests.largestRequestBytes, bytes);
    const refusals = this.refusals;
    this.refusals = [];
    const loads = this.afterSync;
    this.afterSync = [];
    if (bytes > EXCEL_REQUEST_LIMIT_BYTES) throw Object.assign(new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes in one request`), { code: 'RequestPayloadSizeLimitExceeded' });
    if (refusals.length) throw Object.assign(new Error(refusals[0]), { code: refusals[0].split(':')[0] });
    for (const load of loads) load();
  }
}

/**
 * Properties readable only after `load` and a sync, as Office.js has them: `load` takes a snapshot at the
 * next sync; reading before that throws.
 */
function loadable<T extends object>(book: Book, target: T, readers: Record<string, () => unknown>): T {
  const loaded = new Map<string, unknown>();
  const requested = new Set<string>();
  Object.defineProperty(target, 'load', {
    configurable: true,
    value(props: string | string[]) {
      for (const p of (Array.isArray(props) ? props : props.split(',')).map((s) => s.trim())) {
        if (p.startsWith('items/')) (readers.items?.() as Array<{ load(p: string): void }>).forEach((item) => item.load(p.slice(6)));
        const own = p.split('/')[0];
        if (!(own in readers)) throw new Error(`load of an unknown property: ${own}`);
        requested.add(own);
      }
      book.onSync(() => requested.forEach((p) => loaded.set(p, readers[p]())));
      return target;
    },
  });
  for (const prop of Object.keys(readers)) {
    const own = Object.getOwnPropertyDescriptor(target, prop);
    Object.defineProperty(target, prop, {
      configurable: true,
      get() {
        if (!loaded.has(prop)) throw Object.assign(new Error(`PropertyNotLoaded: ${prop} was read before load() and context.sync()`), { code: 'PropertyNotLoaded' });
        return loaded.get(prop);
      },
      set: own?.set,
    });
  }
  return target;
}

/** Wraps a recording object so every call and property write is a request entry; writes under a range of a protected sheet are refused. */
function tracked<T extends object>(book: Book, target: T, parent: number, name: string, args: unknown[], sheet?: WrittenSheet, inRange = false): T {
  const id = book.path(parent, name, args);
  const children = new Map<PropertyKey, unknown>();
  const guard = (what: string) => {
    if (inRange && sheet?.protected) book.refuse(`AccessDenied: ${what} on the protected sheet ${sheet.name}`);
  };
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof prop === 'symbol' || prop === 'then') return value;
      if (typeof value === 'function') {
        return (...a: unknown[]) => {
          if (prop !== 'load') guard(String(prop));
          const result = (value as (...x: unknown[]) => unknown).apply(t, a);
          if (prop === 'load' || /^get/.test(prop) === false) book.action(id, prop, a.map(jsonable));
          if (result === t) return proxy;
          if (result && typeof result === 'object' && !Array.isArray(result)) return tracked(book, result, id, prop, a.map(jsonable), sheet, inRange || prop === 'getRange' || prop === 'getRanges');
          return result;
        };
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map) && !isWorksheetProxy(value)) {
        if (!children.has(prop)) children.set(prop, tracked(book, value, id, prop, [], sheet, inRange));
        return children.get(prop);
      }
      return value;
    },
    set(t, prop, value) {
      guard(`setting ${String(prop)}`);
      book.action(id, String(prop), [jsonable(value)]);
      return Reflect.set(t, prop, value, t);
    },
  });
  return proxy;
}

const WORKSHEET = Symbol('worksheet');
const isWorksheetProxy = (v: object) => WORKSHEET in v;
const jsonable = (v: unknown) => (v && typeof v === 'object' && 'address' in v ? { address: (v as { address: unknown }).address } : v);

/** An Excel whose workbook holds `existing` sheets; it records every sheet added and everything queued. */
export function recordingExcel(existing: Array<string | ExistingSheet>, workbookNames: Array<string | { name: string; reference: string }> = []): RecordingExcel {
  const book = new Book();
  for (const e of existing) {
    const spec = typeof e === 'string' ? { name: e } : e;
    book.all.push({ ...newWrittenSheet(spec.name, true), cells: new Map(spec.cells ?? []), names: (spec.names ?? []).map((n) => ({ ...n })), protected: spec.protection !== undefined, ...(spec.protection ? { protection: { options: spec.protection } } : {}) });
  }
  for (const n of workbookNames) book.workbookNames.push(typeof n === 'string' ? { name: n, reference: '' } : { ...n });
  const written: WrittenSheet[] = [];
  const worksheetOf = new Map<WrittenSheet, unknown>();
  const root = book.path(0, 'workbook', []);
  const sheetObject = (sheet: WrittenSheet) => {
    if (!worksheetOf.has(sheet)) worksheetOf.set(sheet, tracked(book, recordingWorksheet(book, sheet), root, 'worksheet', [sheet.name], sheet));
    return worksheetOf.get(sheet);
  };
  const nameObjects = new Map<object, object>();
  const nameObject = (n: { name: string; reference: string }) => {
    const item = {
      name: n.name,
      formula: n.reference,
      delete() {
        book.workbookNames.splice(book.workbookNames.indexOf(n), 1);
      },
    };
    if (!nameObjects.has(n)) nameObjects.set(n, loadable(book, item, { name: () => n.name, formula: () => n.reference }));
    return nameObjects.get(n)!;
  };
  const byName = (name: string) => book.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  const worksheets = loadable(
    book,
    {
      items: undefined as unknown,
      add(name: string) {
        const problem = sheetNameProblem(name, book.live().map((s) => s.name));
        if (problem) book.refuse(`InvalidArgument: ${problem}`);
        const sheet = { ...newWrittenSheet(name, false), deleted: problem !== undefined };
        written.push(sheet);
        book.all.push(sheet);
        return sheetObject(sheet);
      },
      getItem(name: string) {
        const sheet = byName(name);
        if (!sheet) throw Object.assign(new Error(`ItemNotFound: no sheet named ${name}`), { code: 'ItemNotFound' });
        return sheetObject(sheet);
      },
    },
    { items: () => book.live().map(sheetObject) },
  );
  const names = loadable(
    book,
    {
      items: undefined as unknown,
      add(name: string, reference: string) {
        const problem = definedNameProblem(name, book.workbookNames.map((n) => n.name));
        if (problem) return book.refuse(`InvalidArgument: ${problem}`);
        book.workbookNames.push({ name, reference });
        workbookNamesAdded.push({ name, reference });
        return {};
      },
    },
    { items: () => book.workbookNames.map(nameObject) },
  );
  const workbookNamesAdded: RecordingExcel['workbookNamesAdded'] = [];
  const context = {
    workbook: { worksheets, names },
    sync: () => book.sync(),
  };
  const tree = { workbook: tracked(book, context.workbook, 0, 'root', []) };
  const excel: RecordingExcel['excel'] = {
    context: Object.assign(tree, { sync: () => book.sync() }),
    run: (batch) => batch(excel.context as unknown as Excel.RequestContext),
  };
  return { excel, written, sheets: () => book.live(), workbookNamesAdded, requests: book.requests };
}

function newWrittenSheet(name: string, existing: boolean): WrittenSheet {
  return {
    name,
    existing,
    deleted: false,
    protected: false,
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    looks: [],
    cells: new Map(),
    numberFormats: new Map(),
    validations: [],
    conditionalFormats: [],
    names: [],
    page: {},
    activated: false,
    calls: [],
  };
}

/**
 * A worksheet's NamedItemCollection: `add` (a name taken in the sheet's scope is refused), `load('items/…')`, and
 * `getItem` whose `formula` may be set (ExcelApi 1.7); a name missing is ItemNotFound, as Excel says at the sync.
 */
function sheetNameCollection(book: Book, sheet: WrittenSheet): object {
  const items = new Map<object, object>();
  const item = (n: { name: string; reference: string }) => {
    if (!items.has(n)) {
      const target = {
        name: n.name,
        scope: 'Worksheet',
        set formula(v: string) {
          sheet.calls.push(`names.set ${n.name}`);
          n.reference = v;
        },
      };
      items.set(n, loadable(book, target, { name: () => n.name, formula: () => n.reference, scope: () => 'Worksheet' }));
    }
    return items.get(n)!;
  };
  return loadable(
    book,
    {
      items: undefined as unknown,
      add(name: string, reference: unknown) {
        sheet.calls.push(`names.add ${name}`);
        const problem = definedNameProblem(name, sheet.names.map((n) => n.name));
        if (problem) return book.refuse(`InvalidArgument: ${problem}`);
        const ref = typeof reference === 'string' ? reference : `range ${(reference as { address: string }).address}`;
        sheet.names.push({ name, reference: ref });
        return {};
      },
      getItem(name: string) {
        const found = sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!found) throw Object.assign(new Error(`ItemNotFound: no name ${name} on ${sheet.name}`), { code: 'ItemNotFound' });
        return item(found);
      },
    },
    { items: () => sheet.names.map(item) },
  );
}

/** A plain recording object standing in for an Excel.Worksheet. */
function recordingWorksheet(book: Book, sheet: WrittenSheet): object {
  const ws = {
    [WORKSHEET]: true,
    get name() {
      return sheet.name;
    },
    set name(v: string) {
      const problem = sheetNameProblem(v, book.live().filter((s) => s !== sheet).map((s) => s.name));
      if (problem) {
        book.refuse(`InvalidArgument: ${problem}`);
        return;
      }
      sheet.calls.push(`rename ${v}`);
      sheet.name = v;
    },
    set showGridlines(v: boolean) {
      sheet.showGridlines = v;
    },
    getRange(address: string) {
      sheet.calls.push(`getRange ${address}`);
      return recordingRange(book, sheet, address);
    },
    getRanges(address: string) {
      sheet.calls.push(`getRanges ${address}`);
      const format = recordingFormat();
      sheet.looks.push({ ranges: address, format });
      return { format };
    },
    names: sheetNameCollection(book, sheet),
    pageLayout: new Proxy(
      {
        setPrintArea(area: string) {
          sheet.page.printArea = area;
        },
        setPrintTitleRows(rows: string) {
          sheet.page.printTitleRows = rows;
        },
        headersFooters: { defaultForAllPages: (sheet.page.headersFooters = {}) },
      } as Record<string, unknown>,
      {
        set(_, prop, value) {
          sheet.page[String(prop)] = value;
          return true;
        },
      },
    ),
    protection: loadable(
      book,
      {
        protected: false,
        options: {},
        protect(options: unknown, password?: string) {
          sheet.calls.push('protect');
          sheet.protection = { options, password };
          sheet.protected = true;
        },
        unprotect() {
          sheet.calls.push('unprotect');
          sheet.protected = false;
        },
      },
      { protected: () => sheet.protected, options: () => (sheet.protection?.options as object | undefined) ?? {} },
    ),
    activate() {
      sheet.activated = true;
    },
    delete() {
      if (book.live().length === 1) return book.refuse('InvalidOperation: a workbook keeps at least one sheet');
      sheet.calls.push('delete');
      sheet.deleted = true;
    },
    set position(index: number) {
      const live = book.live().filter((s) => s !== sheet);
      const before = live[index];
      book.all.splice(book.all.indexOf(sheet), 1);
      book.all.splice(before ? book.all.indexOf(before) : book.all.length, 0, sheet);
    },
  };
  return loadable(book, ws, { name: () => sheet.name });
}

function recordingRange(book: Book, sheet: WrittenSheet, address: string): object {
  const format = recordingFormat();
  let validation: Record<string, unknown> | undefined;
  const block = (matrix: unknown[][], put: (a: string, v: unknown) => void) => {
    const { from } = parseRange(address);
    matrix.forEach((row, r) => row.forEach((v, c) => v !== null && put(formatAddress({ row: from.row + r, col: from.col + c }), v)));
  };
  const range = {
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
      block(v, (a, f) => sheet.numberFormats.set(a, String(f)));
    },
    set formulas(v: unknown[][]) {
      sheet.calls.push(`formulas ${address}`);
      sheet.formulas = v;
      block(v, (a, f) => {
        if (typeof f === 'string' && f.startsWith('=')) {
          const missing = sheetsReferenced(f).filter((s) => !book.live().some((x) => x.name === s));
          if (missing.length) book.refuse(`InvalidReference: ${a} refers to a sheet that does not exist: ${missing.join(', ')}`);
        }
        sheet.cells.set(a, f);
      });
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
  return loadable(book, range, { formulas: () => cellMatrix(sheet, address, (v) => (typeof v === 'string' && v.startsWith('=') ? v : shownValue(v))), values: () => cellMatrix(sheet, address, (v) => shownValue(v)) });
}

function cellMatrix(sheet: WrittenSheet, address: string, map: (v: unknown) => unknown): unknown[][] {
  const { from, to } = parseRange(address);
  return Array.from({ length: to.row - from.row + 1 }, (_, r) => Array.from({ length: to.col - from.col + 1 }, (_, c) => map(sheet.cells.get(formatAddress({ row: from.row + r, col: from.col + c })))));
}

/** What Excel shows for what was written: text without its apostrophe; formulas are not evaluated here. */
function shownValue(v: unknown): unknown {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' && v.startsWith("'")) return v.slice(1);
  return v;
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

/**
 * The workbook as the add-in left it, saved as an .xlsx: cells as written (formulas without cached results, so
 * LibreOffice must calculate them), number formats, merges and column widths. Looks are not carried over.
 */
export async function savedXlsx(rec: RecordingExcel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of rec.sheets()) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [range, points] of sheet.columnWidths) ws.getColumn(range.split(':')[0]).width = points / 0.75 / 7;
    for (const range of sheet.merges) ws.mergeCells(range);
    for (const [address, written] of sheet.cells) {
      const cell = ws.getCell(address);
      cell.value = typeof written === 'string' && written.startsWith('=') ? ({ formula: written.slice(1) } as ExcelJS.CellFormulaValue) : (shownValue(written) as ExcelJS.CellValue);
      const format = sheet.numberFormats.get(address);
      if (format) cell.numFmt = format;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
