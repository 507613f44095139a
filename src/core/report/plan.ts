// The report's sheets in order, with their tab names, before anything is drawn: the table of contents,
// the findings' links and the drawing all follow this one plan.
import type { MeasureSection, PolicyReport, Sourced } from '../consolidate/types';
import type { Sheet } from '../model';
import { preferredTitle, titleAllocator } from '../sheetTitle';

export type PlannedSheet =
  | { kind: 'cover'; title: string }
  | { kind: 'summary'; title: string }
  | { kind: 'model'; title: string; sourced: Sourced<Sheet> }
  | { kind: 'budgetOnly'; title: string; measure: MeasureSection }
  | { kind: 'list'; title: string }
  | { kind: 'status'; title: string }
  | { kind: 'findings'; title: string };

export const FIXED_TITLES = { cover: '表紙', summary: '集計', list: '事業費一覧', status: '提出状況', findings: '指摘事項' } as const;

/** In a city's report each policy's own tabs carry its number (`政策6 表紙`) and every tab name is taken from one allocator. */
export interface PlanScope {
  prefix: string;
  title: (wanted: string) => string;
}

/** The report's own tab names, with a policy's prefix in a city's report. */
export function fixedTitles(prefix = ''): Record<keyof typeof FIXED_TITLES, string> {
  return Object.fromEntries(Object.entries(FIXED_TITLES).map(([k, t]) => [k, `${prefix}${t}`])) as Record<keyof typeof FIXED_TITLES, string>;
}

export function planSheets(report: PolicyReport, scope?: PlanScope): PlannedSheet[] {
  const fixed = fixedTitles(scope?.prefix);
  const title = scope?.title ?? titleAllocator(Object.values(fixed));
  const model = (sourced: Sourced<Sheet>): PlannedSheet => ({ kind: 'model', title: title(preferredTitle(sourced.sheet)), sourced });
  return [
    { kind: 'cover', title: fixed.cover },
    { kind: 'summary', title: fixed.summary },
    ...(report.policy ? [model(report.policy)] : []),
    ...report.measures.flatMap((m) => [
      ...(m.sheet ? [model(m.sheet)] : []),
      ...m.projects.map(model),
      ...(m.budgetOnly.length ? [{ kind: 'budgetOnly' as const, title: title(`施策${m.number} 予算のみ`), measure: m }] : []),
    ]),
    { kind: 'list', title: fixed.list },
    { kind: 'status', title: fixed.status },
    { kind: 'findings', title: fixed.findings },
  ];
}

/** The report's tab holding a source sheet, for links from findings. */
export function titleOfSource(plan: PlannedSheet[], file: string, sheet: string): string | undefined {
  const found = plan.find((p) => p.kind === 'model' && p.sourced.origin.file === file && p.sourced.origin.sheet === sheet);
  return found?.title;
}
