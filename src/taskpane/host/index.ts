// Chooses the host once Office.js has spoken: Excel's live workbook, or files only in a plain browser.
/// <reference types="office-js" />
import { eachDrawingOf } from '../../core/report/anyReport';
import { layoutsIn } from '../../core/format/buildLayout';
import { inputOf, insertSheets, openAsNewWorkbook, readLiveMeta, readLiveWorkbook, removeSheets, reorderSheets, selectCell, sheetNames, writeCells, writeReportSheets, writeReviews } from '../../office';
import { saveFile } from './download';
import { readFiles, reportBytes, reviewedCopy, workbookBytes } from './files';
import { lastReviewer, rememberReviewer } from './storage';
import type { OfficeThemeColors, SeikaHost } from './types';

export type { FileBytes, OfficeThemeColors, SeikaHost } from './types';

export function excelHost(theme?: OfficeThemeColors): SeikaHost {
  return {
    kind: 'excel',
    readFiles,
    workbookBytes,
    reportBytes,
    saveFile,
    reviewedCopy,
    lastReviewer,
    rememberReviewer,
    readLive: (format) => readLiveWorkbook(undefined, format ? { layoutsFor: () => layoutsIn(format) } : {}),
    readMeta: () => readLiveMeta(),
    insertSheets: (sheets, opts) => insertSheets(sheets, opts),
    selectCell: (sheet, address) => selectCell(sheet, address),
    writeReport: (report, lang, opts) => writeReportSheets([...eachDrawingOf(report, lang)], opts),
    writeCells: async (cells) => {
      const { previous } = await writeCells(cells.map((c) => ({ sheet: c.sheet, address: c.address, input: inputOf(c.value) })));
      return { undo: async () => void (await writeCells(previous)) };
    },
    writeReviews: async (reviews) => void (await writeReviews(reviews)),
    sheetNames: () => sheetNames(),
    removeSheets: (names) => removeSheets(names),
    reorderSheets: (order) => reorderSheets(order),
    openWorkbook: (bytes) => openAsNewWorkbook(bytes),
    theme,
  };
}

export function browserHost(): SeikaHost {
  return { kind: 'browser', readFiles, workbookBytes, reportBytes, saveFile, reviewedCopy, lastReviewer, rememberReviewer };
}

/**
 * Waits for Office.onReady. Outside Office it resolves with host null (when office.js and its whole folder
 * are served); when office.js is missing altogether the pane still works on files.
 */
export async function detectHost(): Promise<SeikaHost> {
  if (typeof Office === 'undefined') return browserHost();
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? excelHost(officeTheme()) : browserHost();
}

/** Office.context.officeTheme where the host has it (Excel on Windows and Mac; not every Excel on the web). */
function officeTheme(): OfficeThemeColors | undefined {
  try {
    const t = Office.context?.officeTheme;
    if (!t) return undefined;
    return {
      bodyBackgroundColor: t.bodyBackgroundColor,
      bodyForegroundColor: t.bodyForegroundColor,
      controlBackgroundColor: t.controlBackgroundColor,
      controlForegroundColor: t.controlForegroundColor,
      isDarkTheme: typeof t.isDarkTheme === 'boolean' ? t.isDarkTheme : undefined,
    };
  } catch {
    return undefined;
  }
}
