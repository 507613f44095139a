// The consolidated policy report as data: what the report workbook, the pane and `--json` show.
import type { ReviewRecord, ReviewState } from '../review/state';
import type { BudgetOnlyProject, MeasureSheet, PolicySheet, ProjectSheet } from '../model';
import type { Finding } from '../rules/types';
import type { FileProblem } from '../source';

/** Where a sheet came from: the department's file and the tab it was on. */
export interface Origin {
  file: string;
  sheet: string;
  department: string | null;
}

export interface Sourced<S> {
  sheet: S;
  origin: Origin;
}

/** 千円 per funding line for one fiscal year; only numbers count (text is a finding, not a guess). */
export interface BudgetAmounts {
  total: number;
  subsidies: number;
  bonds: number;
  other: number;
  general: number;
}

/** Amounts per fiscal year, keyed by the western year ("2019"). */
export type BudgetTotals = Record<string, BudgetAmounts>;

export type AchievementStatus = '順調' | 'やや遅れ' | '遅れ' | '測定不能' | '未入力';

export interface YearAchievement {
  year: number;
  plan: string | number | null;
  actual: string | number | null;
  /** actual against plan in the direction that is better (1 = 100%); undefined when not measurable. */
  rate?: number;
  status: AchievementStatus;
}

export interface OutcomeAchievement {
  measure: string;
  name: string;
  unit: string | null;
  direction: 'higher' | 'lower' | 'text';
  years: YearAchievement[];
}

export type EvaluationCounts = Record<string, number>;

export interface MeasureSection {
  number: string;
  name: string | null;
  sheet?: Sourced<MeasureSheet>;
  /** Ranked projects by 施策内順位, then unranked ones in the order received. */
  projects: Sourced<ProjectSheet>[];
  budgetOnly: Sourced<BudgetOnlyProject>[];
  totals: BudgetTotals;
  evaluations: EvaluationCounts;
  outcomes: OutcomeAchievement[];
}

export interface FileStatus {
  file: string;
  department: string | null;
  /** Sheets taken into the report, by tab name and what they are. */
  sheets: Array<{ sheet: string; kind: string; title: string; review: ReviewRecord }>;
  /** Sheets left out because the same project or measure came earlier. */
  duplicates: Array<{ sheet: string; title: string; firstFile: string; firstSheet: string }>;
  problems: FileProblem[];
}

export interface SubmissionStatus {
  files: FileStatus[];
  /** Measures the policy lists that no workbook has a sheet for. */
  missingMeasures: string[];
  /** How many of the sheets taken are in each review state (a sheet recording none is 作成中). */
  reviewCounts: Record<ReviewState, number>;
}

export interface PolicyReport {
  reportYear: number;
  policy?: Sourced<PolicySheet>;
  measures: MeasureSection[];
  totals: BudgetTotals;
  evaluations: EvaluationCounts;
  status: SubmissionStatus;
  findings: Finding[];
}
