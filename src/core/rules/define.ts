// Declaring rules: the message ids a check may report are the keys of its Japanese messages.
import { displayLabel } from '../layout/sheetData';
import { sheetPlace, type FieldCell, type ReadSheet } from '../source';
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

/** A report at a field's cell, with the field's label (and year) in the data as `label`. */
export function atField<M extends string>(read: ReadSheet, cell: FieldCell, messageId: M, data: MessageData = {}): Report<M> {
  return {
    messageId,
    data: { label: displayLabel(cell.field, read.sheet.reportYear), ...data },
    at: { ...sheetPlace(read), cell: cell.address, field: cell.field.name },
  };
}
