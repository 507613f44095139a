// Building blocks shared by the layouts: the same block (e.g. 投入指標) is declared once and placed at a row.
import { fiscalYearLabel } from '../era';
import { colLetters } from '../cells';
import type { FieldDef, FieldType, FormulaDef, LabelDef, LayoutPart, PathSeg } from './types';

export function label(range: string, text: LabelDef['text'], style: LabelDef['style'] = 'label'): LabelDef {
  return { range, text, style };
}

export function field(range: string, name: string, fieldLabel: string, type: FieldType, path: PathSeg[]): FieldDef {
  return { range, name, label: fieldLabel, type, path };
}

export function part(p: Partial<LayoutPart>): LayoutPart {
  return { labels: p.labels ?? [], fields: p.fields ?? [], formulas: p.formulas ?? [], rowHeights: p.rowHeights ?? {} };
}

export function combine(...parts: LayoutPart[]): LayoutPart {
  return {
    labels: parts.flatMap((p) => p.labels),
    fields: parts.flatMap((p) => p.fields),
    formulas: parts.flatMap((p) => p.formulas),
    rowHeights: Object.assign({}, ...parts.map((p) => p.rowHeights)),
  };
}

/** Label text that names the report year, e.g. 令和元年度 実績. */
export const withYear = (suffix: string) => (year: number) => `${fiscalYearLabel(year)} ${suffix}`;

/** Row 1: the sheet title and its fiscal year (locked: the year is chosen when the template is made). */
export function titleRow(title: string): LayoutPart {
  return part({
    labels: [label('A1:E1', title, 'title'), label('F1:G1', '対象年度')],
    fields: [field('H1', 'ReportYear', '対象年度', 'reportYear', ['reportYear'])],
    rowHeights: { 1: 24 },
  });
}

/** 政策 (and 施策) number and name rows. */
export function refRows(top: number, withMeasure: boolean): LayoutPart {
  const rows: Array<[string, string, 'policy' | 'measure']> = [['政策', 'Policy', 'policy']];
  if (withMeasure) rows.push(['施策', 'Measure', 'measure']);
  return combine(
    ...rows.map(([jp, en, key], i) =>
      part({
        labels: [label(`A${top + i}`, jp)],
        fields: [
          field(`B${top + i}`, `${en}Number`, `${jp}番号`, 'code', [key, 'number']),
          field(`C${top + i}:H${top + i}`, `${en}Name`, `${jp}名`, 'text', [key, 'name']),
        ],
      }),
    ),
  );
}

/** Locked year labels across consecutive columns, named `${prefix}Year_1…`. */
export function yearLabelCells(prefix: string, row: number, firstCol: number, offsets: number[]): LayoutPart {
  return part({
    fields: offsets.map((yearOffset, i) => ({
      range: `${colLetters(firstCol + i)}${row}`,
      name: `${prefix}Year_${i + 1}`,
      label: `${prefix === 'Budget' ? '投入指標' : '指標'}の年度`,
      type: 'yearLabel' as const,
      yearOffset,
    })),
  });
}

const BUDGET_LINES = [
  { key: 'total', name: 'Total', label: '年度別事業費' },
  { key: 'subsidies', name: 'Subsidies', label: '国・県支出金' },
  { key: 'bonds', name: 'Bonds', label: '地方債' },
  { key: 'other', name: 'Other', label: 'その他' },
  { key: 'general', name: 'General', label: '一般財源' },
] as const;

const PROJECT_YEARS = [-2, -1, 0];

/**
 * 投入指標: seven rows from `top`; years Y-2…Y in columns F–H, and a gap row showing
 * 事業費 − (特定財源 + 一般財源), highlighted when not zero, so staff see a wrong total as they type.
 */
