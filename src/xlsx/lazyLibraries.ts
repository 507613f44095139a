// ExcelJS and JSZip loaded when a workbook is first written, not when a module importing a writer is: `seika --help`
// and reading never pay for them (ExcelJS alone takes a third of a second to load), and webpack puts them in a
// chunk of their own that the pane fetches only when it writes.
import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

export async function loadExcelJs(): Promise<typeof ExcelJSModule> {
  return (await import('exceljs')).default;
}

export async function loadJsZip(): Promise<typeof JSZipModule> {
  return (await import('jszip')).default;
}
