// The whole city: the departments' workbooks of several policies, consolidated policy by policy.
import type { Sheet } from '../model';
import type { RuleContext } from '../rules/types';
import type { WorkbookRead } from '../source';
import { consolidate } from './consolidate';
import type { PolicyReport } from './types';

export interface CityReport {
  reportYear: number;
  /** One report per policy, in policy number order. */
  policies: Array<{ number: string; report: PolicyReport }>;
}

/** The policy numbers the workbooks' sheets belong to, in number order. */
export function policiesIn(workbooks: WorkbookRead[]): string[] {
  const numbers = new Set(workbooks.flatMap((wb) => wb.sheets.map((r) => policyOf(r.sheet)).filter((n): n is string => !!n)));
  return [...numbers].sort((a, b) => a.localeCompare(b, 'ja', { numeric: true }));
}

/** The workbooks as one policy's report sees them: only that policy's sheets; a file with none of them is left out. */
export function forPolicy(workbooks: WorkbookRead[], policy: string): WorkbookRead[] {
  return workbooks.flatMap((wb) => {
    const sheets = wb.sheets.filter((r) => policyOf(r.sheet) === policy);
    return sheets.length || (!wb.sheets.length && wb.problems.length) ? [{ ...wb, sheets }] : [];
  });
}

export function consolidateCity(workbooks: WorkbookRead[], ctx: RuleContext = {}): CityReport {
  const policies = policiesIn(workbooks).map((number) => ({ number, report: consolidate(forPolicy(workbooks, number), ctx) }));
  return { reportYear: policies[0]?.report.reportYear ?? ctx.reportYear ?? 0, policies };
}

function policyOf(s: Sheet): string | null {
  // A form names its 施策 its own way; the city's split is the built-in format's (fullcost-report groups forms).
  if (s.kind === 'form') return null;
  return s.policy.number ? String(s.policy.number) : null;
}
