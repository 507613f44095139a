// Last year's report against this year's (rule 11): each measure and project found by its key, then what changed.
import type { FormatDefinition } from '../format/schema';
import type { Value } from '../model';
import type { MessageData } from '../messages';
import { titleOf } from '../sheetTitle';
import { textKey } from '../keys';
import type { FieldCell, ReadSheet, WorkbookRead } from '../source';
import { budgetChanges } from './budget';
import { formFieldChanges } from './formFields';
import { pairIndicators, planChanges, type IndicatorPair } from './indicators';
import { cellsByPath, labelOf, placeOf } from './place';
import { sheetsByKey } from './sheetKeys';
import type { Change, ChangeKind } from './types';

/**
 * This year's sheets in the order given, each with its changes, then what last year had and this year lacks. Forms
 * are found by the fields the format's consolidation tells them apart by (`key`); a format without one has none compared.
 */
export function compareWorkbooks(previous: WorkbookRead[], current: WorkbookRead[], format?: FormatDefinition): Change[] {
  const formKey = format?.consolidation.key;
  const before = sheetsByKey(previous, formKey);
  const after = sheetsByKey(current, formKey);
  const changes = [...after].flatMap(([key, read]) => {
    const old = before.get(key);
    return old ? sheetChanges(old, read) : [presence(read, 'Added')];
  });
  return [...changes, ...[...before].filter(([key]) => !after.has(key)).map(([, old]) => presence(old, 'Removed'))];
}

function presence(read: ReadSheet, what: 'Added' | 'Removed'): Change {
  const kind: ChangeKind = `${read.sheet.kind === 'measure' ? 'measure' : 'project'}${what}`;
  const title = titleOf(read.sheet);
  return { kind, subject: title, at: placeOf(read), data: { title } };
}

const shown = (v: Value | undefined): string => (v === null || v === undefined ? '' : String(v));

function sheetChanges(before: ReadSheet, after: ReadSheet): Change[] {
  const cells = cellsByPath(after);
  const subject = titleOf(after.sheet);
  const change = (kind: ChangeKind, cell: FieldCell | undefined, data: MessageData): Change => ({ kind, subject, at: placeOf(after, cell), data });
  const label = (cell: FieldCell | undefined) => labelOf(after, cell, '');
  const { pairs, added, removed } = pairIndicators(before, after);
  const indicator = (pair: IndicatorPair): Change[] => {
    const name = shown(pair.after.name);
    const nameCell = cells.get(`${pair.list}.${pair.slot}.name`);
    const unitCell = cells.get(`${pair.list}.${pair.slot}.unit`);
    return [
      ...(textKey(pair.before.name) !== textKey(pair.after.name) ? [change('indicatorName', nameCell, { label: label(nameCell), before: shown(pair.before.name), after: name })] : []),
      ...(textKey(pair.before.unit) !== textKey(pair.after.unit) ? [change('indicatorUnit', unitCell, { label: label(unitCell), name, before: shown(pair.before.unit), after: shown(pair.after.unit) })] : []),
      ...planChanges(pair, cells).map((p) => change('plan', p.cell, { label: label(p.cell), name, before: shown(p.before), after: shown(p.after) })),
    ];
  };
  const all = [
    ...budgetChanges(before, after, cells).map((b) => change('budget', b.cell, { label: label(b.cell), before: b.before, after: b.after, delta: signed(b.after - b.before) })),
    ...pairs.flatMap(indicator),
    ...added.map((a) => change('indicatorAdded', cells.get(`${a.list}.${a.slot}.name`), { name: shown(a.indicator.name) })),
    ...removed.map((i) => change('indicatorRemoved', undefined, { name: shown(i.name) })),
    ...evaluationChange(before, after, (cell, data) => change('evaluation', cell, data)),
    ...formFieldChanges(before, after).map((f) => change('field', f.cell, { label: label(f.cell), before: f.before ?? '', after: f.after ?? '' })),
  ];
  return inLayoutOrder(all, after);
}

/** This year's 評価 against last year's; an empty one is not yet written, not a change. */
function evaluationChange(before: ReadSheet, after: ReadSheet, change: (cell: FieldCell | undefined, data: MessageData) => Change): Change[] {
  if (!('evaluation' in before.sheet) || !('evaluation' in after.sheet)) return [];
  const [was, is] = [before.sheet.evaluation, after.sheet.evaluation];
  if (!textKey(is) || textKey(was) === textKey(is)) return [];
  return [change(after.source.cells.get('Evaluation'), { before: shown(was), after: shown(is) })];
}

/** +1,234 / −1,234: the move in 千円, as a clerk writes amounts. */
function signed(n: number): string {
  return `${n < 0 ? '−' : '+'}${Math.abs(n).toLocaleString('en-US')}`;
}

/** Top to bottom as the sheet is laid out; changes without a cell (an indicator removed) last. */
function inLayoutOrder(changes: Change[], read: ReadSheet): Change[] {
  const order = new Map(read.source.layout.fields.map((f, i) => [f.name, i]));
  const rank = (c: Change) => (c.at.field === undefined ? Infinity : order.get(c.at.field) ?? Infinity);
  return changes.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
}
