// A form's changes year over year: every field whose value differs, matched by its name and, for a year column,
// the fiscal year it holds (this year's 前年度決算 is last year's 当年度決算), as a clerk compares two sheets.
import type { Value } from '../model';
import { textKey } from '../keys';
import { yearOffsetOf } from '../layout/sheetData';
import { fieldCells, type FieldCell, type ReadSheet } from '../source';

export interface FieldChange {
  cell: FieldCell;
  before: Value;
  after: Value;
}

/** The field's name without its year column (Total_2 → Total) and the fiscal year the column holds. */
function yearKey(read: ReadSheet, cell: FieldCell): string {
  const offset = yearOffsetOf(cell.field);
  return offset === undefined ? cell.field.name : `${cell.field.name.replace(/_\d+$/, '')}@${read.sheet.reportYear + offset}`;
}

/** The values a form holds by year key; the year headings move every year and are no change. */
function valuesByYear(read: ReadSheet): Map<string, { cell: FieldCell; value: Value }> {
  if (read.sheet.kind !== 'form') return new Map();
  const values = read.sheet.values;
  const cells = fieldCells(read, (c) => c.field.type !== 'reportYear' && c.field.type !== 'yearLabel');
  return new Map(cells.map((cell) => [yearKey(read, cell), { cell, value: values[cell.field.name] ?? null }]));
}

/** Fields of a form both sheets show, whose values differ as meant (spaces and full-width digits aside). */
export function formFieldChanges(before: ReadSheet, after: ReadSheet): FieldChange[] {
  const old = valuesByYear(before);
  return [...valuesByYear(after)].flatMap(([key, { cell, value }]) => {
    const was = old.get(key);
    return was && textKey(was.value) !== textKey(value) ? [{ cell, before: was.value, after: value }] : [];
  });
}
