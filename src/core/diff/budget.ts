// 投入指標 year over year: an amount for the same fiscal year that moved by more than a clerk's correction.
import { FUNDING_SOURCES, type BudgetLine } from '../model';
import { numberOf } from '../numbers';
import type { FieldCell, ReadSheet } from '../source';

/**
 * Worth listing when both hold: at least 20% of last year's figure and at least 1,000 千円. Past years'
 * figures are settled (決算) and the current year's budget is revised in supplementary budgets, so small
 * moves are routine; a 0 that became 1,000 千円 or more is always listed.
 */
export const BUDGET_THRESHOLD = { ratio: 0.2, amount: 1000 } as const;

const LINES: readonly BudgetLine[] = ['total', ...FUNDING_SOURCES];

export interface BudgetChange {
  year: string;
  line: BudgetLine;
  before: number;
  after: number;
  cell?: FieldCell;
}

export function beyondThreshold(before: number, after: number): boolean {
  const diff = Math.abs(after - before);
  return diff >= BUDGET_THRESHOLD.amount && diff >= BUDGET_THRESHOLD.ratio * Math.abs(before);
}

/** Amounts of fiscal years both sheets show; cells that are not numbers are money-format's findings. */
export function budgetChanges(before: ReadSheet, after: ReadSheet, cells: Map<string, FieldCell>): BudgetChange[] {
  if (!('budget' in before.sheet) || !('budget' in after.sheet)) return [];
  const old = before.sheet.budget;
  return Object.entries(after.sheet.budget).flatMap(([year, amounts]) =>
    LINES.flatMap((line) => {
      const was = numberOf(old[year]?.[line]);
      const is = numberOf(amounts[line]);
      if (was === undefined || is === undefined || !beyondThreshold(was, is)) return [];
      return [{ year, line, before: was, after: is, cell: cells.get(`budget.${year}.${line}`) }];
    }),
  );
}
