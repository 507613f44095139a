// Finding this year's sheet in last year's report by what it is, never by its tab name (staff rename tabs):
// a measure by its number, a project by its name and 会計・款・項・目, both compared as meant (NFKC, no spaces).
import { codeKey, projectKey, textKey } from '../keys';
import type { FormSheet } from '../model';
import type { ReadSheet, WorkbookRead } from '../source';

/** The key two years' sheets share; undefined for the policy header, which has nothing year over year to compare, and for a form without `formKey`. */
export function comparisonKey(read: ReadSheet, formKey?: readonly string[]): string | undefined {
  const sheet = read.sheet;
  if (sheet.kind === 'measure') {
    const number = codeKey(sheet.measure.number);
    return number ? `measure ${number}` : undefined;
  }
  if (sheet.kind === 'form') return formKey ? formComparisonKey(sheet, formKey) : undefined;
  if (sheet.kind === 'policy') return undefined;
  // Projects and budget-only projects share keys: a project that became budget-only is the same project.
  const key = projectKey({ ...read, sheet });
  return key === undefined ? undefined : `project ${key}`;
}

/** A form by the fields its format's consolidation tells sheets apart by (事務事業コード and name); undefined when all are empty. */
function formComparisonKey(sheet: FormSheet, formKey: readonly string[]): string | undefined {
  const parts = formKey.map((name) => textKey(sheet.values[name]));
  return parts.some(Boolean) ? `form ${sheet.form} ${JSON.stringify(parts)}` : undefined;
}

/** Every comparable sheet by its key; the first of a duplicate wins (duplicate-project reports the rest). */
export function sheetsByKey(workbooks: WorkbookRead[], formKey?: readonly string[]): Map<string, ReadSheet> {
  const byKey = new Map<string, ReadSheet>();
  for (const read of workbooks.flatMap((wb) => wb.sheets)) {
    const key = comparisonKey(read, formKey);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, read);
  }
  return byKey;
}

const indexes = new WeakMap<WorkbookRead[], Map<string, ReadSheet>>();

/** Last year's sheet for this one; the index is built once per set of previous workbooks, not once per sheet. */
export function previousSheetOf(read: ReadSheet, previous: WorkbookRead[]): ReadSheet | undefined {
  const key = comparisonKey(read);
  if (key === undefined) return undefined;
  let index = indexes.get(previous);
  if (!index) indexes.set(previous, (index = sheetsByKey(previous)));
  return index.get(key);
}
