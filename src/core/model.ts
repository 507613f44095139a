// The report model: what a department submits, as plain data. The types are the zod schemas' (modelSchema.ts, the
// check of the JSON interchange format), taken as types only: what works with the model without checking JSON (the
// CLI's check and consolidate) builds no schema when it loads.
import { SHEET_KINDS as SHEET_KIND_LIST } from './sheetKinds';
import { KOMORO } from './format/builtin';
import type { BudgetYear, FormSheet, Sheet } from './modelSchema';

export type {
  ActivityIndicator,
  Budget,
  BudgetOnlyProject,
  BudgetYear,
  FormSheet,
  MeasureSheet,
  OutcomeIndicator,
  PolicySheet,
  ProjectSheet,
  Ref,
  Sheet,
  Submission,
  TypedSheet,
  Value,
  YearValues,
} from './modelSchema';

export const FUNDING_SOURCES = ['subsidies', 'bonds', 'other', 'general'] as const;
export type BudgetLine = keyof BudgetYear;

/** The four built-in kinds, each with its typed model. */
export type SheetKind = (typeof SHEET_KIND_LIST)[number];
export const SHEET_KINDS: readonly SheetKind[] = SHEET_KIND_LIST;

/** A sheet kind as a format names it: one of the four built-in ids, or the format's own (`evaluation`). */
export type KindId = string;

// Plain functions over kinds live beside the list, so that what reads workbooks (the CLI's reading thread) loads no zod.
export { isBuiltinKind, kindOf } from './sheetKinds';

/** The names seika itself reads on any form: the sheet's name (its tab, lists) and the department it belongs to. */
export const FORM_NAMES = { title: 'ProjectName', department: 'Department' } as const;

/** A form's value as text, null when empty. */
export function formText(sheet: FormSheet, name: string): string | null {
  const v = sheet.values[name];
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** The department a sheet names (政策シート name none). */
export function departmentOf(sheet: Sheet): string | null {
  if (sheet.kind === 'form') return formText(sheet, FORM_NAMES.department);
  return sheet.kind === 'policy' ? null : sheet.department;
}

/** 評価's values in the report's order (counted by consolidation), as the built-in format lists them. */
export const EVALUATION_VALUES: readonly string[] = KOMORO.lists.evaluation?.values ?? [];
