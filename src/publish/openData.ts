// The open data files: projects.csv (a row per project and fiscal year), indicators.csv (a row per
// indicator and year), measures.csv (a row per measure and year). Japanese headers as in the government's
// open data sets, the 全国地方公共団体コード first, fiscal years with their ISO start and end dates, money in
// 千円 as plain integers.
import type { MeasureSection, PolicyReport } from '../core/consolidate/types';
import { fiscalYearLabel } from '../core/era';
import { EVALUATION_VALUES, type Budget, type Value } from '../core/model';
import { numberOf } from '../core/numbers';
import { achievementOf, BUDGET_LINES, reportYears, type IndicatorLike } from './blocks';
import { csv, type CsvValue } from './csv';
import type { PublishSettings } from './settings';

export const WHO = ['全国地方公共団体コード', '都道府県名', '地方公共団体名', '報告年度'];
export const YEAR = ['年度', '年度（和暦）', '年度開始日', '年度終了日'];
const MONEY = BUDGET_LINES.map(([, label]) => `${label}（千円）`);

/** Who publishes, and the report's year: the first columns of every open-data row. */
export function who(settings: PublishSettings, report: { reportYear: number }): CsvValue[] {
  return [settings.localGovernmentCode, settings.prefecture, settings.localGovernmentName, report.reportYear];
}

/** A fiscal year runs from 1 April to 31 March. */
export function yearColumns(year: number): CsvValue[] {
  return [year, fiscalYearLabel(year), `${year}-04-01`, `${year + 1}-03-31`];
}

/** A cell as open data: numbers as numbers, text verbatim, empty as empty. */
export function cell(v: Value | undefined): CsvValue {
  return numberOf(v ?? null) ?? (v === null || v === undefined ? null : String(v));
}

function money(budget: Budget, year: number): CsvValue[] {
  return BUDGET_LINES.map(([key]) => numberOf(budget[String(year)]?.[key] ?? null) ?? null);
}

function policyColumns(report: PolicyReport): CsvValue[] {
  return [report.policy?.sheet.policy.number ?? null, report.policy?.sheet.policy.name ?? null];
}

export function projectsCsv(report: PolicyReport, settings: PublishSettings): string {
  const header = [...WHO, '政策番号', '政策名', '施策番号', '施策名', '掲載順', '事務事業名', '区分', '新規・継続', '施策内順位', '会計・款・項・目', '所管課', '市長公約事項', '事業概要', ...YEAR, ...MONEY, '実績', '評価', '特記事項', '目標の実現に向けた今後の取り組み'];
  const rows = report.measures.flatMap((m) => {
    const projects = [...m.projects.map((p) => ({ kind: '事務事業', p: p.sheet })), ...m.budgetOnly.map((p) => ({ kind: '投入指標のみ', p: p.sheet }))];
    return projects.flatMap(({ kind, p }, i) =>
      reportYears(report).map((year) => {
        const full = p.kind === 'project' ? p : undefined;
        return [
          ...who(settings, report),
          ...policyColumns(report),
          m.number,
          m.name,
          i + 1,
          p.name,
          kind,
          cell(p.status),
          cell(full?.rank),
          p.account,
          p.department,
          cell(full?.pledge),
          full?.summary,
          ...yearColumns(year),
          ...money(p.budget, year),
          full?.result,
          cell(full?.evaluation),
          full?.notes,
          full?.nextSteps,
        ];
      }),
    );
  });
  return csv(header, rows);
}

export function indicatorsCsv(report: PolicyReport, settings: PublishSettings): string {
  const header = [...WHO, '指標の種類', '施策番号', '施策名', '事務事業名', '指標番号', '指標名', '単位', '設定理由', '算式', '計画策定時', ...YEAR, '計画', '実績', '達成率（%）', '達成状況'];
  const y = report.reportYear;
  const rows = report.measures.flatMap((m) => [
    ...(m.sheet?.sheet.outcomes ?? []).flatMap((o, i) =>
      indicatorRows(report, o, [y - 2, y - 1, y, y + 1], [...who(settings, report), '成果指標', m.number, m.name, null, i + 1, o.name, o.unit, o.reason, o.formula, cell(o.baseline)]),
    ),
    ...m.projects.flatMap((p) =>
      p.sheet.activities.flatMap((a, i) => indicatorRows(report, a, reportYears(report), [...who(settings, report), '活動指標', m.number, m.name, p.sheet.name, i + 1, a.name, a.unit, null, null, null])),
    ),
  ]);
  return csv(header, rows);
}

function indicatorRows(report: PolicyReport, indicator: IndicatorLike, years: number[], lead: CsvValue[]): CsvValue[][] {
  if (!indicator.name) return [];
  const achieved = achievementOf(indicator, report.reportYear);
  return years.map((year) => {
    const a = achieved.find((x) => x.year === year);
    const rate = a?.rate === undefined ? null : Math.round(a.rate * 1000) / 10;
    return [...lead, ...yearColumns(year), cell(indicator.plan[String(year)]), year <= report.reportYear ? cell(indicator.actual[String(year)]) : null, rate, a && a.status !== '未入力' ? a.status : null];
  });
}

export function measuresCsv(report: PolicyReport, settings: PublishSettings): string {
  const evaluations = [...EVALUATION_VALUES, '未記入'];
  const header = [
    ...WHO,
    '政策番号',
    '政策名',
    '施策番号',
    '施策名',
    '所管',
    '関連',
    ...YEAR,
    ...MONEY,
    '事務事業数',
    '投入指標のみの事務事業数',
    ...evaluations.map((e) => `評価件数（${e}）`),
    '施策の評価',
    '現状と課題',
    '方針（目的）',
    '重点方針と目標',
    '目標（計画）',
    '目標（設定理由）',
    '実績',
    '今後の取り組み',
    '個別計画',
    '特記事項',
  ];
  const rows = report.measures.flatMap((m) => reportYears(report).map((year) => measureRow(report, settings, m, year, evaluations)));
  return csv(header, rows);
}

/** The counts and texts are the report year's, so they sit on its row only (summing rows never counts them twice). */
function measureRow(report: PolicyReport, settings: PublishSettings, m: MeasureSection, year: number, evaluations: string[]): CsvValue[] {
  const s = m.sheet?.sheet;
  const own = year === report.reportYear;
  const texts = s ? [s.issues, s.purpose, s.priorities, s.goalPlan, s.goalReason, s.result, s.nextSteps, s.plans, s.notes] : Array<null>(9).fill(null);
  return [
    ...who(settings, report),
    ...policyColumns(report),
    m.number,
    m.name,
    s?.department ?? null,
    s?.related.join('、') ?? null,
    ...yearColumns(year),
    ...BUDGET_LINES.map(([key]) => m.totals[String(year)]?.[key] ?? null),
    own ? m.projects.length : null,
    own ? m.budgetOnly.length : null,
    ...evaluations.map((e) => (own ? m.evaluations[e] ?? 0 : null)),
    own ? cell(s?.evaluation) : null,
    ...(own ? texts : texts.map(() => null)),
  ];
}
