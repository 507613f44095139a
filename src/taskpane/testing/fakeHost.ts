// A SeikaHost for component tests: the seed's department workbooks as the reader gives them (built by the
// rules' fixtures from the seed's model), and every operation recorded by jest.
import type { Sheet } from '../../core/model';
import { preferredTitle } from '../../core/sheetTitle';
import { book } from '../../core/rules/testing/setFixtures';
import type { BuiltFormat } from '../../core/format/buildLayout';
import type { WorkbookMeta, WorkbookRead } from '../../core/source';
import { departmentSubmissions } from '../../sample/departments';
import { loadSeedSheets } from '../../sample/seed';
import type { FileBytes, SeikaHost } from '../host/types';
import type { InsertOptions, InsertResult } from '../../office/insertSheets';
import type { ReportWriteResult } from '../../office/writeReport';
import { eachDrawingOf, type AnyReport } from '../../core/report/anyReport';
import type { ReviewRecord } from '../../core/review/state';
import type { SheetReview } from '../../office/writeReviews';

let seed: WorkbookRead[] | undefined;

/** The seed's 11 department workbooks (企画課.xlsx, 財政課.xlsx, …), read once per test file. */
export function seedWorkbooks(): WorkbookRead[] {
  seed ??= departmentSubmissions(loadSeedSheets()).map((s) => book(s.department ?? '所管課不明', s.sheets));
  return seed;
}

export function seedWorkbook(file: string): WorkbookRead {
  const found = seedWorkbooks().find((wb) => wb.file === file);
  if (!found) throw new Error(`no seed workbook ${file}`);
  return found;
}

/** What reading a file gives: the seed workbook of that name, or an unreadable file (as the reader reports one). */
export function readByName(f: { name: string }): WorkbookRead {
  return seedWorkbooks().find((wb) => wb.file === f.name) ?? { file: f.name, meta: {}, sheets: [], problems: [{ code: 'unreadable', detail: 'corrupt zip' }] };
}

export type FakeHost = SeikaHost & {
  readFiles: jest.Mock<Promise<WorkbookRead[]>, [FileBytes[]]>;
  workbookBytes: jest.Mock;
  reportBytes: jest.Mock;
  saveFile: jest.Mock;
  readLive: jest.Mock<Promise<WorkbookRead>, [BuiltFormat?]>;
  readMeta: jest.Mock<Promise<WorkbookMeta>, []>;
  insertSheets: jest.Mock<Promise<InsertResult>, [Sheet[], Omit<InsertOptions, 'context'> | undefined]>;
  selectCell: jest.Mock<Promise<boolean>, [string, string]>;
  writeReport: jest.Mock<Promise<ReportWriteResult>, [AnyReport, string, { replace?: boolean; onProgress?: (p: { done: number; total: number; sheet: string }) => void }]>;
  writeCells: jest.Mock<Promise<{ undo: () => Promise<void> }>, [Array<{ sheet: string; address: string; value: unknown }>]>;
  undo: jest.Mock<Promise<void>, []>;
  sheetNames: jest.Mock<Promise<string[]>, []>;
  removeSheets: jest.Mock;
  reorderSheets: jest.Mock;
  openWorkbook: jest.Mock;
  reviewedCopy: jest.Mock<Promise<Uint8Array>, [Uint8Array, Array<{ sheetName: string; record: ReviewRecord }>]>;
  lastReviewer: jest.Mock<string | undefined, []>;
  rememberReviewer: jest.Mock<void, [string]>;
  writeReviews: jest.Mock<Promise<void>, [SheetReview[]]>;
};

export function fakeHost(kind: 'excel' | 'browser', live: WorkbookRead = seedWorkbook('財政課.xlsx')): FakeHost {
  const undo = jest.fn(async () => undefined);
  // The reviews written into the live workbook, which later reads give back.
  const reviews = new Map<string, ReviewRecord>();
  const liveNow = (): WorkbookRead => ({ ...live, sheets: live.sheets.map((s) => (reviews.has(s.source.sheetName) ? { ...s, review: reviews.get(s.source.sheetName) } : s)) });
  const host = {
    kind,
    readFiles: jest.fn(async (files: FileBytes[]) => files.map(readByName)),
    workbookBytes: jest.fn(async () => new Uint8Array([80, 75, 3, 4])),
    reportBytes: jest.fn(async () => new Uint8Array([80, 75, 3, 4])),
    saveFile: jest.fn(),
    readLive: jest.fn(async () => liveNow()),
    readMeta: jest.fn(async () => live.meta),
    insertSheets: jest.fn(async (sheets: Sheet[]) => ({ sheetNames: sheets.map((s, i) => (i === 0 ? preferredTitle(s) : `${preferredTitle(s)}(${i + 1})`)), syncs: 2 })),
    selectCell: jest.fn(async () => true),
    writeReport: jest.fn(fakeReportWrite()),
    undo,
    writeCells: jest.fn(async () => ({ undo })),
    sheetNames: jest.fn(async () => tabs.slice()),
    removeSheets: jest.fn(async (names: string[]) => {
      tabs.splice(0, tabs.length, ...tabs.filter((n) => !names.includes(n)));
      return { removed: names, namesRemoved: 0 };
    }),
    reorderSheets: jest.fn(async (order: string[]) => void tabs.splice(0, tabs.length, ...order)),
    openWorkbook: jest.fn(async () => undefined),
    reviewedCopy: jest.fn(async (bytes: Uint8Array) => new Uint8Array([...bytes, 0])),
    lastReviewer: jest.fn((): string | undefined => undefined),
    rememberReviewer: jest.fn(),
    writeReviews: jest.fn(async (written: SheetReview[]) => void written.forEach((r) => reviews.set(r.sheet, r.record))),
  };
  const tabs = live.sheets.map((s) => s.source.sheetName);
  if (kind === 'browser') {
    // A plain browser has no live workbook: these operations do not exist there.
    const files: Partial<typeof host> = { ...host };
    delete files.readLive;
    delete files.readMeta;
    delete files.insertSheets;
    delete files.selectCell;
    for (const excelOnly of ['writeReport', 'writeCells', 'sheetNames', 'removeSheets', 'reorderSheets', 'openWorkbook', 'writeReviews'] as const) delete files[excelOnly];
    return files as unknown as FakeHost;
  }
  return host as unknown as FakeHost;
}

/** Writes the report's tabs; a second write without `replace` stops and names the earlier run's sheets, as Excel's writer does. */
function fakeReportWrite() {
  let written: string[] = [];
  return async (report: AnyReport, _lang: string, opts: { replace?: boolean; onProgress?: (p: { done: number; total: number; sheet: string }) => void }): Promise<ReportWriteResult> => {
    const titles = [...eachDrawingOf(report)].map((d) => d.title);
    if (written.length && !opts.replace) return { status: 'needsConfirmation', replaced: written, syncs: 1 };
    opts.onProgress?.({ done: titles.length, total: titles.length, sheet: titles[titles.length - 1] });
    const replaced = written;
    written = titles;
    return { status: 'written', sheetNames: titles, replaced, syncs: 4 };
  };
}


/** A File as the browser's file chooser gives it (the bytes do not matter: the fake host reads by name). */
export function xlsxFile(name: string): File {
  return new File([new Uint8Array([80, 75, 3, 4])], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
