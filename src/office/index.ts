// The Office.js adapter: the .xlsx adapter's operations on the open workbook, batched.
export { readLiveMeta, readLiveWorkbook, LABEL_WINDOW, type LiveReadOptions } from './readLiveWorkbook';
export { insertSheets, insertTemplateSheet, type InsertOptions, type InsertResult } from './insertSheets';
export { selectCell } from './selectCell';
export { writeReportSheets, type ReportWriteOptions, type ReportWriteResult } from './writeReport';
export { writeCells, inputOf, type CellInput, type CellsWritten } from './writeCells';
export { removeSheets, reorderSheets, sheetNames, type RemoveResult } from './manageSheets';
export { openAsNewWorkbook } from './newWorkbook';
export { writeReviews, type SheetReview } from './writeReviews';
