// Valid sheets of every kind, from the seed's real data, for rule cases to change one cell at a time.
import { assembleSheet } from '../../assembleSheet';
import { fiscalYearLabel } from '../../era';
import { FULLCOST } from '../../format/builtin';
import { builtFormat } from '../../format/buildLayout';
import { LAYOUTS, layoutFor, type Layout } from '../../layout';
import { fieldValue } from '../../layout/sheetData';
import type { BudgetOnlyProject, MeasureSheet, PolicySheet, ProjectSheet, Sheet, Value } from '../../model';
import type { FieldCell, RawCell, ReadSheet, WorkbookRead } from '../../source';

/** The built-in format's layouts and the full-cost format's (its `evaluation` forms). */
const KNOWN_LAYOUTS = { ...LAYOUTS, ...builtFormat(FULLCOST).layouts };

const policy6 = { number: '6', name: '全ての主体が参加し、協働するまちづくり' };
const measure61 = { number: '6-1', name: '協働によるまちづくりを推進します' };
const budgetYear = (total: number, other: number) => ({ total, subsidies: 0, bonds: 0, other, general: total - other });

export const validProject: ProjectSheet = {
  kind: 'project',
  reportYear: 2019,
  policy: policy6,
  measure: measure61,
  name: '市民活動支援事業',
  status: '継続',
  rank: 2,
  account: '一般会計・2総務費・1総務管理費・4企画費',
  department: '市民課',
  pledge: '1:無',
  summary: '市民活動の拠点施設の運営\n市民活動促進事業補助金の交付による活動支援',
  budget: { '2017': budgetYear(7267, 342), '2018': budgetYear(7048, 328), '2019': budgetYear(7164, 330) },
  activities: [
    { name: '活動団体・ボランティアの紹介数', unit: '件', plan: { '2017': 290, '2018': 290, '2019': 300 }, actual: { '2017': 344, '2018': 448, '2019': 558 } },
    { name: 'NPO・ボランティア交流集会の開催回数', unit: '回', plan: { '2017': 1, '2018': 1, '2019': 1 }, actual: { '2017': 1, '2018': 1, '2019': 1 } },
  ],
  result: '市民活動を支援するための補助金交付制度を継続した。',
  evaluation: '維持',
  notes: null,
  nextSteps: 'ボランティアの担い手を増やすための啓発を行う。',
};

export const validBudgetOnly: BudgetOnlyProject = {
  kind: 'budget-only',
  reportYear: 2019,
  policy: policy6,
  measure: { number: '6-3', name: '財政の健全性を確保しながら、効率的・効果的な財政運営を進めます' },
  name: '利子',
  status: '継続',
  account: '一般会計・12公債費・1公債費・2利子',
  department: '財政課',
  budget: {
    '2017': { total: 111065, subsidies: 0, bonds: 0, other: 2384, general: 108681 },
    '2018': { total: 97618, subsidies: 0, bonds: 0, other: 1957, general: 95661 },
    '2019': { total: 85100, subsidies: 0, bonds: 0, other: 1633, general: 83467 },
  },
};

export const validMeasure: MeasureSheet = {
  kind: 'measure',
  reportYear: 2019,
  policy: policy6,
  measure: measure61,
  department: '企画課',
  related: [],
  issues: '市民活動団体や区の活動についても、参加者の減少や高齢化、固定化が進んでいる。',
  purpose: '市民はじめ関係者の理解を深め、自発的で主体的な活動を活発にする。',
  priorities: '地区懇談会等を実践し、地域課題の解決に努める。',
  goalPlan: '市民活動が活発に行われている状態。',
  goalReason: '協働による市民主体のまちづくりが推進されるから。',
  result: '地区懇談会の実践を通じて市民主体の参加と協働のまちづくりを推進した。',
  evaluation: '維持',
  outcomes: [
    {
      name: '小諸市自治基本条例があることを知っている市民',
      reason: '条例の認知度を高めたいから。',
      formula: null,
      unit: '%',
      baseline: 15.6,
      plan: { '2017': 22.8, '2018': 26.4, '2019': 18, '2020': 21 },
      actual: { '2017': 13, '2018': 15.6, '2019': 16.9 },
    },
  ],
  nextSteps: '区、各種団体等との連携や支援等を図る。',
  plans: '市民活動支援・推進のためのアクションプラン',
  notes: null,
};

export const validPolicy: PolicySheet = {
  kind: 'policy',
  reportYear: 2019,
  policy: policy6,
  department: '総務部',
  related: ['市民生活部'],
  mission: ['・参加と協働のまちづくりを実践する。'],
  directions: ['◎効率的・効果的な市政経営を推進する。'],
  nextSteps: '堅実で計画的な財政運営に努める。',
  measures: [measure61],
};

/** Cell contents to put in place of what the sheet holds, by defined name: a value, or a RawCell (#REF!, a formula). */
export type CellPatch = Record<string, Value | RawCell>;

/**
 * A sheet as the reader would give it: the model's values in the layout's cells, changed by `patch`.
 * `lost` names fields whose defined names were lost (found by label), `missing` ones not found at all; `layout`
 * another than the sheet kind's own (a variant of a format).
 */
export function readSheetOf(sheet: Sheet, patch: CellPatch = {}, opts: { lost?: string[]; missing?: string[]; sheetName?: string; file?: string; layout?: Layout } = {}): ReadSheet {
  const layout = opts.layout ?? layoutFor(sheet, KNOWN_LAYOUTS);
  const cells = new Map<string, FieldCell>();
  for (const field of layout.fields) {
    const address = field.range.split(':')[0];
    const missing = opts.missing?.includes(field.name);
    const written = field.type === 'reportYear' ? fiscalYearLabel(sheet.reportYear) : field.type === 'yearLabel' ? fiscalYearLabel(sheet.reportYear + (field.yearOffset ?? 0)) : fieldValue(sheet, field);
    const patched = field.name in patch ? patch[field.name] : written;
    cells.set(field.name, {
      field,
      address: missing ? undefined : address,
      located: missing ? 'missing' : opts.lost?.includes(field.name) ? 'label' : 'name',
      raw: missing ? { value: null } : asRaw(patched),
    });
  }
  // A derived cell (人件費) holds its live formula and the value it shows, unless the patch types a value over it.
  for (const formula of layout.formulas) {
    if (!formula.field) continue;
    const raw = formula.name in patch ? asRaw(patch[formula.name]) : { value: fieldValue(sheet, formula.field), formula: formula.formula };
    cells.set(formula.name, { field: formula.field, address: formula.range.split(':')[0], located: 'name', raw });
  }
  return assembleSheet(layout, cells, { file: opts.file ?? 'dept.xlsx', sheetName: opts.sheetName ?? sheet.kind }, sheet.reportYear);
}


function asRaw(v: Value | RawCell): RawCell {
  return v !== null && typeof v === 'object' ? v : { value: v };
}

export function workbookOf(file: string, sheets: ReadSheet[]): WorkbookRead {
  return { file, meta: {}, problems: [], sheets: sheets.map((s) => ({ ...s, source: { ...s.source, file } })) };
}
