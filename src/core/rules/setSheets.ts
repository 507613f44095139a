// What the rules over the whole set of workbooks share: their sheets, keys and first occurrences.
import type { SheetKind } from '../model';
import type { ReadOf, ReadSheet, WorkbookRead } from '../source';
import { atField } from './define';
import type { MessageData, Report } from './types';

export type { ReadOf };
export { codeKey, projectKey, textKey } from '../keys';

/** Every sheet of the given kinds, workbook by workbook in the order given. */
export function sheetsOfKind<K extends SheetKind>(workbooks: WorkbookRead[], ...kinds: K[]): ReadOf<K>[] {
  const wanted: readonly string[] = kinds;
  return workbooks.flatMap((wb) => wb.sheets).filter((read): read is ReadOf<K> => wanted.includes(read.sheet.kind));
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
