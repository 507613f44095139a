// The report's title as the cover, the page headers and the published site show it.
import { fiscalYearLabel } from '../era';
import type { PolicyReport } from './types';

/** `政策6 全ての主体が参加し、協働するまちづくり`, or undefined without a policy sheet. */
export function policyTitle(report: PolicyReport): string | undefined {
  const policy = report.policy?.sheet.policy;
  return policy ? `政策${policy.number ?? ''} ${policy.name ?? ''}`.trim() : undefined;
}

/** `令和元年度 成果説明書 政策6 全ての主体が参加し、協働するまちづくり`. */
export function reportTitle(report: PolicyReport): string {
  return [`${fiscalYearLabel(report.reportYear)} 成果説明書`, policyTitle(report)].filter(Boolean).join(' ');
}
