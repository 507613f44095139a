// Blocks several pages share: a budget by year and funding source (chart and table), an indicator's plan
// and actual with achievement (chart and table), the context every page is built from.
import type { BudgetAmounts, PolicyReport, YearAchievement } from '../core/consolidate/types';
import { outcomeAchievement } from '../core/consolidate/achievement';
import { fiscalYearLabel } from '../core/era';
import type { Value, YearValues } from '../core/model';
import { numberOf, readPlan } from '../core/numbers';
import { planActualChart, stackedBarChart } from './charts';
import { amount, percent, valueText, yearLabel } from './format';
import { table, type Ids } from './html';
import type { PublishSettings } from './settings';

/** What every page of a site is drawn from: the report (a policy's, or a form format's) and who publishes it. */
export interface SiteContext<R = PolicyReport> {
  report: R;
  settings: PublishSettings;
  /** `令和元年度 成果説明書 政策6 …`, or a form format's `令和元年度 事務事業評価シート（フルコスト）`. */
  siteTitle: string;
  /** `長野県小諸市`. */
  publisher: string;
}

export function siteContext<R>(report: R, settings: PublishSettings, siteTitle: string): SiteContext<R> {
  return { report, settings, siteTitle, publisher: `${settings.prefecture}${settings.localGovernmentName}` };
}

export const BUDGET_LINES: Array<[keyof BudgetAmounts, string]> = [
  ['total', '事業費'],
  ['subsidies', '国・県支出金'],
  ['bonds', '地方債'],
  ['other', 'その他'],
  ['general', '一般財源'],
];

/** The report's three years, Y-2 … Y. */
export function reportYears(report: PolicyReport): number[] {
  return [report.reportYear - 2, report.reportYear - 1, report.reportYear];
}

/** A year as a chart's category: the era label over the western year. */
function chartYear(year: number): string {
  return `${fiscalYearLabel(year)}\n（${year}年度）`;
}

/** Cost by year stacked by funding source, and the same numbers as a table. */
export function budgetBlock(caption: string, years: number[], amountOf: (year: number, line: keyof BudgetAmounts) => Value | number | undefined, ids: Ids): string {
  const sources = BUDGET_LINES.slice(1);
  const chart = stackedBarChart(
    { title: `${caption}の財源内訳`, unit: '千円', categories: years.map(chartYear), series: sources.map(([key, label]) => ({ label, values: years.map((y) => numeric(amountOf(y, key))) })) },
    ids,
  );
  const rows = years.map((y) => [yearLabel(y), ...BUDGET_LINES.map(([key]) => amount(amountOf(y, key)))]);
  return chart + table({ caption: `${caption}（単位：千円）`, columns: [{ label: '年度' }, ...BUDGET_LINES.map(([, label]) => ({ label, numeric: true }))], rows }, ids);
}

function numeric(v: Value | number | undefined): number | undefined {
  return typeof v === 'number' ? v : numberOf(v);
}

export interface IndicatorLike {
  name: string | null;
  unit: string | null;
  plan: YearValues;
  actual: YearValues;
  lowerIsBetter?: boolean;
}

/** An indicator's plan and actual per year, achievement up to the report year, as chart and table. */
export function indicatorBlock(indicator: IndicatorLike, years: number[], reportYear: number, ids: Ids): string {
  const achieved = achievementOf(indicator, reportYear);
  const planNumber = (y: number) => {
    const p = readPlan(indicator.plan[String(y)]);
    return p.kind === 'number' || p.kind === 'atLeast' || p.kind === 'atMost' ? p.value : undefined;
  };
  const textPlans = years.filter((y) => indicator.plan[String(y)] !== undefined && indicator.plan[String(y)] !== null && planNumber(y) === undefined);
  const notes = textPlans.map((y) => `${yearLabel(y)}の計画「${valueText(indicator.plan[String(y)])}」は数値でないため図に示していません`);
  const unit = indicator.unit ?? '';
  const chart = planActualChart(
    {
      title: `${indicator.name ?? '指標'}の計画と実績`,
      unit: unit || '指標の単位',
      categories: years.map(chartYear),
      series: [
        { label: '計画', values: years.map(planNumber) },
        { label: '実績', values: years.map((y) => (y <= reportYear ? numberOf(indicator.actual[String(y)]) : undefined)) },
      ],
      notes,
    },
    ids,
  );
  const rows = years.map((y) => {
    const a = achieved.find((x) => x.year === y);
    return [yearLabel(y), valueText(indicator.plan[String(y)]), y <= reportYear ? valueText(indicator.actual[String(y)]) : '－', percent(a?.rate), a?.status ?? '－'];
  });
  const columns = [{ label: '年度' }, { label: '計画', numeric: true }, { label: '実績', numeric: true }, { label: '達成率', numeric: true }, { label: '達成状況' }];
  return chart + table({ caption: `${indicator.name ?? '指標'}の計画と実績（単位：${unit || 'なし'}）`, columns, rows }, ids);
}

/** Achievement per year Y-2 … Y, judged by the plan's form as the report judges outcome indicators. */
export function achievementOf(indicator: IndicatorLike, reportYear: number): YearAchievement[] {
  return outcomeAchievement('', { reason: null, formula: null, baseline: null, ...indicator }, reportYear).years;
}
