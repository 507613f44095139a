// The list of input fields per layout: printed by `seika fields` and kept as docs/template-fields.md.
import type { KindId } from '../model';
import { LAYOUTS } from './index';
import type { FieldType, Layout } from './types';
import { genericLabel } from './sheetData';

export interface FieldRow {
  kind: KindId;
  name: string;
  label: string;
  type: FieldType;
  /** An enum field's values. */
  list?: readonly string[];
  cell: string;
  input: boolean;
}

const TYPE_TEXT: Record<FieldType, string> = {
  reportYear: '年度 (固定) / fiscal year, locked',
  yearLabel: '年度見出し (固定) / year label, locked',
  code: '番号 / number such as 6-1',
  text: '文字 / text',
  longText: '文章 / long text',
  money: '金額 千円・0以上の整数 / 千円, integer ≥ 0',
  measurement: '数値・56以上・前年度以下・文字 / number, bound or text',
  rank: '正の整数 または - / positive integer or -',
  enum: '一覧 / list',
  integer: '整数 / integer',
  decimal: '数値 (小数可) / number',
  year: '年度 (和暦・西暦) / fiscal year',
  date: '日付 / date',
};

/** The fields of a sheet kind, in the built-in format's layouts or in those given. */
export function fieldRows(kind: KindId, layouts: Partial<Record<KindId, Layout>> = LAYOUTS): FieldRow[] {
  const layout = layouts[kind];
  if (!layout) return [];
  return [
    ...layout.fields.map((f) => ({ kind, name: f.name, label: genericLabel(f), type: f.type, ...(f.list ? { list: f.list.values } : {}), cell: f.range.split(':')[0], input: f.type !== 'reportYear' && f.type !== 'yearLabel' })),
    ...layout.formulas.map((f) => ({ kind, name: f.name, label: f.label, type: 'money' as const, cell: f.range, input: false })),
  ];
}

/** A field's type in words; an amount in the format's money unit (千円 or 円). */
function typeText(row: FieldRow, moneyUnit: string): string {
  if (!row.input) return row.type === 'money' ? '数式 (固定) / formula, locked' : TYPE_TEXT[row.type];
  if (row.type === 'money') return TYPE_TEXT.money.replace(/千円/g, moneyUnit);
  return row.list ? `一覧: ${row.list.join('・')}` : TYPE_TEXT[row.type];
}

export function fieldsMarkdown(kinds: readonly KindId[], layouts: Partial<Record<KindId, Layout>> = LAYOUTS, moneyUnit = '千円'): string {
  const sections = kinds.flatMap((kind) => {
    const layout = layouts[kind];
    if (!layout) return [];
    const rows = fieldRows(kind, layouts).map((r) => `| \`${r.name}\` | ${r.label} | ${typeText(r, moneyUnit)} | ${r.cell} |`);
    return [`## ${layout.title} (\`--kind ${kind}\`)`, '', '| name | label | type | cell |', '|---|---|---|---|', ...rows].join('\n');
  });
  return `${sections.join('\n\n')}\n`;
}
