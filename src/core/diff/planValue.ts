// Plans compared as meant: 99.1 and "99.10", "56以上" and "５６以上" are the same plan; "-" is no plan.
import type { Value } from '../model';
import { readPlan } from '../numbers';
import { isDash } from '../text';
import { textKey } from '../keys';

/** A plan reduced to what it means: '' when empty, '-' when the year had no plan. */
export function planKey(value: Value | undefined): string {
  const plan = readPlan(value);
  if (plan.kind === 'empty') return '';
  if (plan.kind === 'text') return isDash(plan.text) ? '-' : textKey(plan.text);
  return JSON.stringify(plan);
}

/** The year had a plan: something other than empty or "-". */
export function isPlanned(value: Value | undefined): boolean {
  const key = planKey(value);
  return key !== '' && key !== '-';
}
