// Sums of 事業費 and each funding source per fiscal year; only numbers count.
import type { Budget } from '../model';
import { numberOf } from '../numbers';
import type { BudgetTotals } from './types';

/** The amounts of `years` (in their order) while they are added up: LINES numbers a year, total first. */
export interface BudgetSums {
  years: readonly number[];
  amounts: Float64Array;
}

/** total, subsidies, bonds, other, general. */
const LINES = 5;

export function emptySums(years: readonly number[]): BudgetSums {
  return { years, amounts: new Float64Array(years.length * LINES) };
}

/**
 * A year's line looked up by the year as a number, and each line named, not looped over the lines' names: a key
 * changing at every step (the years as texts of a for…in, `line[key]` over the names) made each read and add a keyed
 * look-up, for a city's 4,000 projects in the serial tail. The sums are numbers in one array until the report's
 * objects are made from them (totalsOf), once a measure.
 */
export function addBudget(sums: BudgetSums, budget: Budget): void {
  const { years, amounts } = sums;
  for (let y = 0; y < years.length; y++) {
    const line = budget[years[y]];
    if (!line) continue;
    const at = y * LINES;
    amounts[at] += numberOf(line.total) ?? 0;
    amounts[at + 1] += numberOf(line.subsidies) ?? 0;
    amounts[at + 2] += numberOf(line.bonds) ?? 0;
    amounts[at + 3] += numberOf(line.other) ?? 0;
    amounts[at + 4] += numberOf(line.general) ?? 0;
  }
}

/** Adds sums of the same years. */
export function addSums(into: BudgetSums, from: BudgetSums): void {
  for (let i = 0; i < into.amounts.length; i++) into.amounts[i] += from.amounts[i];
}

/** The sums as the report shows them: amounts per line, keyed by the western year ("2019"). */
export function totalsOf({ years, amounts }: BudgetSums): BudgetTotals {
  const totals: BudgetTotals = {};
  for (let y = 0; y < years.length; y++) {
    const at = y * LINES;
    totals[years[y]] = { total: amounts[at], subsidies: amounts[at + 1], bonds: amounts[at + 2], other: amounts[at + 3], general: amounts[at + 4] };
  }
  return totals;
}
