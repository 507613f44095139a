// Turns the cells found for a layout's fields into a model sheet with its source; shared by every reader
// (the .xlsx adapter, the Office adapter, and the rules' test cases).
import { parseFiscalYear } from './era';
import { sheetFromFields } from './layout/sheetData';
import type { FieldDef, Layout } from './layout/types';
import { readCellsOf, type ReadCells } from './readCells';
import type { FieldCell, ReadSheet } from './source';
import { byText } from './textMemo';

export interface SheetPlace {
  file: string;
  sheetName: string;
}

/** A sheet from cells given as a Map (a test's, a fixture's), as a reader would have found them. */
export function assembleSheet(layout: Layout, cells: ReadonlyMap<string, FieldCell>, place: SheetPlace, assumedYear?: number): ReadSheet {
  return assembleFound(layout, readCellsOf(layout, cells), place, assumedYear);
}

/**
 * A model sheet and its source from the cells a reader found. A sheet read in its layout's own order holds each
 * field's value at the field's place in layout.fields (`fieldsFirst`), so the model is built from the values by
 * place, with no cell asked for by name; any other by name, as a Map gave it.
 */
export function assembleFound(layout: Layout, cells: ReadCells, place: SheetPlace, assumedYear?: number): ReadSheet {
  const reportYear = fiscalYear(cells.valueNamed('ReportYear')) ?? assumedYear ?? yearFromLabels(cells) ?? 0;
  const sheet = sheetFromFields(layout, reportYear, cells.order.fieldsFirst ? cells.cellValues : (f: FieldDef) => cells.valueNamed(f.name) ?? null);
  const source = { file: place.file, sheetName: place.sheetName, layout, readBy: cells.readBy(), cells };
  return { sheet, source };
}

/** A year label's text is the same on a city's every sheet of a year: each text is read once (half-width, the eras' patterns). */
const fiscalYearOfText = byText(parseFiscalYear);

function fiscalYear(value: unknown): number | undefined {
  return typeof value === 'string' ? fiscalYearOfText(value) : parseFiscalYear(value);
}

/** When 対象年度 is unreadable, the year of a labelled column, less its offset. */
function yearFromLabels(cells: ReadCells): number | undefined {
  for (let i = 0; i < cells.size; i++) {
    const field = cells.order.fields[i];
    if (field.type !== 'yearLabel' || field.yearOffset === undefined) continue;
    const y = fiscalYear(cells.valueAt(i));
    if (y !== undefined) return y - field.yearOffset;
  }
  return undefined;
}
