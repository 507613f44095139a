// Chooses the host once Office.js has spoken: Excel's live workbook, or files only in a plain browser.
/// <reference types="office-js" />
import { insertSheets, readLiveWorkbook, selectCell } from '../../office';
import { readFiles, workbookBytes } from './files';
import type { SeikaHost } from './types';

export type { SeikaHost } from './types';

export function excelHost(): SeikaHost {
  return {
    kind: 'excel',
    readFiles,
    workbookBytes,
    readLive: () => readLiveWorkbook(),
    insertSheets: (sheets, opts) => insertSheets(sheets, opts),
    selectCell: (sheet, address) => selectCell(sheet, address),
  };
}

export function browserHost(): SeikaHost {
  return { kind: 'browser', readFiles, workbookBytes };
}

/**
 * Waits for Office.onReady. Outside Office it resolves with host null (when office.js and its whole folder
 * are served); when office.js is missing altogether the pane still works on files.
 */
export async function detectHost(): Promise<SeikaHost> {
  if (typeof Office === 'undefined') return browserHost();
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? excelHost() : browserHost();
}
