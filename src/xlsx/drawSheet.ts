// Draws one layout onto an ExcelJS worksheet from the core's drawing (the same one the Office adapter draws):
// labels, input cells with their values, drop-downs, live formulas with cached results, print setup, protection.
// Returns the sheet-scoped names to add.
import type ExcelJS from 'exceljs';
import { parseRange } from '../core/cells';
import { COLORS, sheetDrawing, topLeft, type DrawMode, type DrawnCell, type PageSetup, type ProtectionSetup, type SheetDrawing, type SheetNameDef } from '../core/layout/drawing';
import type { Sheet } from '../core/model';
import type { Layout } from '../core/layout/types';
import { argb, excelJsStyle } from './styles';
import { fitCell } from '../core/cellText';

export type { DrawMode, SheetNameDef } from '../core/layout/drawing';

export function drawSheet(ws: ExcelJS.Worksheet, layout: Layout, sheet: Sheet, mode: DrawMode = 'template'): SheetNameDef[] {
  const drawing = sheetDrawing(layout, sheet, mode);
  drawDrawing(ws, drawing);
  return drawing.names;
}

/** Draws a sheet drawing (without its names, which are written after ExcelJS's last write). */
export function drawDrawing(ws: ExcelJS.Worksheet, drawing: SheetDrawing): void {
  drawing.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const { row, height } of drawing.rowHeights) ws.getRow(row).height = height;
  for (const cell of drawing.cells) drawCell(ws, cell);
  applyPage(ws, drawing.page);
  protect(ws, drawing.protection);
}

export function protect(ws: ExcelJS.Worksheet, p: ProtectionSetup): void {
  void ws.protect(p.password, { selectLockedCells: true, selectUnlockedCells: true, formatColumns: p.allowFormatColumns, formatRows: p.allowFormatRows, insertRows: p.allowInsertRows });
}

function drawCell(ws: ExcelJS.Worksheet, drawn: DrawnCell): void {
  const cell = mergeAndStyle(ws, drawn.range, excelJsStyle(drawn.look));
  switch (drawn.kind) {
    case 'formula':
      cell.value = { formula: drawn.formula, result: drawn.result } as ExcelJS.CellFormulaValue;
      if (drawn.highlightNonZero) highlightNonZero(ws, drawn.range);
      return;
    case 'field':
      // Strings go in as plain text, so department text starting with = never becomes a formula.
      cell.value = typeof drawn.value === 'string' ? fitCell(drawn.value) : drawn.value;
      if (drawn.validation) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [drawn.validation.formula], showErrorMessage: true, errorStyle: 'stop', errorTitle: drawn.validation.errorTitle, error: drawn.validation.error };
      return;
    case 'label':
      cell.value = drawn.value;
  }
}

export function mergeAndStyle(ws: ExcelJS.Worksheet, range: string, style: Partial<ExcelJS.Style>): ExcelJS.Cell {
  const { from, to } = parseRange(range);
  if (from.row !== to.row || from.col !== to.col) ws.mergeCells(from.row, from.col, to.row, to.col);
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) ws.getCell(r, c).style = style;
  return ws.getCell(from.row, from.col);
}

function highlightNonZero(ws: ExcelJS.Worksheet, range: string): void {
  ws.addConditionalFormatting({
    ref: range,
    rules: [{ type: 'expression', formulae: [`${topLeft(range)}<>0`], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(COLORS.warningFill) }, fgColor: { argb: argb(COLORS.warningFill) } }, font: { bold: true, color: { argb: argb(COLORS.warningFont) } } } }],
  });
}

export function applyPage(ws: ExcelJS.Worksheet, page: PageSetup): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight ?? 0,
    horizontalCentered: page.centerHorizontally,
    printArea: page.printArea,
    margins: page.margins,
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
  };
  if (page.header || page.footer) ws.headerFooter = { oddHeader: page.header, oddFooter: page.footer };
}
