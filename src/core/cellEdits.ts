// What must change in a workbook's cells to turn the sheets as read into the sheets a job made of them (the
// budget import): one edit per field whose value differs, at the cell the reader found it in.
import { displayLabel, fieldValue } from './layout/sheetData';
import type { Sheet, Value } from './model';
import type { ReadSheet } from './source';

export interface CellEdit {
  /** The tab the field was read from. */
  sheet: string;
  address: string;
  /** The field as a clerk reads it: 年度別事業費（令和元年度）. */
  label: string;
  before: Value;
  after: Value;
}

/** `updated[i]` is `read[i].sheet` after the job; fields the reader could not place are left out. */
export function cellEdits(read: ReadSheet[], updated: Sheet[]): CellEdit[] {
  return read.flatMap((r, i) =>
    r.source.layout.fields.flatMap((field) => {
      const before = fieldValue(r.sheet, field);
      const after = fieldValue(updated[i], field);
      const address = r.source.cells.get(field.name)?.address;
      if (before === after || address === undefined) return [];
      return [{ sheet: r.source.sheetName, address, label: displayLabel(field, r.sheet.reportYear), before, after }];
    }),
  );
}
