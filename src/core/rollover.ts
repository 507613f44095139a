// Roll-over: next year's sheets from this year's, so a department starts the new report from what it wrote last time.
import { layoutFor, type Layouts } from './layout';
import { fieldValue, sheetFromFields } from './layout/sheetData';
import type { FieldDef, Layout } from './layout/types';
import type { FormSheet, Sheet, Value } from './model';
import { squeeze } from './text';

/**
 * What describes the year just reported and is rewritten for the next: 実績, 評価 and 特記事項. 特記事項 is
 * cleared too because it explains this year's changes (rule 11): last year's text would pass for a reason.
 */
const YEAR_TEXTS = new Set(['result', 'evaluation', 'notes']);

/**
 * The sheet for fiscal year `toYear`. Every year column takes the value the old sheet had for the same
 * fiscal year, so kept years move along (2018, 2019), a measure's plan for Y+1 becomes the new Y's plan,
 * and the new year's budget, actuals and plans (where none was set) are empty. Names, units, accounts,
 * ranks and texts carry over; 新規 becomes 継続.
 */
export function rollOverSheet(sheet: Sheet, toYear: number, layouts?: Layouts): Sheet {
  if (!(toYear > sheet.reportYear)) throw new RangeError(`roll-over goes forward: ${sheet.reportYear} → ${toYear}`);
  const layout = layoutFor(sheet, layouts);
  if (sheet.kind === 'form') return sheetFromFields(layout, toYear, formValueIn(sheet, layout, toYear));
  // The old values read through the new year's columns: fieldValue resolves year offsets from reportYear.
  const throughNewColumns = { ...sheet, reportYear: toYear };
  return sheetFromFields(layout, toYear, (field) => carried(field, fieldValue(throughNewColumns, field)));
}

/**
 * A form's values have no path to carry their year: a year column's field (`Total_2`, its `yearOffset`) takes the
 * old sheet's value of the field of the same name whose column held the same fiscal year; other fields carry over.
 */
function formValueIn(sheet: FormSheet, layout: Layout, toYear: number): (field: FieldDef) => Value {
  const stem = (name: string) => name.replace(/_\d+$/, '');
  return (field) => {
    if (field.yearOffset === undefined) return sheet.values[field.name] ?? null;
    const offset = field.yearOffset + toYear - sheet.reportYear;
    const old = layout.fields.find((f) => f.yearOffset === offset && stem(f.name) === stem(field.name));
    return old ? (sheet.values[old.name] ?? null) : null;
  };
}

/** The sheets in the layouts of the format they follow (`layouts`; the built-in one when absent). */
export function rollOverSheets(sheets: Sheet[], toYear: number, layouts?: Layouts): Sheet[] {
  return sheets.map((s) => rollOverSheet(s, toYear, layouts));
}

function carried(field: FieldDef, value: Value): Value {
  const key = field.path?.[0];
  if (typeof key === 'string' && YEAR_TEXTS.has(key)) return null;
  // A project new last year continues this year.
  if (key === 'status' && typeof value === 'string' && squeeze(value) === '新規') return '継続';
  return value;
}
