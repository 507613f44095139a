// Reduces what Office.js reports for a cell (value, formula, value type, number format) to the core's RawCell,
// the same way src/xlsx/rawCell.ts reduces ExcelJS's values, so both readers give one model.
import type { RawCell } from '../core/source';

/** One cell as loaded from a range's values, formulas, valueTypes and numberFormat. */
export interface LiveCell {
  value: unknown;
  formula: unknown;
  /** Excel.RangeValueType: Empty, String, Double, Integer, Boolean, Error, RichValue, Unknown. */
  valueType: string;
  numberFormat: unknown;
}

export function rawCellOfLive(cell: LiveCell): RawCell {
  const base = valueOf(cell);
  // Office gives a constant's value in `formulas` too; only text starting with = is a formula.
  if (typeof cell.formula === 'string' && cell.formula.startsWith('=')) return { ...base, formula: cell.formula.slice(1) };
  return base;
}

function valueOf(cell: LiveCell): RawCell {
  const { value, valueType } = cell;
  if (valueType === 'Empty' || value === null || value === undefined) return { value: null };
  if (valueType === 'Error') return { value: null, error: String(value) };
  if (valueType === 'Boolean' || typeof value === 'boolean') return { value: value === true || value === 'TRUE' ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { value: null, error: '#NUM!' };
    return typeof cell.numberFormat === 'string' && isDateFormat(cell.numberFormat) ? { value: serialToIsoDate(value), date: true } : { value };
  }
  const text = String(value);
  return { value: text === '' ? null : text };
}

/**
 * Whether a number format shows a date or time (then Excel holds a serial day number). Quoted text, escaped
 * characters and [..] sections (colours, locales) are not codes; the format's y, m, d, h, s, g (era) and e codes are.
 */
export function isDateFormat(format: string): boolean {
  if (format === '' || /^general$/i.test(format)) return false;
  const codes = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  return /[ymdhsge]/i.test(codes.replace(/E[+-]/g, ''));
}

/** Excel's 1900 date system (with its phantom 29 Feb 1900, so serials from 61 on line up with Unix time). */
export function serialToIsoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}
