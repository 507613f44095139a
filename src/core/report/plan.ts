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

export function planSheets(report: PolicyReport): PlannedSheet[] {
  const title = titleAllocator(Object.values(FIXED_TITLES));
  const model = (sourced: Sourced<Sheet>): PlannedSheet => ({ kind: 'model', title: title(preferredTitle(sourced.sheet)), sourced });
  return [
    { kind: 'cover', title: FIXED_TITLES.cover },
    { kind: 'summary', title: FIXED_TITLES.summary },
    ...(report.policy ? [model(report.policy)] : []),
    ...report.measures.flatMap((m) => [
      ...(m.sheet ? [model(m.sheet)] : []),
      ...m.projects.map(model),
      ...(m.budgetOnly.length ? [{ kind: 'budgetOnly' as const, title: title(`施策${m.number} 予算のみ`), measure: m }] : []),
    ]),
    { kind: 'list', title: FIXED_TITLES.list },
    { kind: 'status', title: FIXED_TITLES.status },
    { kind: 'findings', title: FIXED_TITLES.findings },
  ];
}

/** The report's tab holding a source sheet, for links from findings. */
export function titleOfSource(plan: PlannedSheet[], file: string, sheet: string): string | undefined {
  const found = plan.find((p) => p.kind === 'model' && p.sourced.origin.file === file && p.sourced.origin.sheet === sheet);
  return found?.title;
}
