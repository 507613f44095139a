// Which cells the value rules look at, and the readings of their contents that several rules share.
import type { FormatDefinition } from '../format/schema';
import type { FieldDef, FieldType } from '../layout/types';
import type { Value } from '../model';
import { planOf, readNumber, type PlanValue } from '../numbers';
import type { FieldCell, RawCell, ReadSheet } from '../source';
import { byText } from '../textMemo';
import { atField } from './define';
import { positionsOf, sheetCells, type MoneyCell } from './sheetCells';
import type { MessageData, Report } from './types';

export type { MoneyCell };

export { isDash } from '../text';

/** Empty as a clerk sees it: nothing, or only spaces (full-width ones included). */
export function isBlank(raw: RawCell): boolean {
  return isBlankValue(raw.value);
}

export function isBlankValue(value: Value): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A cell whose content is this rule's to judge: found on the sheet, not blank (required-fields), not an
 * error such as #REF! (the error rule) and not a date (no-dates owns every date cell).
 */
export function hasValue(cell: FieldCell): boolean {
  return cell.located !== 'missing' && !cell.raw.error && !cell.raw.date && !isBlank(cell.raw);
}

/** The cell's content as text, for quoting it back in a message. */
export function shown(cell: FieldCell): string {
  return String(cell.raw.value);
}

/** What is wrong with a cell's value: `id` is the message, the other keys its data. */
export type CellProblem<M extends string> = { id: M } & MessageData;

/** The finding for a cell's problem, if any, with the value as written in the data as `value`. */
export function problemAt<M extends string>(read: ReadSheet, cell: FieldCell, problem: CellProblem<M> | undefined): Report<M>[] {
  const reports: Report<M>[] = [];
  addProblem(reports, read, cell, problem);
  return reports;
}

/**
 * The findings for the problems of the sheet's filled cells of one field type, in layout order. One indexed loop over
 * the type's positions into one array: a filter and a map made two arrays a sheet, a `flatMap` over problemAt one
 * a cell judged (tens of thousands at 10×), and until a loop is optimised each step of for…of is an object.
 *
 * A problem is told from the cell's value and field alone, so the cell is made only for a value with a problem, to
 * see whether it is this rule's to judge (`hasValue`) and to report it: most values are right (the sheet's cells are
 * compact, and a cell is made when asked for). A value hasValue would refuse (a date's text, spaces) is judged too,
 * and its problem dropped with it.
 */
export function problemsOfType<M extends string>(read: ReadSheet, type: FieldType, problemOf: (value: Value, field: FieldDef) => CellProblem<M> | undefined): Report<M>[] {
  const { all, shape } = sheetCells(read);
  const positions = positionsOf(shape, type);
  const reports: Report<M>[] = [];
  for (let i = 0; i < positions.length; i++) {
    const value = all.valueAt(positions[i]);
    if (value === null) continue;
    const problem = problemOf(value, shape.fields[positions[i]]);
    if (!problem) continue;
    const cell = all.at(positions[i]);
    if (hasValue(cell)) addProblem(reports, read, cell, problem);
  }
  return reports;
}

function addProblem<M extends string>(reports: Report<M>[], read: ReadSheet, cell: FieldCell, problem: CellProblem<M> | undefined): void {
  if (!problem) return;
  const { id, ...data } = problem;
  reports.push(atField(read, cell, id, { value: shown(cell), ...data }));
}

/**
 * Every filled 金額 cell that the money rules judge, read as a number the way staff write one (10,839千円, １２３, △5);
 * read once per sheet. A cell holding a whole number of zero or more as a number is what both rules accept, so it
 * is left out unread, its cell not made: most 金額 are (all 60,000 of the 10× set's), and a reading was made for each.
 */
export function moneyCells(read: ReadSheet): readonly MoneyCell[] {
  const sorted = sheetCells(read);
  if (sorted.money) return sorted.money;
  const money: MoneyCell[] = [];
  const positions = positionsOf(sorted.shape, 'money');
  for (let i = 0; i < positions.length; i++) {
    const value = sorted.all.valueAt(positions[i]);
    if (value === null || (typeof value === 'number' && isWholeAmount(value))) continue;
    const cell = sorted.all.at(positions[i]);
    if (!hasValue(cell)) continue;
    const reading = readNumber(value);
    if (reading.kind !== 'empty') money.push({ cell, reading });
  }
  sorted.money = money;
  return money;
}

/**
 * The kind of a plan's value, all that indicator-complete asks of most cells (a text's reading remembered). A plan typed as a
 * finite number is readPlan's `number`, told without the two objects readPlan makes for it (1.2 MB a run at 10×).
 */
export function planKindOf(value: Value): PlanValue['kind'] {
  return typeof value === 'number' && Number.isFinite(value) ? 'number' : planOf(value).kind;
}

/**
 * The format's money unit for a message: `{unit}` in Japanese (千円, 円), `{unitEn}` in English. One frozen object per
 * unit, shared (messages spread it): the money rules ask for it on every sheet, most of which have nothing to report.
 */
export function moneyUnitData(format: Pick<FormatDefinition, 'moneyUnit'>): MessageData {
  return unitDataOf(format.moneyUnit);
}

const unitDataOf = byText((unit: string): MessageData => Object.freeze({ unit, unitEn: unit === '円' ? 'yen' : 'thousand yen' }));

/** What 金額 must be: a whole number of the format's unit, zero or more. */
export function isWholeAmount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** A cell the other rules may judge: found on the sheet and not holding an error (this rule reports those). */
export function isReadable(cell: FieldCell): boolean {
  return cell.located !== 'missing' && !cell.raw.error;
}
