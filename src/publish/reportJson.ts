// data/report.json: the published report as one JSON document (the same content as the pages and CSVs), and
// its JSON Schema (docs/report.schema.json). Where each sheet came from (file paths) and the findings stay
// inside the city: they are the planning division's working material, not the report.
import { z } from 'zod';
import type { PolicyReport } from '../core/consolidate/types';
import { BudgetOnlyProject, MeasureSheet, PolicySheet, ProjectSheet, Value } from '../core/modelSchema';
import type { PublishSettings } from './settings';

const Amounts = z.object({ total: z.number(), subsidies: z.number(), bonds: z.number(), other: z.number(), general: z.number() }).describe('千円: 事業費, 国・県支出金, 地方債, その他, 一般財源');
const Totals = z.record(z.string().regex(/^\d{4}$/), Amounts).describe('年度（西暦）ごとの合計');
const Counts = z.record(z.string(), z.number().int()).describe('評価ごとの事務事業数');

const Achievement = z.object({
  measure: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  direction: z.enum(['higher', 'lower', 'text']),
  years: z.array(
    z.object({
      year: z.number().int(),
      plan: Value,
      actual: Value,
      rate: z.number().optional().describe('達成率（1 = 100%）'),
      status: z.enum(['順調', 'やや遅れ', '遅れ', '測定不能', '未入力']),
    }),
  ),
});

export const PublishedReport = z.object({
  localGovernmentCode: z.string().regex(/^\d{6}$/).describe('全国地方公共団体コード'),
  prefecture: z.string().describe('都道府県名'),
  localGovernmentName: z.string().describe('地方公共団体名'),
  title: z.string(),
  reportYear: z.number().int().describe('報告年度（西暦、4月始まり）'),
  policy: PolicySheet.nullable(),
  measures: z.array(
    z.object({
      number: z.string(),
      name: z.string().nullable(),
      sheet: MeasureSheet.nullable(),
      projects: z.array(ProjectSheet).describe('施策内順位の順、順位なしはその後'),
      budgetOnly: z.array(BudgetOnlyProject),
      totals: Totals,
      evaluations: Counts,
      outcomes: z.array(Achievement),
    }),
  ),
  totals: Totals,
  evaluations: Counts,
});
export type PublishedReport = z.infer<typeof PublishedReport>;

export function publishedReport(report: PolicyReport, settings: PublishSettings, title: string): PublishedReport {
  return {
    ...settings,
    title,
    reportYear: report.reportYear,
    policy: report.policy?.sheet ?? null,
    measures: report.measures.map((m) => ({
      number: m.number,
      name: m.name,
      sheet: m.sheet?.sheet ?? null,
      projects: m.projects.map((p) => p.sheet),
      budgetOnly: m.budgetOnly.map((p) => p.sheet),
      totals: m.totals,
      evaluations: m.evaluations,
      outcomes: m.outcomes,
    })),
    totals: report.totals,
    evaluations: report.evaluations,
  };
}

/** The JSON Schema of data/report.json, for docs/report.schema.json. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(PublishedReport, { target: 'draft-2020-12' });
}
