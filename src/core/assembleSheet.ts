// Turns the cells found for a layout's fields into a model sheet with its source; shared by every reader
// (the .xlsx adapter, the Office adapter, and the rules' test cases).
import { parseFiscalYear } from './era';
import { sheetFromFields } from './layout/sheetData';
import type { FieldDef, Layout } from './layout/types';
import type { FieldCell, ReadSheet, SheetSource } from './source';
import { byText } from './textMemo';

export interface SheetPlace {
  file: string;
  sheetName: string;
}

export function assembleSheet(layout: Layout, cells: Map<string, FieldCell>, place: SheetPlace, assumedYear?: number): ReadSheet {
  return assembleFound(layout, { cells }, place, assumedYear);
}

/** The cells a reader found, and what it knew of them as it found them (readLaidOut.ts). */
export interface FoundCells {
  cells: Map<string, FieldCell>;
  /** Each field's cell beside layout.fields, when it is the one `cells` holds by the field's name. */
  byField?: FieldCell[];
  /** How the cells were found, when `byField` is given (else it is worked out from `cells`). */
  readBy?: SheetSource['readBy'];
}

/** assembleSheet, taking each field's value from `byField` by its place where the reader gave it (no Map asked by name). */
export function assembleFound(layout: Layout, { cells, byField, readBy }: FoundCells, place: SheetPlace, assumedYear?: number): ReadSheet {
  const reportYear = fiscalYear(cells.get('ReportYear')?.raw.value) ?? assumedYear ?? yearFromLabels(cells) ?? 0;
  const valueOf = byField ? (_: FieldDef, i: number) => byField[i].raw.value ?? null : (f: FieldDef) => cells.get(f.name)?.raw.value ?? null;
  const sheet = sheetFromFields(layout, reportYear, valueOf);
  const source = { file: place.file, sheetName: place.sheetName, layout, readBy: (byField && readBy) || readByOf(cells), cells };
  return { sheet, source };
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
