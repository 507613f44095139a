// Draws one layout onto an ExcelJS worksheet: labels, input cells with their values, drop-downs,
// live formulas with cached results, print setup and protection. Returns the sheet-scoped names to add.
import type ExcelJS from 'exceljs';
import { fiscalYearLabel } from '../core/era';
import { parseRange } from '../core/cells';
import type { Sheet, Value } from '../core/model';
import { EVALUATION_VALUES, PLEDGE_VALUES, STATUS_VALUES } from '../core/model';
import { DIRECTION_HIGHER, DIRECTION_LOWER, fieldValue } from '../core/layout/sheetData';
import { LAYOUT_NAME, layoutId, type FieldDef, type FieldType, type Layout } from '../core/layout/types';
import { fieldStyle, formulaStyle, labelStyle, WARNING_FILL } from './styles';

/** A name to define on the sheet: a cell address, or a constant (already quoted). */
export type SheetNameDef = { name: string; address: string } | { name: string; constant: string };

const LISTS: Partial<Record<FieldType, readonly string[]>> = {
  status: STATUS_VALUES,
  pledge: PLEDGE_VALUES,
  evaluation: EVALUATION_VALUES,
  direction: [DIRECTION_HIGHER, DIRECTION_LOWER],
};

/** `template`: inputs unlocked with drop-downs, for departments to fill; `report`: every cell locked, values only. */
export type DrawMode = 'template' | 'report';

export function drawSheet(ws: ExcelJS.Worksheet, layout: Layout, sheet: Sheet, mode: DrawMode = 'template'): SheetNameDef[] {
  layout.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const l of layout.labels) {
    const cell = mergeAndStyle(ws, l.range, labelStyle(l.style));
    cell.value = typeof l.text === 'function' ? l.text(sheet.reportYear) : l.text;
  }
  const written = new Map<string, Value>();
  for (const field of layout.fields) written.set(topLeft(field.range), drawField(ws, field, sheet, mode));
  for (const f of layout.formulas) {
    const cell = mergeAndStyle(ws, f.range, formulaStyle());
    cell.value = { formula: f.formula, result: f.result((a) => written.get(a) ?? null) } as ExcelJS.CellFormulaValue;
    if (f.highlightNonZero) highlightNonZero(ws, f.range);
  }
  setupPage(ws, `A1:H${layout.lastRow}`);
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true });
  return [
    { name: LAYOUT_NAME, constant: `"${layoutId(layout)}"` },
    ...layout.fields.map((f) => ({ name: f.name, address: topLeft(f.range) })),
    ...layout.formulas.map((f) => ({ name: f.name, address: topLeft(f.range) })),
  ];
}

function drawField(ws: ExcelJS.Worksheet, field: FieldDef, sheet: Sheet, mode: DrawMode): Value {
  const style = fieldStyle(field.type);
  const cell = mergeAndStyle(ws, field.range, mode === 'report' ? { ...style, protection: { locked: true } } : style);
  const value = cellValue(field, sheet);
  // Strings go in as plain text, so department text starting with = never becomes a formula.
  cell.value = value;
  const list = LISTS[field.type];
  if (list && mode === 'template') cell.dataValidation = listValidation(list);
  return value;
}

function cellValue(field: FieldDef, sheet: Sheet): Value {
  if (field.type === 'reportYear') return fiscalYearLabel(sheet.reportYear);
  if (field.type === 'yearLabel') return fiscalYearLabel(sheet.reportYear + (field.yearOffset ?? 0));
  return fieldValue(sheet, field);
}

function listValidation(values: readonly string[]): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '選択してください',
    error: `次から選んでください: ${values.join('、')}`,
  };
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
    rules: [{ type: 'expression', formulae: [`${topLeft(range)}<>0`], priority: 1, style: { fill: WARNING_FILL, font: { bold: true, color: { argb: 'FF9C0006' } } } }],
  });
}

/** A4 portrait, one page wide, as the printed report. */
export function setupPage(ws: ExcelJS.Worksheet, printArea: string, orientation: 'portrait' | 'landscape' = 'portrait'): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

function topLeft(range: string): string {
  return range.split(':')[0];
}
