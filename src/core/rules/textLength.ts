// Texts short enough to fit the printed page: a limit per field, counted in characters as staff see them.
import type { SheetKind } from '../model';
import type { FieldCell, ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { hasValue } from './fieldCells';
import { byShape, sheetCells, type Shape } from './sheetCells';
import type { Report } from './types';

/** The same limit for numbered slots: Activity1Name … Activity3Name. */
function slots(count: number, name: (n: number) => string, limit: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i + 1), limit]));
}

const REF_NAMES = { PolicyName: 60, MeasureName: 60 };

/**
 * A printed page holds about 40 full-width characters a line across the template's columns; rows may be made
 * taller, but the page may not. Each limit leaves room over the longest text of the seed report, which printed
 * in full (e.g. a measure's 実績 of 397 characters, the policy's 今後の取り組み of 467).
 */
const LIMITS: Record<SheetKind, Record<string, number>> = {
  project: {
    ...REF_NAMES,
    ProjectName: 40,
    Summary: 150,
    ...slots(3, (n) => `Activity${n}Name`, 60),
    Result: 400,
    Notes: 200,
    NextSteps: 400,
  },
  'budget-only': { ...REF_NAMES, ProjectName: 40 },
  measure: {
    ...REF_NAMES,
    ...{ Issues: 500, Purpose: 500, Priorities: 500, GoalPlan: 500, GoalReason: 500, Result: 500 },
    ...slots(3, (n) => `Outcome${n}Name`, 60),
    ...slots(3, (n) => `Outcome${n}Reason`, 150),
    ...slots(3, (n) => `Outcome${n}Formula`, 100),
    ...{ NextSteps: 500, Plans: 200, Notes: 200 },
  },
  policy: {
    PolicyName: 60,
    ...slots(6, (n) => `Mission_${n}`, 100),
    ...slots(6, (n) => `Direction_${n}`, 250),
    NextSteps: 600,
    ...slots(10, (n) => `MeasureName_${n}`, 60),
  },
};

/** Characters as a clerk counts them: a surrogate pair (𠮷) is one. */
function lengthOf(cell: FieldCell): number {
  return typeof cell.raw.value === 'string' ? [...cell.raw.value].length : 0;
}

/** A cell with a length limit: its position in the sheet's cells, and the limit. */
interface Limited {
  at: number;
  limit: number;
}

/** The cells of a shape that have a limit for a sheet kind, worked out once per shape and kind. */
const limitsByKind = byShape(() => new Map<SheetKind, Limited[]>());

function limitedOf(shape: Shape, kind: SheetKind): Limited[] {
  const known = limitsByKind(shape).get(kind);
  if (known) return known;
  const limits = LIMITS[kind];
  const limited = shape.fields.flatMap((field, at) => (field.name in limits ? [{ at, limit: limits[field.name] }] : []));
  limitsByKind(shape).set(kind, limited);
  return limited;
}

export const textLengthRule = sheetRule({
  id: 'text-length',
  severity: 'warning',
  description: { ja: '文章が印刷したページに収まる長さであること', en: 'Texts are short enough to fit the printed page' },
  messages: {
    ja: { tooLong: '{label}が{length}文字あります。印刷したときにページに収まらないおそれがあるため、{limit}文字以内を目安に短くしてください。' },
    en: { tooLong: '{label} is {length} characters long and may not fit the printed page; please shorten it to about {limit} characters.' },
  },
  check(read: ReadSheet) {
    // A form's texts have no known print limits (its definition would have to give them).
    if (read.sheet.kind === 'form') return [];
    const { all, shape } = sheetCells(read);
    const reports: Report<'tooLong'>[] = [];
    const limited = limitedOf(shape, read.sheet.kind);
    for (let i = 0; i < limited.length; i++) {
      const { at, limit } = limited[i];
      // The text's UTF-16 length first, on the value alone (no cell made): a text of no more units than its limit is
      // within it (each character is one or two units), and most texts are far shorter; only the few longer ones are
      // counted character by character (lengthOf).
      const value = all.valueAt(at);
      if (typeof value !== 'string' || value.length <= limit) continue;
      const cell = all.at(at);
      if (hasValue(cell) && lengthOf(cell) > limit) reports.push(atField(read, cell, 'tooLong', { length: lengthOf(cell), limit }));
    }
    return reports;
  },
});