export function budgetBlock(top: number): LayoutPart {
  const lineRow = (i: number) => top + 1 + i;
  const labels = [
    label(`A${top}:A${top + 6}`, '投入指標', 'section'),
    label(`B${top}:E${top}`, '（単位：千円）', 'note'),
    label(`B${lineRow(0)}:E${lineRow(0)}`, '年度別事業費'),
    label(`B${lineRow(1)}:B${lineRow(3)}`, '特定財源'),
    label(`C${lineRow(1)}:E${lineRow(1)}`, '国・県支出金'),
    label(`C${lineRow(2)}:E${lineRow(2)}`, '地方債'),
    label(`C${lineRow(3)}:E${lineRow(3)}`, 'その他'),
    label(`B${lineRow(4)}:E${lineRow(4)}`, '一般財源'),
    label(`B${top + 6}:E${top + 6}`, '差額（事業費－財源の計）'),
  ];
  const fields = BUDGET_LINES.flatMap((line, i) =>
    PROJECT_YEARS.map((year, y) =>
      field(`${colLetters(6 + y)}${lineRow(i)}`, `${line.name}_${y + 1}`, `${line.label}`, 'money', ['budget', { year }, line.key]),
    ),
  );
  const formulas: FormulaDef[] = PROJECT_YEARS.map((_, y) => {
    const c = colLetters(6 + y);
    return {
      name: `BudgetGap_${y + 1}`,
      label: `差額 (${['Y-2', 'Y-1', 'Y'][y]})`,
      range: `${c}${top + 6}`,
      formula: `N(${c}${lineRow(0)})-SUM(${c}${lineRow(1)}:${c}${lineRow(4)})`,
      result: (valueAt) => excelN(valueAt(`${c}${lineRow(0)}`)) - [1, 2, 3, 4].reduce((s, i) => s + excelN(valueAt(`${c}${lineRow(i)}`)), 0),
      highlightNonZero: true,
    };
  });
  return combine(part({ labels, fields, formulas }), yearLabelCells('Budget', top, 6, PROJECT_YEARS));
}

/** Excel's N() and SUM() count numbers only; text such as "1,000" counts as 0. */
function excelN(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** 活動指標: a header row and three indicators of two rows (計画, 実績) each. */
export function activityBlock(top: number): LayoutPart {
  const header = part({
    labels: [label(`A${top}:A${top + 6}`, '活動指標', 'section'), label(`B${top}:C${top}`, '指標名'), label(`D${top}`, '単位'), label(`E${top}`, '')],
  });
  const rows = [0, 1, 2].map((slot) => {
    const r = top + 1 + slot * 2;
    const n = slot + 1;
    const path = (...rest: PathSeg[]): PathSeg[] => ['activities', slot, ...rest];
    return part({
      labels: [label(`E${r}`, '計画'), label(`E${r + 1}`, '実績')],
      fields: [
        field(`B${r}:C${r + 1}`, `Activity${n}Name`, `活動指標${n} 指標名`, 'text', path('name')),
        field(`D${r}:D${r + 1}`, `Activity${n}Unit`, `活動指標${n} 単位`, 'text', path('unit')),
        ...PROJECT_YEARS.flatMap((year, y) => [
          field(`${colLetters(6 + y)}${r}`, `Activity${n}Plan_${y + 1}`, `活動指標${n} 計画`, 'measurement', path('plan', { year })),
          field(`${colLetters(6 + y)}${r + 1}`, `Activity${n}Actual_${y + 1}`, `活動指標${n} 実績`, 'measurement', path('actual', { year })),
        ]),
      ],
    });
  });
  return combine(header, ...rows, yearLabelCells('Activity', top, 6, PROJECT_YEARS));
}

/** The report year's 実績 heading with its 評価, and the result text below them (project and measure sheets). */
export function resultBlock(row: number): LayoutPart {
  return part({
    labels: [label(`A${row}:E${row}`, withYear('実績'), 'section'), label(`F${row}`, '評価')],
    fields: [field(`G${row}:H${row}`, 'Evaluation', '評価', 'evaluation', ['evaluation']), field(`A${row + 1}:H${row + 1}`, 'Result', '実績', 'longText', ['result'])],
    rowHeights: { [row + 1]: 72 },
  });
}

/** A section heading across the page with one long text input below it. */
export function textSection(row: number, heading: LabelDef['text'], name: string, fieldLabel: string, path: PathSeg[], height = 60): LayoutPart {
  return part({
    labels: [label(`A${row}:H${row}`, heading, 'section')],
    fields: [field(`A${row + 1}:H${row + 1}`, name, fieldLabel, 'longText', path)],
    rowHeights: { [row + 1]: height },
  });
}

/** A label cell followed by a row of list slots, e.g. 関連 departments. */
export function slotRow(row: number, heading: string, name: string, fieldLabel: string, key: string, ranges: string[]): LayoutPart {
  return part({
    labels: [label(`A${row}`, heading)],
    fields: ranges.map((range, i) => field(range, `${name}_${i + 1}`, `${fieldLabel}${i + 1}`, 'text', [key, i])),
  });
}
