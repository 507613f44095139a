// The report in a few lines for the terminal: totals per measure and year, evaluations, what is missing.
import type { FormFigures, FormReport } from '../core/consolidate/form/types';
import type { BudgetTotals, PolicyReport } from '../core/consolidate/types';
import { fiscalYearLabel } from '../core/era';
import { reviewCountsText } from '../core/review/status';
import { padEndToWidth, padToWidth } from './terminalWidth';

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

/** A form report in a few lines: each group's sheets and first total by year, the whole's, the review states. */
export function formSummary(report: FormReport): string {
  const first = report.whole.totals[0];
  const years = first?.rows.map((r) => r.year) ?? [];
  const label = (text: string) => padEndToWidth(text, 12);
  const line = (name: string, figures: FormFigures) => `${label(name)}${figures.totals[0]?.rows.map((r) => r.amounts[0].toLocaleString('en-US').padStart(16)).join(' ') ?? ''}   ${figures.sheets} 件`;
  return [
    `${fiscalYearLabel(report.reportYear)} ${report.definition.name.ja} の集約: ${report.status.files.length} ブック、${report.groupLabel} ${report.groups.length}、事務事業 ${report.whole.sheets}`,
    first ? `${label(report.groupLabel)}${years.map((y) => padToWidth(fiscalYearLabel(y), 16)).join(' ')}   (${first.fields[0].label} ${first.unit})` : '',
    ...report.groups.map((g) => line(g.key, g.figures)),
    line('計', report.whole),
    ...report.whole.counts.flatMap((c) => c.rows.map((r) => `${r.label}: ${c.values.map((v, i) => `${v} ${r.counts[i]}`).join('、')}`)),
    ...report.whole.lists.map((l) => `${l.label}: ${l.rows.length} 件`),
    `確認状況: ${reviewCountsText(report.status.reviewCounts)}`,
    '',
  ].join('\n');
}
