// Declaring rules: the message ids a check may report are the keys of its Japanese messages.
import { displayLabel } from '../layout/sheetData';
import type { FieldDef } from '../layout/types';
import type { FieldCell, ReadSheet } from '../source';
import type { MessageData, Report, SetRule, SheetRule, WorkbookRule } from './types';

export { fieldCells, sheetPlace } from '../source';

export function sheetRule<const M extends string>(rule: Omit<SheetRule<M>, 'scope'>): SheetRule<M> {
  return { ...rule, scope: 'sheet' };
}

export function workbookRule<const M extends string>(rule: Omit<WorkbookRule<M>, 'scope'>): WorkbookRule<M> {
  return { ...rule, scope: 'workbook' };
}

export function setRule<const M extends string>(rule: Omit<SetRule<M>, 'scope'>): SetRule<M> {
  return { ...rule, scope: 'set' };
}

/**
 * A report at a field's cell, with the field's label (and year) in the data as `label`. Its place is written out as
 * sheetPlace's and the cell's (not spread from sheetPlace's: copied thousands of times, at 10× 5,800 findings).
 */
export function atField<M extends string>(read: ReadSheet, cell: FieldCell, messageId: M, data: MessageData = {}): Report<M> {
  return {
    messageId,
    data: { label: labelOf(cell.field, read.sheet.reportYear), ...data },
    at: { file: read.source.file, sheet: read.source.sheetName, cell: cell.address, field: cell.field.name },
  };
}

/**
 * A field's display label, remembered per field for the last report year asked: the fields are the layout's, shared
 * by every sheet of a kind, and a set's thousands of findings (4,000 indicator ones at 10×) built each one anew.
 */
const labels = new WeakMap<FieldDef, { year: number; label: string }>();

function labelOf(field: FieldDef, reportYear: number): string {
  const known = labels.get(field);
  if (known?.year === reportYear) return known.label;
  const label = displayLabel(field, reportYear);
  labels.set(field, { year: reportYear, label });
  return label;
}
