// 集計: totals per measure and for the policy (SUMIFS formulas over 事業費一覧 with cached results),
// evaluation counts (COUNTIFS) and outcome indicator achievement.
import type { BudgetAmounts, PolicyReport } from '../consolidate/types';
import { policyTitle } from '../consolidate/reportTitle';
import { fiscalYearLabel } from '../era';
import { EVALUATION_VALUES } from '../model';
import { LIST_COLUMNS, LIST_TOP, PROJECT_KIND } from './listSheet';
import { columnRange, quoteText, type TableCell, type TableSheet } from './table';

export const LINES: Array<[keyof BudgetAmounts, string]> = [
  ['total', '事業費'],
  ['subsidies', '国・県支出金'],
  ['bonds', '地方債'],
  ['other', 'その他'],
  ['general', '一般財源'],
];

export function drawSummary(ws: TableSheet, report: PolicyReport, listTitle: string, listLastRow: number): void {
  ws.heading(1, `${fiscalYearLabel(report.reportYear)} ${policyTitle(report) ?? '政策'} 集計`, 'title');
  const list = (col: number) => columnRange(col, LIST_TOP, Math.max(LIST_TOP, listLastRow), listTitle);
  let row = budgetTable(ws, 3, report, list);
  row = evaluationTable(ws, row + 1, report, list);
  outcomeTable(ws, row + 1, report);
}

type ListRange = (col: number) => string;

function budgetTable(ws: TableSheet, top: number, report: PolicyReport, list: ListRange): number {
  ws.heading(top, '事業費と財源の集計（単位：千円）');
  const years = Object.keys(report.totals).map(Number);
  const sumifs = (col: number, year: number, measure?: string) =>
    `SUMIFS(${list(col)},${list(LIST_COLUMNS.year)},${year}${measure ? `,${list(LIST_COLUMNS.measure)},"${quoteText(measure)}"` : ''})`;
  const rows: TableCell[][] = [
    ...report.measures.flatMap((m) =>
      years.map((y) => [m.number, m.name, fiscalYearLabel(y), ...LINES.map(([key]) => ({ formula: sumifs(LIST_COLUMNS[key], y, m.number), result: m.totals[String(y)][key] }))]),
    ),
    ...years.map((y) => ['政策計', null, fiscalYearLabel(y), ...LINES.map(([key]) => ({ formula: sumifs(LIST_COLUMNS[key], y), result: report.totals[String(y)][key] }))]),
  ];
  const columns = [
    { header: '施策', width: 9 },
    { header: '施策名', width: 44 },
    { header: '年度', width: 11 },
    ...LINES.map(([, label]) => ({ header: label, width: 13, numFmt: '#,##0' })),
  ];
  return ws.table(top + 1, columns, rows);
}

function evaluationTable(ws: TableSheet, top: number, report: PolicyReport, list: ListRange): number {
  ws.heading(top, '評価の集計（事務事業数）');
  const values = [...EVALUATION_VALUES, ...Object.keys(report.evaluations).filter((k) => !(EVALUATION_VALUES as readonly string[]).includes(k))];
  const countifs = (value: string, measure?: string) =>
    `COUNTIFS(${list(LIST_COLUMNS.year)},${report.reportYear},${list(LIST_COLUMNS.kind)},"${PROJECT_KIND}",${list(LIST_COLUMNS.evaluation)},"${quoteText(value)}"${measure ? `,${list(LIST_COLUMNS.measure)},"${quoteText(measure)}"` : ''})`;
  const row = (label: string, counts: Record<string, number>, measure?: string): TableCell[] => [
    label,
    ...values.map((v) => (v === '未記入' ? counts[v] ?? 0 : { formula: countifs(v, measure), result: counts[v] ?? 0 })),
  ];
  const rows = [...report.measures.map((m) => row(m.number, m.evaluations, m.number)), row('政策計', report.evaluations)];
  return ws.table(top + 1, [{ header: '施策', width: 9 }, ...values.map((v) => ({ header: v, width: 8 }))], rows);
}

function outcomeTable(ws: TableSheet, top: number, report: PolicyReport): number {
  ws.heading(top, '成果指標の達成状況（順調 80%以上、やや遅れ 60%以上、遅れ 60%未満）');
  const rows: TableCell[][] = report.measures.flatMap((m) =>
    m.outcomes.flatMap((o) =>
      o.years.map((y) => [m.number, o.name, o.unit, o.direction === 'lower' ? '低いほど良い' : o.direction === 'higher' ? '高いほど良い' : '-', fiscalYearLabel(y.year), y.plan, y.actual, y.rate === undefined ? null : Math.round(y.rate * 1000) / 1000, y.status]),
    ),
  );
  const columns = [
    { header: '施策', width: 9 },
    { header: '成果指標', width: 44 },
    { header: '単位', width: 11 },
    { header: '方向', width: 13 },
    { header: '年度', width: 13 },
    { header: '計画', width: 13 },
    { header: '実績', width: 13 },
    { header: '達成率', width: 8, numFmt: '0.0%' },
    { header: '状況', width: 9 },
  ];
  return ws.table(top + 1, columns, rows);
}
