// Where a consolidation's sheets sit in the JSON `seika consolidate --json` writes (the report as data, jsonOf), so
// that the reading threads can make the JSON of the sheets they read at the depth each will be written at, and
// writeJson can reach them there (decision 55). A sheet placed otherwise is only stringified by writeJson itself.
import type { ScopedResult } from '../../core/jobs/consolidate';
import type { PolicyReport, Sourced } from '../../core/consolidate/types';
import type { ReadyText, ReadyTexts } from '../jsonOut';

/**
 * How deep each kind of sheet sits: in a policy's report, policy.sheet (2), measures[i].sheet.sheet (4), and
 * measures[i].projects[j].sheet and measures[i].budgetOnly[j].sheet (5); a city's holds each policy's report three
 * levels down (policies[i].report). A form format's report holds none of these kinds: undefined.
 */
export function sheetDepths(scope: ScopedResult['scope']): Partial<Record<string, number>> | undefined {
  if (scope === 'form') return undefined;
  const report = scope === 'city' ? 3 : 0;
  return { policy: report + 2, measure: report + 4, project: report + 5, 'budget-only': report + 5 };
}

/** The texts made of sheets, with the containers of the result's JSON on the way down to those sheets (as sheetDepths says). */
export function readyIn(result: ScopedResult, texts: Map<unknown, ReadyText>): ReadyTexts {
  const holders = new Set<unknown>();
  const hold = (way: unknown[], sourced: Sourced<unknown> | undefined) => {
    if (!sourced || !texts.has(sourced.sheet)) return;
    for (const container of way) holders.add(container);
    holders.add(sourced);
  };
  for (const { way, report } of reportsIn(result)) {
    hold(way, report.policy);
    for (const m of report.measures) {
      const measure = [...way, report.measures, m];
      hold(measure, m.sheet);
      for (const p of m.projects) hold([...measure, m.projects], p);
      for (const p of m.budgetOnly) hold([...measure, m.budgetOnly], p);
    }
  }
  return { texts, holders };
}

/** The policy reports in the result's JSON, each with the containers above it (itself included). */
function reportsIn(result: ScopedResult): Array<{ way: unknown[]; report: PolicyReport }> {
  if (result.scope === 'city') return result.city.policies.map((p) => ({ way: [result.city, result.city.policies, p, p.report], report: p.report }));
  return result.scope === 'policy' ? [{ way: [result.report], report: result.report }] : [];
}
