// What a reader found besides the values: where each field sits, what its cell really held, how it was found.
import type { FieldDef, Layout } from './layout/types';
import type { Place } from './messages';
import type { ReadCells } from './readCells';
import type { ReviewRecord } from './review/state';
import type { Sheet, SheetKind, Value } from './model';

/** A cell as found in a workbook, reduced to what the rules need. */
export interface RawCell {
  value: Value;
  /** The formula text, when the cell holds one (its cached result is `value`). */
  formula?: string;
  /** An error value such as #REF! or #VALUE! (then `value` is null). */
  error?: string;
  /** The cell held a date where we expect a number or text; `value` is the date as yyyy-mm-dd. */
  date?: boolean;
}

/**
 * What a cell reads as when it holds nothing (no cell, an empty one, one merged into another): one object for all of
 * them, frozen, since a raw cell is never changed once read (a city's reads held one each, and their garbage).
 */
export const NO_VALUE: RawCell = Object.freeze({ value: null });

export type Located = 'name' | 'label' | 'missing';

export interface FieldCell {
  field: FieldDef;
  /** The cell's address on its sheet, e.g. B7; undefined when the field could not be found. */
  address?: string;
  located: Located;
  raw: RawCell;
}

export interface SheetSource {
  file: string;
  sheetName: string;
  layout: Layout;
  /** `labels` when at least one field was found by its Japanese label because its defined name was lost. */
  readBy: 'names' | 'labels';
  /** Every field of the layout by its defined name, kept compact (readCells.ts). */
  cells: ReadCells;
}

export interface ReadSheet {
  sheet: Sheet;
  source: SheetSource;
  /** The review state the sheet records (its SeikaReview* names); absent when it records none. */
  review?: ReviewRecord;
}

export type FileProblemCode = 'unreadable' | 'empty' | 'notXlsx' | 'xls' | 'encrypted' | 'noSeikaSheets' | 'tooLarge';

/** Why a file gave no sheets (or fewer than it should): reported as a finding, never thrown. */
export interface FileProblem {
  code: FileProblemCode;
  detail?: string;
  /** The sheet the problem is about, when only that sheet could not be read (the others were). */
  sheet?: string;
}

/** A report format and the version of its definition, as a workbook records it (`komoro/1`). */
export interface FormatStamp {
  id: string;
  version: number;
}

/** What the workbook says of itself (workbook-level names written by seika). */
export interface WorkbookMeta {
  /** The format the workbook's sheets follow; absent in workbooks written before formats were recorded. */
  format?: FormatStamp;
  reportYear?: number;
  department?: string | null;
}

export interface WorkbookRead {
  file: string;
  meta: WorkbookMeta;
  sheets: ReadSheet[];
  problems: FileProblem[];
}

/** Sheets of the given kinds, typed as such. */
export type ReadOf<K extends SheetKind> = ReadSheet & { sheet: Extract<Sheet, { kind: K }> };

/** Where a sheet is: its file and tab, for a message about it. */
export function sheetPlace(read: ReadSheet): Place {
  return { file: read.source.file, sheet: read.source.sheetName };
}

/** The cells of a sheet's fields, in layout order, optionally only those a predicate keeps. */
export function fieldCells(read: ReadSheet, keep: (cell: FieldCell) => boolean = () => true): FieldCell[] {
  const { cells } = read.source;
  const out: FieldCell[] = [];
  for (let i = 0; i < cells.size; i++) {
    const cell = cells.at(i);
    if (keep(cell)) out.push(cell);
  }
  return out;
}
