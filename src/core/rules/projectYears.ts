// The 事業期間 of a form: 開始年度 and 終了年度 read as fiscal years (和暦 or 西暦), 終了年度 may say 終期なし.
import { parseFiscalYear } from '../era';
import type { FieldCell } from '../source';
import { squeeze } from '../text';
import { hasValue } from './fieldCells';

/** How staff write that a project has no planned end. */
const NO_END = new Set(['終期なし', 'なし', '未定', '-']);

export type ProjectYear = { kind: 'year'; year: number } | { kind: 'noEnd' } | { kind: 'unreadable' } | { kind: 'empty' };

/** A 開始年度 or 終了年度 cell; only an end may say 終期なし. Empty is required-fields' to judge. */
export function readProjectYear(cell: FieldCell | undefined, isEnd: boolean): ProjectYear {
  if (!cell || !hasValue(cell)) return { kind: 'empty' };
  const year = parseFiscalYear(cell.raw.value);
  if (year !== undefined) return { kind: 'year', year };
  return isEnd && NO_END.has(squeeze(String(cell.raw.value))) ? { kind: 'noEnd' } : { kind: 'unreadable' };
}
