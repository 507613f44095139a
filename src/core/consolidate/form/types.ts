// The report of a format whose sheets are forms (the full-cost 事務事業評価シート): what its definition's
// `consolidation` asks for, per group (施策) and for the whole, as data both report writers draw.
import type { FormatDefinition } from '../../format/schema';
import type { FormSheet, Value } from '../../model';
import type { Finding } from '../../rules/types';
import type { AchievementStatus, Origin, Sourced, SubmissionStatus } from '../types';

/** A field the report shows, with the label its sheet gives it. */
export interface FieldColumn {
  name: string;
  label: string;
  /** A decimal field (人工) is summed and shown with one decimal; others are whole numbers. */
  decimal: boolean;
}

/** One `totals` entry: the sums of its fields, a row per fiscal year (one row of the report year when not per year). */
export interface FormTotals {
  label: string;
  unit: string;
  fields: FieldColumn[];
  rows: Array<{ year: number; perYear: boolean; amounts: number[] }>;
}

/** One `counts` entry: how many sheets hold each value, a row per field (an axis such as 必要性). */
export interface FormCounts {
  label: string;
  /** The list's values in its order, then others as written, then 未記入. */
  values: string[];
  rows: Array<{ field: string; label: string; counts: number[] }>;
}

/** One `lists` entry: the sheets its condition picks, with the columns asked for. */
export interface FormListing {
  label: string;
  columns: FieldColumn[];
  rows: Array<{ group: string; origin: Origin; cells: Value[] }>;
}

/** The named indicators of the sheets in the report year: each one's 達成率 and status, and how many of each status. */
export interface FormAchievement {
  rows: Array<{ group: string; origin: Origin; project: string; indicator: string; rate: number | null; status: AchievementStatus }>;
  counts: Record<FormAchievementStatus, number>;
}

export const FORM_ACHIEVEMENT_STATUSES = ['順調', 'やや遅れ', '遅れ', '未入力'] as const;
export type FormAchievementStatus = (typeof FORM_ACHIEVEMENT_STATUSES)[number];

export interface FormFigures {
  sheets: number;
  totals: FormTotals[];
  counts: FormCounts[];
  lists: FormListing[];
  /** When the definition names its indicators' 達成率 (`achievement.rate`). */
  achievement?: FormAchievement;
}

export interface FormGroup {
  key: string;
  name: string | null;
  sheets: Sourced<FormSheet>[];
  figures: FormFigures;
}

/** Every sheet's summed and counted values, a row per fiscal year: the list the report's totals are formulas over. */
export interface FormTable {
  years: number[];
  summed: FieldColumn[];
  counted: FieldColumn[];
  rows: Array<{ group: string; origin: Origin; title: string; year: number; amounts: Array<number | null>; counts: Array<string | null> }>;
}

export interface FormReport {
  kind: 'form';
  /** The format the sheets were read in: its labels, layouts and own rules word and draw the report. */
  definition: FormatDefinition;
  reportYear: number;
  moneyUnit: string;
  /** What a group is called (施策). */
  groupLabel: string;
  groups: FormGroup[];
  whole: FormFigures;
  table: FormTable;
  status: SubmissionStatus;
  findings: Finding[];
}
