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
  const { sheets, kindOf } = setSheets(workbooks);
  const out: ReadOf<K>[] = [];
  for (let i = 0; i < sheets.length; i++) if (wanted.includes(kindOf[i])) out.push(sheets[i] as ReadOf<K>);
  return out;
}

interface SetSheets {
  /** Each workbook's sheets as walked, to tell whether the set was changed since. */
  walkedFrom: ReadSheet[][];
  sheets: ReadSheet[];
  kindOf: string[];
}

/**
 * The set's sheets and their kinds, walked once for every set rule: reading `read.sheet.kind` off a city's thousands
 * of sheets (4,400 at 10×, of four shapes) was most of each rule's walk, and five walks were made. Held only while
 * the set is (a WeakMap), and walked again if a workbook was added, replaced or dropped since.
 */
const walked = new WeakMap<WorkbookRead[], SetSheets>();

function setSheets(workbooks: WorkbookRead[]): SetSheets {
  const known = walked.get(workbooks);
  if (known && sameWorkbooks(known.walkedFrom, workbooks)) return known;
  const sheets: ReadSheet[] = [];
  const kindOf: string[] = [];
  for (const wb of workbooks) {
    for (const read of wb.sheets) {
      sheets.push(read);
      kindOf.push(read.sheet.kind);
    }
  }
  const set = { walkedFrom: workbooks.map((wb) => wb.sheets), sheets, kindOf };
  walked.set(workbooks, set);
  return set;
}

function sameWorkbooks(walkedFrom: ReadSheet[][], workbooks: WorkbookRead[]): boolean {
  return walkedFrom.length === workbooks.length && workbooks.every((wb, i) => wb.sheets === walkedFrom[i]);
}

/** Each item whose key an earlier item already had, with that first item. Items without a key are skipped. */
export function laterOccurrences<T>(items: T[], keyOf: (item: T) => string | undefined): Array<{ item: T; first: T }> {
  const firsts = new Map<string, T>();
  const later: Array<{ item: T; first: T }> = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, item);
    else later.push({ item, first });
  }
  return later;
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
