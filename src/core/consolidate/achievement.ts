// Outcome indicator achievement: plan against actual per year, judged by the plan's form, never guessed.
import type { OutcomeIndicator } from '../model';
import { numberOf, planOf, readPlan, type PlanValue } from '../numbers';
import type { AchievementStatus, OutcomeAchievement, YearAchievement } from './types';

export const ON_TRACK = 0.8;
export const SLIGHTLY_BEHIND = 0.6;

export function statusOf(rate: number): AchievementStatus {
  if (rate >= ON_TRACK) return '順調';
  if (rate >= SLIGHTLY_BEHIND) return 'やや遅れ';
  return '遅れ';
}

/** Achievement of each year up to the report year (Y-2 … Y). */
export function outcomeAchievement(measure: string, indicator: OutcomeIndicator, reportYear: number): OutcomeAchievement {
  // Every year's plan read once, for the direction and for its year's achievement, a text's reading remembered (a
  // text plan, 56以上, is read through NFKC and several patterns, and a city's indicators repeat the same few).
  const planYears = Object.keys(indicator.plan);
  const plans = planYears.map((year) => planOf(indicator.plan[year]));
  const yearPlan = (year: number) => {
    const at = planYears.indexOf(String(year));
    return at < 0 ? NO_PLAN : plans[at];
  };
  const years = [reportYear - 2, reportYear - 1, reportYear].map((year) => yearAchievement(indicator, year, yearPlan(year)));
  return { measure, name: indicator.name ?? '', unit: indicator.unit, direction: directionOf(indicator, plans), years };
}

/** A year the plan does not name, read as readPlan reads none. */
const NO_PLAN = readPlan(null);

function directionOf(indicator: OutcomeIndicator, forms: PlanValue[]): OutcomeAchievement['direction'] {
  if (forms.some((p) => p.kind === 'atMost' || (p.kind === 'vsPrevious' && p.direction === 'atMost'))) return 'lower';
  if (forms.some((p) => p.kind === 'text')) return 'text';
  return indicator.lowerIsBetter ? 'lower' : 'higher';
}

/** A year's achievement, its plan as read (`form`). */
function yearAchievement(indicator: OutcomeIndicator, year: number, form: PlanValue): YearAchievement {
  const plan = indicator.plan[String(year)] ?? null;
  const actual = indicator.actual[String(year)] ?? null;
  const rate = rateOf(indicator, year, form);
  const status: AchievementStatus = rate !== undefined ? statusOf(rate) : form.kind === 'text' ? '測定不能' : '未入力';
  return { year, plan, actual, rate, status };
}

/** How far the actual reached the plan (the year's, as read), 1 being exactly the plan, in the direction that is better. */
function rateOf(indicator: OutcomeIndicator, year: number, plan: PlanValue): number | undefined {
  const actual = numberOf(indicator.actual[String(year)]);
  if (actual === undefined) return undefined;
  switch (plan.kind) {
    case 'number':
      return indicator.lowerIsBetter ? ratio(plan.value, actual) : ratio(actual, plan.value);
    case 'atLeast':
      return ratio(actual, plan.value);
    case 'atMost':
      return ratio(plan.value, actual);
    case 'vsPrevious': {
      const previous = numberOf(indicator.actual[String(year - 1)]);
      if (previous === undefined) return undefined;
      return plan.direction === 'atLeast' ? ratio(actual, previous) : ratio(previous, actual);
    }
    default:
      return undefined;
  }
}

/** a / b, where reaching zero when zero was the aim (or beating it) counts as fully achieved. */
function ratio(a: number, b: number): number {
  if (b === 0) return a >= 0 ? 1 : 0;
  return a / b;
}
