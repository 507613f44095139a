// What the pane can ask of where it runs: the live workbook inside Excel, or files in a plain browser.
// Components receive a SeikaHost and never call Office.js, ExcelJS or the DOM's file APIs themselves.
import type { AnyReport } from '../../core/report/anyReport';
import type { BuiltFormat } from '../../core/format/buildLayout';
import type { Sheet, Value } from '../../core/model';
import type { Lang } from '../../core/rules/types';
import type { WorkbookMeta, WorkbookRead } from '../../core/source';
import type { InsertOptions, InsertResult } from '../../office/insertSheets';
import type { RemoveResult } from '../../office/manageSheets';
import type { ReportWriteOptions, ReportWriteResult } from '../../office/writeReport';
import type { SheetReview } from '../../office/writeReviews';
import type { ReviewRecord } from '../../core/review/state';

/** A file chosen by the user, as bytes. */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/** The colours of the Office theme (Office.context.officeTheme), when Excel gives them. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

export interface SeikaHost {
  /** `excel`: Office.onReady gave the Excel host; `browser`: a plain browser (host null) or office.js absent. */
  kind: 'excel' | 'browser';
  /** Reads department workbooks chosen by the user (.xlsx bytes) on this thread; ExcelJS is loaded on first use. */
  readFiles(files: FileBytes[]): Promise<WorkbookRead[]>;
  /** Model sheets (templates or filled) as an .xlsx file to download, in `format` (absent: the built-in one). */
  workbookBytes(sheets: Sheet[], meta: WorkbookMeta, format?: BuiltFormat): Promise<Uint8Array>;
  /** The consolidated report as an .xlsx file (表紙, 集計, the sheets, 提出状況, 指摘事項); ExcelJS is loaded on first use. */
  reportBytes(report: AnyReport, lang: Lang): Promise<Uint8Array>;
  /** Hands bytes to the user as a download. */
  saveFile(name: string, bytes: Uint8Array): void;
  /** A copy of an .xlsx whose sheets record the given reviews (their names and 確認状況 cells); the bytes given are not changed. */
  reviewedCopy(bytes: Uint8Array, reviews: Array<{ sheetName: string; record: ReviewRecord }>): Promise<Uint8Array>;
  /** The reviewer's name entered last in this browser (the add-in has no login, and Excel's Office.js gives no user name). */
  lastReviewer(): string | undefined;
  rememberReviewer(name: string): void;
  /** Excel only: the open workbook, read for checking (never written), in `format`'s layouts (absent: the one it records). */
  readLive?: (format?: BuiltFormat) => Promise<WorkbookRead>;
  /** Excel only: what the open workbook records of itself (its SeikaFormat picks the pane's format). */
  readMeta?: () => Promise<WorkbookMeta>;
  /** Excel only: draws sheets on new worksheets of the open workbook. */
  insertSheets?: (sheets: Sheet[], opts?: Omit<InsertOptions, 'context'>) => Promise<InsertResult>;
  /** Excel only: shows a finding's cell or range (F18:H18, its first cell active); false when its sheet or cell is gone. */
  selectCell?: (sheet: string, address: string) => Promise<boolean>;
  /** Excel only: writes the report's sheets into the open workbook (replacing earlier ones only with `replace`). */
  writeReport?: (report: AnyReport, lang: Lang, opts: Omit<ReportWriteOptions, 'context' | 'budgetBytes'>) => Promise<ReportWriteResult>;
  /** Excel only: writes values into cells of the open workbook's own sheets; `undo` puts back what they held. */
  writeCells?: (cells: Array<{ sheet: string; address: string; value: Value }>) => Promise<{ undo: () => Promise<void> }>;
  /** Excel only: records sheets' review states in the open workbook (their SeikaReview* names). */
  writeReviews?: (reviews: SheetReview[]) => Promise<void>;
  /** Excel only: the open workbook's tabs, in order. */
  sheetNames?: () => Promise<string[]>;
  removeSheets?: (names: string[]) => Promise<RemoveResult>;
  reorderSheets?: (order: string[]) => Promise<void>;
  /** Excel only: opens an .xlsx as a new workbook window. */
  openWorkbook?: (bytes: Uint8Array) => Promise<void>;
  /** Excel only: the Office theme's colours, for the pane to follow. */
  theme?: OfficeThemeColors;
}
