// Turns the cells found for a layout's fields into a model sheet with its source; shared by every reader
// (the .xlsx adapter, the Office adapter, and the rules' test cases).
import { parseFiscalYear } from './era';
import { sheetFromFields } from './layout/sheetData';
import type { Layout } from './layout/types';
import type { FieldCell, ReadSheet } from './source';
import { byText } from './textMemo';

export interface SheetPlace {
  file: string;
  sheetName: string;
}

export function assembleSheet(layout: Layout, cells: Map<string, FieldCell>, place: SheetPlace, assumedYear?: number): ReadSheet {
  const reportYear = fiscalYear(cells.get('ReportYear')?.raw.value) ?? assumedYear ?? yearFromLabels(cells) ?? 0;
  const sheet = sheetFromFields(layout, reportYear, (f) => cells.get(f.name)?.raw.value ?? null);
  return { sheet, source: { ...place, layout, readBy: readByOf(cells), cells } };
}

/** A year label's text is the same on a city's every sheet of a year: each text is read once (half-width, the eras' patterns). */
const fiscalYearOfText = byText(parseFiscalYear);

function fiscalYear(value: unknown): number | undefined {
  return typeof value === 'string' ? fiscalYearOfText(value) : parseFiscalYear(value);
}

/** `names` when every field was found by its name (a loop: asked of every sheet read). */
function readByOf(cells: Map<string, FieldCell>): 'names' | 'labels' {
  for (const c of cells.values()) if (c.located !== 'name') return 'labels';
  return 'names';
}

/** When 対象年度 is unreadable, the year of a labelled column, less its offset. */
function yearFromLabels(cells: Map<string, FieldCell>): number | undefined {
  for (const c of cells.values()) {
    if (c.field.type !== 'yearLabel' || c.field.yearOffset === undefined) continue;
    const y = fiscalYear(c.raw.value);
    if (y !== undefined) return y - c.field.yearOffset;
  }
  return undefined;
}
