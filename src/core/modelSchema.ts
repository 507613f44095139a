// The report model's zod schemas, each both a TypeScript type and the check of the JSON interchange format
// (submission.ts, docs/submission.schema.json). Apart from model.ts, which gives the types and the plain values, so that
// what works with the model without checking JSON (the CLI's check and consolidate) builds no schema when it loads.
import { z } from 'zod';

/** A cell's content as the department wrote it: a number, text (kept verbatim, never guessed), or empty. */
export const Value = z.union([z.number(), z.string(), z.null()]);
export type Value = z.infer<typeof Value>;

const Text = z.string().nullable();

/** Values per fiscal year, keyed by the western year the fiscal year starts in ("2019" = 令和元年度). */
export const YearValues = z.record(z.string().regex(/^\d{4}$/, '年は西暦4桁 (例: "2019")'), Value);
export type YearValues = z.infer<typeof YearValues>;

export const Ref = z.object({ number: Text, name: Text });
export type Ref = z.infer<typeof Ref>;

/** 投入指標 for one fiscal year, in 千円. */
export const BudgetYear = z.object({
  total: Value, // 年度別事業費
  subsidies: Value, // 国・県支出金
  bonds: Value, // 地方債
  other: Value, // その他
  general: Value, // 一般財源
});
export type BudgetYear = z.infer<typeof BudgetYear>;

export const Budget = z.record(z.string().regex(/^\d{4}$/), BudgetYear);
export type Budget = z.infer<typeof Budget>;

/** 活動指標: one row of a project sheet. */
export const ActivityIndicator = z.object({
  name: Text,
  unit: Text,
  plan: YearValues,
  actual: YearValues,
});
export type ActivityIndicator = z.infer<typeof ActivityIndicator>;

/** 成果指標: one outcome indicator of a measure sheet. */
export const OutcomeIndicator = z.object({
  name: Text,
  reason: Text, // 設定理由
  formula: Text, // 算式
  unit: Text,
  baseline: Value, // 計画策定時
  lowerIsBetter: z.boolean().optional(), // e.g. a dissatisfaction rate (不満の割合)
  plan: YearValues,
  actual: YearValues,
});
export type OutcomeIndicator = z.infer<typeof OutcomeIndicator>;

const sheetBase = { reportYear: z.number().int().min(1989).max(2200) };

export const PolicySheet = z.object({
  kind: z.literal('policy'),
  ...sheetBase,
  policy: Ref,
  department: Text, // 所管 (部)
  related: z.array(z.string()), // 関連 (部)
  mission: z.array(z.string()), // ミッション bullets
  directions: z.array(z.string()), // 方針 bullets
  nextSteps: Text, // 目標の実現に向けた今後の取り組み
  measures: z.array(Ref),
});
export type PolicySheet = z.infer<typeof PolicySheet>;

export const MeasureSheet = z.object({
  kind: z.literal('measure'),
  ...sheetBase,
  policy: Ref,
  measure: Ref,
  department: Text, // 所管
  related: z.array(z.string()).max(5), // 関連
  issues: Text, // 現状と課題
  purpose: Text, // 方針 (目的)
  priorities: Text, // 重点方針と目標
  goalPlan: Text, // 目標 計画
  goalReason: Text, // 目標 設定理由
  result: Text, // 実績
  evaluation: Value, // 評価
  outcomes: z.array(OutcomeIndicator).max(3),
  nextSteps: Text, // 今後の取り組み
  plans: Text, // 個別計画
  notes: Text, // 特記事項
});
export type MeasureSheet = z.infer<typeof MeasureSheet>;

const projectCore = {
  ...sheetBase,
  policy: Ref,
  measure: Ref,
  name: Text, // 事務事業名
  status: Value, // 新規・継続
  account: Text, // 会計・款・項・目
  department: Text, // 所管課
  budget: Budget, // 投入指標
};

export const ProjectSheet = z.object({
  kind: z.literal('project'),
  ...projectCore,
  rank: Value, // 施策内順位
  pledge: Value, // 市長公約事項
  summary: Text, // 事業概要
  activities: z.array(ActivityIndicator).max(3),
  result: Text, // 実績
  evaluation: Value, // 評価
  notes: Text, // 特記事項
  nextSteps: Text, // 目標の実現に向けた今後の取り組み
});
export type ProjectSheet = z.infer<typeof ProjectSheet>;

/** Salaries, transfers, debt service, reserves: name, account and inputs only. */
export const BudgetOnlyProject = z.object({ kind: z.literal('budget-only'), ...projectCore });
export type BudgetOnlyProject = z.infer<typeof BudgetOnlyProject>;

/**
 * A sheet of a kind a format defines beyond the four built-in ones (the full-cost 事務事業評価シート): its values
 * by the sheet-scoped defined name, year columns as `Name_1`, `Name_2`…, a derived (formula) cell by its name
 * with the value seika computes from the inputs. Its fields have no model path; rules and reports reach them by name.
 */
export const FormSheet = z.object({
  kind: z.literal('form'),
  form: z.string().min(1), // the format's sheet kind id, e.g. `evaluation`
  ...sheetBase,
  values: z.record(z.string(), Value),
});
export type FormSheet = z.infer<typeof FormSheet>;

/** A sheet of the four built-in kinds (the seed's sheets are all such). */
export const TypedSheet = z.discriminatedUnion('kind', [PolicySheet, MeasureSheet, ProjectSheet, BudgetOnlyProject]);
export type TypedSheet = z.infer<typeof TypedSheet>;

export const Sheet = z.discriminatedUnion('kind', [PolicySheet, MeasureSheet, ProjectSheet, BudgetOnlyProject, FormSheet]);
export type Sheet = z.infer<typeof Sheet>;

/** One department's workbook: the interchange format of `seika fill` and `seika export`. */
export const Submission = z.object({
  /** The report format the sheets follow, as workbooks record it (`komoro/1`); fill draws them in it. */
  format: z.string().regex(/^.+\/\d+$/).optional(),
  reportYear: z.number().int(),
  department: Text,
  sheets: z.array(Sheet),
});
export type Submission = z.infer<typeof Submission>;
