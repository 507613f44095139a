// The vocabulary of a sheet layout: one declaration per sheet kind, read by both the template writer and the reader.
import type { KindId, Value } from '../model';

export type FieldType =
  | 'reportYear' // locked: the sheet's fiscal year, written as an era label
  | 'yearLabel' // locked: the fiscal year a column holds
  | 'code' // policy / measure number such as 6 or 6-1
  | 'text'
  | 'longText'
  | 'money' // 千円, a non-negative integer
  | 'measurement' // an indicator's plan or actual: a number, 56以上, or text
  | 'rank'
  | 'enum' // one of a list's values (`list`)
  | 'integer'
  | 'decimal'
  | 'year'
  | 'date';

/** A step into the model: a property, an array slot, or a fiscal year given as an offset from the report year. */
export type PathSeg = string | number | { year: number };

export interface FieldDef {
  /** The sheet-scoped defined name of the input cell (ASCII; what survives copied sheets and inserted rows). */
  name: string;
  /** The Japanese label staff see, used in docs and findings. */
  label: string;
  /** The cell, or the merged range whose top-left cell holds the value. */
  range: string;
  type: FieldType;
  /** Where the value lives in the model; absent for year labels, which only describe their column. */
  path?: PathSeg[];
  /** For year labels and a form's year columns: the fiscal year of the column, as an offset from the report year. */
  yearOffset?: number;
  /** For enum fields: the format's list, by its id, and its values (the drop-down). */
  list?: FieldList;
}

export interface FieldList {
  id: string;
  values: readonly string[];
}

/** The built-in list whose two values the model keeps as a boolean (OutcomeIndicator.lowerIsBetter). */
export const DIRECTION_LIST = 'direction';

export interface LabelDef {
  range: string;
  text: string | ((reportYear: number) => string);
  style: 'title' | 'section' | 'label' | 'note';
}

/** A live formula written with its cached result; `result` computes what Excel will show from the written values. */
export interface FormulaDef {
  name: string;
  label: string;
  range: string;
  formula: string;
  result: (valueAt: (address: string) => Value) => number;
  highlightNonZero?: boolean;
  /** A derived field's formula (人件費): the field it stands for, whose cell the readers read too (overwritten by hand?). */
  field?: FieldDef;
}

export interface LayoutPart {
  labels: LabelDef[];
  fields: FieldDef[];
  formulas: FormulaDef[];
  rowHeights: Record<number, number>;
}

export interface Layout extends LayoutPart {
  kind: KindId;
  version: number;
  /** The sheet's title (cell A1); also how a sheet whose names were lost is recognised. */
  title: string;
  /** Labels only this kind has, to tell kinds apart when the names were lost. */
  signature: string[];
  columnWidths: number[];
  lastRow: number;
  /** Where a template shows the sheet's review state (below the form): a label, and a cell whose formula reads the SeikaReview* names. */
  review?: { label: LabelDef; range: string };
}

/** The constant sheet-scoped name that marks a sheet as ours and says which layout it follows. */
export const LAYOUT_NAME = 'SeikaLayout';

export function layoutId(layout: Pick<Layout, 'kind' | 'version'>): string {
  return `${layout.kind}/${layout.version}`;
}
