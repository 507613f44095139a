// Reading numbers and plan values the way staff write them: 10,839千円, １２３, △5, 56以上, 前年度以下.
import { Value } from './model';
import { toHalfWidth } from './text';
import { byText } from './textMemo';

export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; original: Value; normalised: boolean }
  | { kind: 'text'; original: string };

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * A cell's value as a number. `normalised` says the cell held text we had to clean up
 * (full-width digits, thousands commas, a 千円 unit, △ for minus) so the checker can say what it read.
 */
export function readNumber(raw: Value | undefined): NumberReading {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw, original: raw, normalised: false } : { kind: 'text', original: String(raw) };
  const s = toHalfWidth(raw).replace(/\s+/g, '').replace(/千円$/, '').replace(/^[△▲]/, '-');
  if (s === '') return { kind: 'empty' };
  if (!NUMBER.test(s)) return { kind: 'text', original: raw };
  return { kind: 'number', value: Number(s.replace(/,/g, '')), original: raw, normalised: true };
}

/**
 * The number in a cell, or undefined when it is empty or not a number. A number is its own reading, taken without
 * making one, and so is an empty cell's (none): most cells hold one or the other, and the rules and totals ask this
 * of tens of thousands of cells at 10×.
 */
export function numberOf(raw: Value | undefined): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (raw === null || raw === undefined) return undefined;
  const r = readNumber(raw);
  return r.kind === 'number' ? r.value : undefined;
}

export type PlanValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'atLeast'; value: number }
  | { kind: 'atMost'; value: number }
  | { kind: 'vsPrevious'; direction: 'atLeast' | 'atMost' }
  | { kind: 'text'; text: string };

/** A plan's form, which decides how its achievement is judged; text such as 実施する is kept, never guessed. */
export function readPlan(raw: Value | undefined): PlanValue {
  const n = readNumber(raw);
  if (n.kind === 'empty') return n;
  if (n.kind === 'number') return { kind: 'number', value: n.value };
  const s = toHalfWidth(n.original).replace(/\s+/g, '');
  if (s === '前年度以上') return { kind: 'vsPrevious', direction: 'atLeast' };
  if (s === '前年度以下') return { kind: 'vsPrevious', direction: 'atMost' };
  const bound = /^(.+?)(以上|以下)$/.exec(s);
  const value = bound ? readNumber(bound[1]) : undefined;
  if (bound && value?.kind === 'number') return { kind: bound[2] === '以上' ? 'atLeast' : 'atMost', value: value.value };
  return { kind: 'text', text: n.original };
}

/**
 * A value's plan as readPlan reads it, a text's reading remembered by the text: the same few plans (実施する, 随時,
 * 100以上) recur on a city's sheets, and each reading is several patterns over the text, twice over (the plan,
 * then its number). A reading is shared, never changed.
 */
export function planOf(raw: Value | undefined): PlanValue {
  return typeof raw === 'string' ? planOfText(raw) : readPlan(raw);
}

const planOfText = byText(readPlan);
