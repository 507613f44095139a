// Reduces ExcelJS's many cell value shapes to the core's RawCell.
import type ExcelJS from 'exceljs';
import type { RawCell } from '../core/source';

export function rawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: null, error: '#NUM!' };
  if (typeof value === 'string') return { value: value === '' ? null : value };
  if (typeof value === 'boolean') return { value: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { value: isoDate(value), date: true };
  if ('error' in value) return { value: null, error: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { ...rawCell(value.result as ExcelJS.CellValue), formula };
  }
  if ('richText' in value) return rawCell(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return rawCell(value.text as ExcelJS.CellValue);
  return { value: null };
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}
