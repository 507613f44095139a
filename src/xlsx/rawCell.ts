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
  if ('richText' in value) return rawCell(Array.isArray(value.richText) ? value.richText.map((r) => r?.text ?? '').join('') : null);
  if ('hyperlink' in value) return rawCell(value.text as ExcelJS.CellValue);
  return { value: null };
}

/**
 * A cell as read from a workbook. Formulas are taken from the cell rather than its value: ExcelJS's value drops a
 * result of 0 (it copies only truthy fields) and gives a shared formula's cells the master's address instead of
 * their formula, which would hide a link to another workbook copied down a row.
 */
export function rawCellOf(cell: ExcelJS.Cell): RawCell {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return rawCell(value);
  const formula = formulaOf(cell);
  if (formula === undefined) return rawCell(value);
  return { ...rawCell((cell as unknown as { result?: ExcelJS.CellValue }).result), formula };
}

/** The cell's formula, translated from its master for a shared one; undefined when the master is not there. */
function formulaOf(cell: ExcelJS.Cell): string | undefined {
  try {
    return cell.formula || undefined;
  } catch {
    return undefined;
  }
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}
