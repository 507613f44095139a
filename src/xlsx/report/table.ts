// Plain tables for the report's own sheets (summary, lists, status, findings): header row, bordered cells,
// internal links and formulas with cached results. Department text is always written as text.
import type ExcelJS from 'exceljs';
import { colLetters } from '../../core/cells';
import { BORDER, labelStyle } from '../styles';
import { fitCell } from '../cellText';

export type TableCell =
  | string
  | number
  | null
  | { formula: string; result: number | string }
  | { link: { sheet: string; cell: string }; text: string };

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

/** Writes a table from `top` and returns the row after it. */
export function writeTable(ws: ExcelJS.Worksheet, top: number, columns: Column[], rows: TableCell[][]): number {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, c.width);
    const header = ws.getCell(top, i + 1);
    header.value = c.header;
    header.style = labelStyle('label');
  });
  rows.forEach((row, r) =>
    row.forEach((value, i) => {
      const cell = ws.getCell(top + 1 + r, i + 1);
      cell.value = cellValue(value);
      cell.style = { border: BORDER, numFmt: columns[i]?.numFmt, alignment: { vertical: 'top', wrapText: columns[i]?.wrap ?? false }, protection: { locked: true } };
      if (isLink(value)) cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    }),
  );
  return top + 1 + rows.length;
}

function isLink(v: TableCell): v is { link: { sheet: string; cell: string }; text: string } {
  return v !== null && typeof v === 'object' && 'link' in v;
}

function cellValue(v: TableCell): ExcelJS.CellValue {
  if (isLink(v)) return { formula: linkFormula(v.link.sheet, v.link.cell, v.text), result: v.text } as ExcelJS.CellFormulaValue;
  if (v !== null && typeof v === 'object') return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
  return typeof v === 'string' ? fitCell(v) : v;
}

/** An internal link as a HYPERLINK formula: it can only point inside this workbook, whatever the text says. */
export function linkFormula(sheet: string, cell: string, text: string): string {
  return `HYPERLINK("#${quoteText(`'${sheet.replace(/'/g, "''")}'!${cell}`)}","${quoteText(text)}")`;
}

/** A text inside a formula's string literal: doubled quotes keep it a literal. */
export function quoteText(s: string): string {
  return s.replace(/"/g, '""');
}

export function heading(ws: ExcelJS.Worksheet, row: number, text: string, style: 'title' | 'section' = 'section'): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.style = style === 'title' ? labelStyle('title') : { font: { bold: true, size: 11 } };
}

export function columnRange(col: number, from: number, to: number, sheet?: string): string {
  const prefix = sheet ? `'${sheet.replace(/'/g, "''")}'!` : '';
  return `${prefix}$${colLetters(col)}$${from}:$${colLetters(col)}$${to}`;
}
