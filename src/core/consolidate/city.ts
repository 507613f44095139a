// The whole city: the departments' workbooks of several policies, consolidated policy by policy.
import type { Sheet } from '../model';
import { checkWorkbooks } from '../rules/engine';
import type { Finding, RuleContext } from '../rules/types';
import type { FileProblem, WorkbookRead } from '../source';
import { inNumberOrder, consolidate } from './consolidate';
import type { PolicyReport } from './types';

export interface CityReport {
  reportYear: number;
  /** One report per policy, in policy number order. */
  policies: Array<{ number: string; report: PolicyReport }>;
  /** Files that gave no sheet: they belong to no policy, so the city lists them once (市全体), not every policy. */
  unreadable: Array<{ file: string; problems: FileProblem[] }>;
  /** The findings about those files (file-unreadable and the like). */
  findings: Finding[];
}

/** The policy numbers the workbooks' sheets belong to, in number order. */
export function policiesIn(workbooks: WorkbookRead[]): string[] {
  const numbers = new Set<string>();
  for (const wb of workbooks)
    for (const r of wb.sheets) {
      const policy = policyOf(r.sheet);
      if (policy) numbers.add(policy);
    }
  return [...numbers].sort(inNumberOrder);
}

/** The workbooks as one policy's report sees them: only that policy's sheets; a file with none of them is left out. */
export function forPolicy(workbooks: WorkbookRead[], policy: string): WorkbookRead[] {
  return splitByPolicy(workbooks).of(policy);
}

/** A file that gave no sheet because of a problem (corrupt, not a workbook, no seika sheets…). */
const isUnreadable = (wb: WorkbookRead) => !wb.sheets.length && wb.problems.length > 0;

/** `split`: the workbooks split by policy, when the caller has already split them to see how many policies there are. */
export function consolidateCity(workbooks: WorkbookRead[], ctx: RuleContext = {}, split: PolicySplit = splitByPolicy(workbooks)): CityReport {
  const unreadable = workbooks.filter(isUnreadable);
  const policies = split.policies.map((number) => ({ number, report: consolidate(split.own(number), ctx) }));
  const reportYear = policies[0]?.report.reportYear ?? ctx.reportYear ?? 0;
  return {
    reportYear,
    policies,
    unreadable: unreadable.map((wb) => ({ file: wb.file, problems: wb.problems })),
    findings: unreadable.length ? checkWorkbooks(unreadable, { ...ctx, reportYear }) : [],
  };
}

/** The workbooks by policy: the policies found, in number order, and each one's workbooks. */
export interface PolicySplit {
  /** The policies the sheets belong to, as policiesIn lists them. */
  policies: string[];
  /** The workbooks as one policy's report sees them (forPolicy): only its sheets, files that gave no sheet in their place. */
  of: (policy: string) => WorkbookRead[];
  /** Only the files with sheets of the policy, with only those sheets: what the city's report of the policy takes. */
  own: (policy: string) => WorkbookRead[];
}

/**
 * forPolicy for any policy, from one pass over the sheets (a city's 80 policies each filtering all 4,400 sheets
 * was a quarter of consolidating them, and each going through all 400 workbooks still showed): each policy's
 * workbooks (with only its sheets) are gathered once, and files that gave no sheet join every policy in their place.
 * `policies`: the policies found on the way, as policiesIn lists them, without another pass over the sheets.
 */
export function splitByPolicy(workbooks: WorkbookRead[]): PolicySplit {
  const byPolicy = new Map<string, Array<{ at: number; wb: WorkbookRead }>>();
  const unreadable: number[] = [];
  workbooks.forEach((wb, at) => {
    if (isUnreadable(wb)) unreadable.push(at);
    for (const r of wb.sheets) {
      const policy = policyOf(r.sheet);
      if (policy === null) continue;
      const list = byPolicy.get(policy);
      // The workbook's copy for the policy is the list's last when an earlier sheet of the workbook made it.
      const last = list?.[list.length - 1];
      if (last?.at === at) last.wb.sheets.push(r);
      else if (list) list.push({ at, wb: { ...wb, sheets: [r] } });
      else byPolicy.set(policy, [{ at, wb: { ...wb, sheets: [r] } }]);
    }
  });
  const own = (policy: string) => (byPolicy.get(policy) ?? []).map((x) => x.wb);
  const of = (policy: string) => {
    if (!unreadable.length) return own(policy);
    const all = [...(byPolicy.get(policy) ?? []), ...unreadable.map((at) => ({ at, wb: { ...workbooks[at], sheets: [] } }))];
    return all.sort((a, b) => a.at - b.at).map((x) => x.wb);
  };
  return { policies: [...byPolicy.keys()].sort(inNumberOrder), of, own };
}

function policyOf(s: Sheet): string | null {
  // A form names its 施策 its own way; the city's split is the built-in format's (fullcost-report groups forms).
  if (s.kind === 'form') return null;
  return s.policy.number ? String(s.policy.number) : null;
}
