// What the rules over the whole set of workbooks share: their sheets, keys and first occurrences.
import type { Sheet, SheetKind, Value } from '../model';
import type { ReadSheet, WorkbookRead } from '../source';
import { squeeze } from '../text';
import { atField } from './define';
import type { MessageData, Report } from './types';

export type ReadOf<K extends SheetKind> = ReadSheet & { sheet: Extract<Sheet, { kind: K }> };

/** Every sheet of the given kinds, workbook by workbook in the order given. */
export function sheetsOfKind<K extends SheetKind>(workbooks: WorkbookRead[], ...kinds: K[]): ReadOf<K>[] {
  const wanted: readonly SheetKind[] = kinds;
  return workbooks.flatMap((wb) => wb.sheets).filter((read): read is ReadOf<K> => wanted.includes(read.sheet.kind));
}

/** A value compared as staff mean it: full-width forms and every space evened out; '' when empty. */
export function textKey(value: Value | undefined): string {
  return value === null || value === undefined ? '' : squeeze(String(value));
}

/** Each item whose key an earlier item already had, with that first item. Items without a key are skipped. */
export function laterOccurrences<T>(items: T[], keyOf: (item: T) => string | undefined): Array<{ item: T; first: T }> {
  const firsts = new Map<string, T>();
  return items.flatMap((item) => {
    const key = keyOf(item);
    if (key === undefined) return [];
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, item);
    return first === undefined ? [] : [{ item, first }];
  });
}

/** Where the first occurrence is, for the message: its file and sheet. */
export function firstPlace(first: ReadSheet): MessageData {
  return { firstFile: first.source.file, firstSheet: first.source.sheetName };
}

/** A report at one field of a sheet, when the sheet has that field. */
export function atNamedField<M extends string>(read: ReadSheet, name: string, messageId: M, data: MessageData): Report<M>[] {
  const cell = read.source.cells.get(name);
  return cell ? [atField(read, cell, messageId, data)] : [];
}

/** A project is known by its name and its 会計・款・項・目; undefined when it has no name. */
export function projectKey(read: ReadOf<'project' | 'budget-only'>): string | undefined {
  const name = textKey(read.sheet.name);
  return name ? `${name}\u0000${textKey(read.sheet.account)}` : undefined;
}

/** Dashes that look like - in a number such as 6-1. */
const DASH_LOOKALIKES = /[‐‑‒–—―−ーｰ﹣－]/g;

/** A policy or measure number compared as meant: ６－１ and 6ー1 are 6-1. */
export function codeKey(value: Value | undefined): string {
  return textKey(value).replace(DASH_LOOKALIKES, '-');
}
