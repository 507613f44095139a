// 事業費一覧: every project's inputs per year, one row each; the summary's totals are formulas over it.
import type { PolicyReport } from '../consolidate/types';
import { fiscalYearLabel } from '../era';
import { numberOf } from '../numbers';
import type { Budget, Value } from '../model';
import { TableSheet, type Column, type TableCell } from './table';

export const LIST_COLUMNS = { measure: 1, name: 2, kind: 3, department: 4, year: 5, total: 6, subsidies: 7, bonds: 8, other: 9, general: 10, evaluation: 11 } as const;
export const LIST_TOP = 3;
export const PROJECT_KIND = '事業';

const MONEY = '#,##0';
const columns: Column[] = [
  { header: '施策', width: 7 },
  { header: '事務事業名', width: 28 },
  { header: '区分', width: 8 },
  { header: '所管課', width: 14 },
  { header: '年度', width: 7 },
  { header: '事業費', width: 12, numFmt: MONEY },
  { header: '国・県支出金', width: 12, numFmt: MONEY },
  { header: '地方債', width: 10, numFmt: MONEY },
  { header: 'その他', width: 10, numFmt: MONEY },
  { header: '一般財源', width: 12, numFmt: MONEY },
  { header: '評価', width: 8 },
];

/** Draws the list and returns its last data row. */
export function drawList(ws: TableSheet, report: PolicyReport): number {
  ws.heading(1, `事業費一覧（単位：千円、${fiscalYearLabel(report.reportYear)}）`);
  const years = [report.reportYear - 2, report.reportYear - 1, report.reportYear];
  const rows: TableCell[][] = report.measures.flatMap((m) => [
    ...m.projects.flatMap((p) => budgetRows(m.number, p.sheet.name, PROJECT_KIND, p.sheet.department, p.sheet.budget, years, p.sheet.evaluation)),
    ...m.budgetOnly.flatMap((p) => budgetRows(m.number, p.sheet.name, '予算のみ', p.sheet.department, p.sheet.budget, years, null)),
  ]);
  return ws.table(LIST_TOP - 1, columns, rows) - 1;
}

function budgetRows(measure: string, name: string | null, kind: string, department: string | null, budget: Budget, years: number[], evaluation: Value): TableCell[][] {
  return years.map((year) => {
    const line = budget[String(year)];
    const amount = (v: Value | undefined) => numberOf(v) ?? null;
    return [measure, name, kind, department, year, amount(line?.total), amount(line?.subsidies), amount(line?.bonds), amount(line?.other), amount(line?.general), evaluation === null ? null : String(evaluation)];
  });
}
