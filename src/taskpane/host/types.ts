// What the pane can ask of where it runs: the live workbook inside Excel, or files in a plain browser.
// Components receive a SeikaHost and never call Office.js, ExcelJS or the DOM's file APIs themselves.
import type { Sheet } from '../../core/model';
import type { WorkbookMeta, WorkbookRead } from '../../core/source';
import type { InsertOptions, InsertResult } from '../../office/insertSheets';

export interface SeikaHost {
  /** `excel`: Office.onReady gave the Excel host; `browser`: a plain browser (host null) or office.js absent. */
  kind: 'excel' | 'browser';
  /** Reads department workbooks chosen by the user (.xlsx bytes); ExcelJS is loaded on first use. */
  readFiles(files: Array<{ name: string; bytes: Uint8Array }>): Promise<WorkbookRead[]>;
  /** Model sheets (templates or filled) as an .xlsx file to download; ExcelJS is loaded on first use. */
  workbookBytes(sheets: Sheet[], meta: WorkbookMeta): Promise<Uint8Array>;
  /** Excel only: the open workbook, read for checking (never written). */
  readLive?: () => Promise<WorkbookRead>;
  /** Excel only: draws sheets on new worksheets of the open workbook. */
  insertSheets?: (sheets: Sheet[], opts?: Omit<InsertOptions, 'context'>) => Promise<InsertResult>;
  /** Excel only: shows a finding's cell; false when its sheet or cell is gone. */
  selectCell?: (sheet: string, address: string) => Promise<boolean>;
}
