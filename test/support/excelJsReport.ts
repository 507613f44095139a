// The report drawn with ExcelJS, as seika wrote it before it wrote the parts itself (src/xlsx/report): the
// reference the direct writer is compared with, sheet by sheet and cell by cell. Model sheets go through the
// template writer's drawing (src/xlsx/drawSheet.ts), table sheets through drawTableSheet below.
import ExcelJS from 'exceljs';
import { eachDrawingOf, type AnyReport } from '../../src/core/report/anyReport';
import { isLink, linkFormula, type TableCell, type TableDrawing } from '../../src/core/report/table';
import { applyPage, drawDrawing, protect } from '../../src/xlsx/drawSheet';
import { excelJsStyle } from '../../src/xlsx/styles';

export async function excelJsReport(report: AnyReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'seika';
  for (const d of eachDrawingOf(report, 'ja')) {
    const ws = wb.addWorksheet(d.title, { views: [{ showGridLines: d.kind !== 'model' }], pageSetup: { fitToPage: true } });
    if (d.kind === 'model') drawDrawing(ws, d.drawing);
    else drawTableSheet(ws, d);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function drawTableSheet(ws: ExcelJS.Worksheet, d: TableDrawing): void {
  d.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const c of d.cells) {
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
