// Draws one of the report's table sheets (src/core/report/table.ts) with ExcelJS: widths, values, formulas
// and links with their cached results, looks, print setup, protection.
import type ExcelJS from 'exceljs';
import { isLink, linkFormula, type TableCell, type TableDrawing } from '../../core/report/table';
import { applyPage, protect } from '../drawSheet';
import { excelJsStyle } from '../styles';

export function drawTableSheet(ws: ExcelJS.Worksheet, d: TableDrawing): void {
  d.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  // Cells come row by row; each finished row is committed, which lets a streaming writer write it out and drop it
  // (a city's 事業費一覧 has tens of thousands of rows) and does nothing in a workbook held in memory.
  let row = 0;
  for (const c of d.cells) {
    if (c.row !== row && row) ws.getRow(row).commit();
    row = c.row;
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c.value);
    cell.style = excelJsStyle(c.look);
  }
  applyPage(ws, d.page);
  protect(ws, d.protection);
}

function cellValue(v: TableCell): ExcelJS.CellValue {
  if (isLink(v)) return { formula: linkFormula(v.link.sheet, v.link.cell, v.text), result: v.text } as ExcelJS.CellFormulaValue;
  if (v !== null && typeof v === 'object') return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
  return v;
}
