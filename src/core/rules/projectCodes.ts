// 事務事業コード as the full-cost format writes it: 政策-施策-基本事業-連番, 9 digits shown 2-2-2-3 (06-01-02-003).
import type { Value } from '../model';
import { codeKey } from '../keys';
import { evenDashes, toHalfWidth } from '../text';

export interface ProjectCode {
  /** The code as it should be written: 06-01-02-003. */
  text: string;
  /** Its 施策 as the sheets number measures: 6-1. */
  measure: string;
}

const SHAPE = /^(\d{2})-?(\d{2})-?(\d{2})-?(\d{3})$/;

/** Whether a code is written in half-width digits and the plain dash, as other systems will read it. */
export function isHalfWidth(text: string): boolean {
  return evenDashes(toHalfWidth(text)) === text;
}

/** The code a value holds once full-width digits and dashes are read as half-width ones; undefined if it is not one. */
export function readProjectCode(value: Value | undefined): ProjectCode | undefined {
  if (value === null || value === undefined) return undefined;
  const m = SHAPE.exec(evenDashes(toHalfWidth(String(value).trim())));
  if (!m) return undefined;
  return { text: `${m[1]}-${m[2]}-${m[3]}-${m[4]}`, measure: `${Number(m[1])}-${Number(m[2])}` };
}

/** A 施策 number as the codes' 施策 part reads (6-1), however it is written: 06-01, ６－１. */
export function measureKey(value: Value | undefined): string {
  return codeKey(value)
    .split('-')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('-');
}
