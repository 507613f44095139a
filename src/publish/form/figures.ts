// A form format's figures as the site's tables: each total by year, the counts per axis, the indicators'
// achievement and the lists, for the whole (a row per group, then 計) or for one group, as the report's 集計 has them.
import { FORM_ACHIEVEMENT_STATUSES, type FieldColumn, type FormFigures, type FormReport } from '../../core/consolidate/form/types';
import { WHOLE_LABEL } from '../../core/report/formDrawing';
import { amount, escapeHtml, percent, valueText, yearLabel } from '../format';
import { section, table, type CellContent, type Ids } from '../html';

/** A row's group: a group's label (施策06-01, linked to its page on the index) and name, or the whole. */
export interface FigureSection {
  label: CellContent;
  name: string | null;
  figures: FormFigures;
}

/** The sections of the whole report: each group, then 計. */
export function wholeSections(report: FormReport, href?: (key: string) => string): FigureSection[] {
  return [
    ...report.groups.map((g) => ({ label: href ? { text: `${report.groupLabel}${g.key}`, href: href(g.key) } : `${report.groupLabel}${g.key}`, name: g.name, figures: g.figures })),
    { label: WHOLE_LABEL, name: null, figures: report.whole },
  ];
}

const named = (report: FormReport) => report.groups.some((g) => g.name);

function sectionColumns(report: FormReport): Array<{ label: string }> {
  return [{ label: report.groupLabel }, ...(named(report) ? [{ label: '名称' }] : [])];
}

function sectionCells(report: FormReport, s: FigureSection): CellContent[] {
  return named(report) ? [s.label, valueText(s.name)] : [s.label];
}

/** A summed field's amount: 人工 with its decimals, money as a whole number with separators. */
export function fieldAmount(f: Pick<FieldColumn, 'decimal'>, n: number | null | undefined): string {
  return n === null || n === undefined ? '－' : f.decimal ? n.toLocaleString('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 2 }) : amount(n);
}

/** Each total under its label: a row per section and year, a column per field. */
export function totalsTables(report: FormReport, sections: FigureSection[], ids: Ids): string {
  return report.whole.totals
    .map((total, i) =>
      section(
        total.label,
        table(
          {
            caption: `${total.label}（単位：${total.unit}）`,
            columns: [...sectionColumns(report), { label: '年度' }, ...total.fields.map((f) => ({ label: f.label, numeric: true }))],
            rows: sections.flatMap((s) => s.figures.totals[i].rows.map((r) => [...sectionCells(report, s), yearLabel(r.year), ...r.amounts.map((n, j) => fieldAmount(total.fields[j], n))])),
            rowHeaders: sectionColumns(report).length + 1,
          },
          ids,
        ),
      ),
    )
    .join('');
}

/** The `i`-th count: a row per section and axis (必要性, 有効性, …), a column per value. */
export function countTable(report: FormReport, sections: FigureSection[], i: number, ids: Ids): string {
  const count = report.whole.counts[i];
  return table(
    {
      caption: `${count.label}（${yearLabel(report.reportYear)}、事務事業数）`,
      columns: [{ label: report.groupLabel }, { label: '項目' }, ...count.values.map((v) => ({ label: v, numeric: true }))],
      rows: sections.flatMap((s) => s.figures.counts[i].rows.map((r) => [s.label, r.label, ...r.counts.map(String)])),
      rowHeaders: 2,
    },
    ids,
  );
}

/** The indicators' status counts per section; with `detail`, each indicator with its 達成率. */
export function achievementTables(report: FormReport, sections: FigureSection[], detail: boolean, ids: Ids): string {
  if (!report.whole.achievement) return '';
  const note = '<p class="note">達成率は各事業のシートが計算したもの（目標値に対する実績値）です。80%以上を「順調」、60%以上を「やや遅れ」、60%未満を「遅れ」、目標値か実績値がないものを「未入力」としています。</p>';
  const counts = table(
    {
      caption: `成果指標の達成状況（${yearLabel(report.reportYear)}、指標数）`,
      columns: [{ label: report.groupLabel }, ...FORM_ACHIEVEMENT_STATUSES.map((k) => ({ label: k, numeric: true }))],
      rows: sections.map((s) => [s.label, ...FORM_ACHIEVEMENT_STATUSES.map((k) => String(s.figures.achievement?.counts[k] ?? 0))]),
    },
    ids,
  );
  const rows = detail ? sections.flatMap((s) => s.figures.achievement?.rows ?? []) : [];
  const each = rows.length
    ? table(
        {
          caption: '成果指標ごとの達成率',
          columns: [{ label: '事務事業' }, { label: '指標' }, { label: '達成率', numeric: true }, { label: '達成状況' }],
          rows: rows.map((r) => [r.project, r.indicator, percent(r.rate === null ? undefined : r.rate / 100), r.status]),
          rowHeaders: 2,
        },
        ids,
      )
    : '';
  return note + counts + each;
}

/** The `i`-th list: the sheets its condition picks, with its columns. */
export function listingTable(report: FormReport, figures: FormFigures, i: number, ids: Ids): string {
  const l = figures.lists[i];
  if (!l.rows.length) return `<p>${escapeHtml(`${l.label}はありません。`)}</p>`;
  return table(
    {
      caption: `${l.label}（${l.rows.length} 件）`,
      columns: [{ label: report.groupLabel }, { label: '所管課' }, ...l.columns.map((c) => ({ label: c.label }))],
      rows: l.rows.map((r) => [r.group, valueText(r.origin.department), ...r.cells.map(valueText)]),
    },
    ids,
  );
}
