// A form report's tables: totals by year and counts of a list's values per axis (formulas over the list),
// and the sheets a condition picks, for the whole (a row per group, then 計) or for one group; and the list itself.
import { FORM_ACHIEVEMENT_STATUSES, type FieldColumn, type FormFigures, type FormReport } from '../consolidate/form/types';
import { UNFILLED } from '../consolidate/form/figures';
import { fiscalYearLabel } from '../era';
import { columnRange, quoteText, type Column, type TableCell, type TableSheet } from './table';

/** A row's group as the tables show it: a group's key and name, or the whole (no criterion on the group). */
export interface Section {
  label: string;
  name: string | null;
  /** The group's key, the criterion on the list's group column; absent for the whole. */
  key?: string;
  figures: FormFigures;
}

export const FORM_LIST_TOP = 3;
/** The list's first columns; the summed fields follow, then the counted ones. */
const LIST_FIXED = ['group', 'title', 'department', 'year'] as const;

export interface ListRef {
  title: string;
  lastRow: number;
}

const numFmt = (f: FieldColumn) => (f.decimal ? '#,##0.0' : '#,##0');

function listRange(list: ListRef, col: number): string {
  return columnRange(col, FORM_LIST_TOP, Math.max(FORM_LIST_TOP, list.lastRow), list.title);
}

/**
 * A sum over the list's rows of a year (and a group): SUMPRODUCT compares text exactly, where SUMIFS and COUNTIFS
 * read a criterion such as "01-02" as a date and "0102" as a number.
 */
function listSum(list: ListRef, year: number, key: string | undefined, ...terms: string[]): string {
  const group = key === undefined ? [] : [`(${listRange(list, 1)}="${quoteText(key)}")`];
  return `SUMPRODUCT((${listRange(list, 4)}=${year})*${[...group, ...terms].join('*')})`;
}

/** Draws the list and returns where it ends. */
export function drawFormList(ws: TableSheet, report: FormReport, groupLabel: string): ListRef {
  const t = report.table;
  ws.heading(1, `集計のもと（単位：${report.moneyUnit}、${fiscalYearLabel(report.reportYear)}）`);
  const columns: Column[] = [
    { header: groupLabel, width: 10 },
    { header: '事務事業', width: 28, wrap: true },
    { header: '所管課', width: 14 },
    { header: '年度', width: 7 },
    ...t.summed.map((f) => ({ header: f.label, width: 13, numFmt: numFmt(f) })),
    ...t.counted.map((f) => ({ header: f.label, width: 10 })),
  ];
  const rows: TableCell[][] = t.rows.map((r) => [r.group, r.title, r.origin.department, r.year, ...r.amounts, ...r.counts]);
  return { title: ws.title, lastRow: ws.table(FORM_LIST_TOP - 1, columns, rows) - 1 };
}

/** A group's key, and its name when the definition names groups (`group.name`). */
export function groupColumns(report: FormReport): Column[] {
  return [{ header: report.groupLabel, width: 12 }, ...(report.groups.some((g) => g.name) ? [{ header: '名称', width: 30, wrap: true }] : [])];
}

export function groupCells(report: FormReport, s: { label: TableCell; name: string | null }): TableCell[] {
  return report.groups.some((g) => g.name) ? [s.label, s.name] : [s.label];
}

export function drawTotals(ws: TableSheet, top: number, report: FormReport, sections: Section[], list: ListRef): number {
  let row = top;
  report.whole.totals.forEach((total, i) => {
    ws.heading(row, `${total.label}（単位：${total.unit}）`);
    const sum = (field: string, year: number, key?: string) => {
      const col = LIST_FIXED.length + 1 + report.table.summed.findIndex((f) => f.name === field);
      return listSum(list, year, key, listRange(list, col));
    };
    const rows: TableCell[][] = sections.flatMap((s) =>
      s.figures.totals[i].rows.map((r) => [...groupCells(report, s), fiscalYearLabel(r.year), ...r.amounts.map((amount, j) => ({ formula: sum(total.fields[j].name, r.year, s.key), result: amount }))]),
    );
    const columns: Column[] = [...groupColumns(report), { header: '年度', width: 11 }, ...total.fields.map((f) => ({ header: f.label, width: 13, numFmt: numFmt(f) }))];
    row = ws.table(row + 1, columns, rows) + 1;
  });
  return row;
}

export function drawCounts(ws: TableSheet, top: number, report: FormReport, sections: Section[], list: ListRef): number {
  let row = top;
  report.whole.counts.forEach((count, i) => {
    ws.heading(row, `${count.label}（事務事業数、${fiscalYearLabel(report.reportYear)}）`);
    const countOf = (field: string, value: string, key?: string) => {
      const col = LIST_FIXED.length + 1 + report.table.summed.length + report.table.counted.findIndex((f) => f.name === field);
      return listSum(list, report.reportYear, key, `(${listRange(list, col)}="${quoteText(value)}")`);
    };
    const rows: TableCell[][] = sections.flatMap((s) =>
      s.figures.counts[i].rows.map((r) => [s.label, r.label, ...r.counts.map((n, j): TableCell => (count.values[j] === UNFILLED ? n : { formula: countOf(r.field, count.values[j], s.key), result: n }))]),
    );
    row = ws.table(row + 1, [{ header: report.groupLabel, width: 12 }, { header: '項目', width: 14 }, ...count.values.map((v) => ({ header: v, width: 8 }))], rows) + 1;
  });
  return row;
}

export function drawListings(ws: TableSheet, top: number, report: FormReport, figures: FormFigures): number {
  let row = top;
  for (const l of figures.lists) {
    ws.heading(row, `${l.label}（${l.rows.length} 件）`);
    const rows: TableCell[][] = l.rows.map((r) => [r.group, r.origin.department, ...r.cells.map((c): TableCell => c)]);
    row = ws.table(row + 1, [{ header: report.groupLabel, width: 12 }, { header: '所管課', width: 14 }, ...l.columns.map((c) => ({ header: c.label, width: 16, wrap: true }))], rows) + 1;
  }
  return row;
}

/** The indicators' status counts, a row per section; with `detail`, each indicator with its 達成率 below. */
export function drawAchievement(ws: TableSheet, top: number, report: FormReport, sections: Section[], detail: boolean): number {
  if (!report.whole.achievement) return top;
  ws.heading(top, `成果指標の達成状況（${fiscalYearLabel(report.reportYear)}、指標数。順調 80%以上、やや遅れ 60%以上、遅れ 60%未満）`);
  const counts: TableCell[][] = sections.map((s) => [s.label, ...FORM_ACHIEVEMENT_STATUSES.map((k) => s.figures.achievement?.counts[k] ?? 0)]);
  let row = ws.table(top + 1, [{ header: report.groupLabel, width: 12 }, ...FORM_ACHIEVEMENT_STATUSES.map((k) => ({ header: k, width: 9 }))], counts) + 1;
  if (!detail) return row;
  const rows: TableCell[][] = sections.flatMap((s) => (s.figures.achievement?.rows ?? []).map((r) => [r.project, r.indicator, r.rate === null ? null : r.rate / 100, r.status]));
  row = ws.table(row, [{ header: '事務事業', width: 24, wrap: true }, { header: '指標', width: 30, wrap: true }, { header: '達成率', width: 9, numFmt: '0.0%' }, { header: '状況', width: 9 }], rows) + 1;
  return row;
}
