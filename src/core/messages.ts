// Messages as data: texts per language with {placeholders}, the data that fills them, and where a message points.
import { printable } from './text';

export type Lang = 'ja' | 'en';
export type MessageData = Record<string, string | number>;

/** Where a finding points: a file, and when known its sheet, cell and field (defined name). */
export interface Place {
  file: string;
  sheet?: string;
  cell?: string;
  field?: string;
}

/** Texts per language, typed so that a message missing in either language fails the compiler. */
export interface Messages<M extends string> {
  ja: Record<M, string>;
  en: Record<NoInfer<M>, string>;
}

/** A template's {key}s replaced by the data's values; a key the data lacks stays as written. */
export function fill(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? show(data[key]) : whole));
}

/** Amounts read as a clerk writes them: 15,602. Text from a workbook never carries control characters out. */
function show(v: string | number): string {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : printable(String(v));
}
