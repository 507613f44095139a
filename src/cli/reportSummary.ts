// The report in a few lines for the terminal: totals per measure and year, evaluations, what is missing.
import type { BudgetTotals, PolicyReport } from '../core/consolidate/types';
import { fiscalYearLabel } from '../core/era';
import { reviewCountsText } from '../core/review/status';
import { padToWidth } from './terminalWidth';

/** `policy` names the policy when the report has no policy sheet (a city's report knows each policy's number). */
export function reportSummary(report: PolicyReport, policy?: string): string {
  const years = Object.keys(report.totals);
  const header = `施策    ${years.map((y) => padToWidth(fiscalYearLabel(Number(y)), 14)).join(' ')}   (事業費 千円)`;
  const line = (label: string, totals: BudgetTotals) => `${label.padEnd(8)}${years.map((y) => totals[y].total.toLocaleString('en-US').padStart(14)).join(' ')}`;
  const evaluations = Object.entries(report.evaluations)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join('、');
  const missing = report.status.missingMeasures;
  return [
    `${fiscalYearLabel(report.reportYear)} 政策${report.policy?.sheet.policy.number ?? policy ?? '?'} の集約: ${report.status.files.length} ブック、施策 ${report.measures.length}、事務事業 ${report.measures.reduce((n, m) => n + m.projects.length + m.budgetOnly.length, 0)}`,
    header,
    ...report.measures.map((m) => line(m.number, m.totals)),
    line('政策計', report.totals),
    `評価: ${evaluations || 'なし'}`,
    missing.length ? `施策シート未提出: ${missing.join('、')}` : '施策シート: すべて提出済み',
    `確認状況: ${reviewCountsText(report.status.reviewCounts)}`,
    '',
  ].join('\n');
}
