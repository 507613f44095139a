// The 確認状況 tab's state as one value: the workbooks shown (with what a copy is made from, in a browser), who
// reviews, the reasons typed for returning sheets, and why the last move was refused. Pure, so it is tested alone.
import type { Finding } from '../../core/rules/types';
import type { MoveRefusal, ReviewRecord, ReviewState as State } from '../../core/review/state';
import type { WorkbookRead } from '../../core/source';
import type { FileBytes } from '../host/types';

export interface ReviewBook {
  read: WorkbookRead;
  /** Browser: what the next copy is made from: the chosen file (its bytes read only when a sheet is moved, since the
   * worker reads it to list it), then the last copy's bytes. */
  file?: File | FileBytes;
}

export interface Refusal {
  sheet: string;
  from: State;
  to: State;
  refusal: MoveRefusal;
  /** The sheet's errors when 提出済 was refused for them. */
  errors: Finding[];
}

export interface ReviewTabState {
  books: ReviewBook[];
  who: string;
  /** The reason typed for returning a sheet to 作成中, by sheetKey. */
  reasons: Record<string, string>;
  refusal?: Refusal;
}

export type ReviewEvent =
  | { type: 'loaded'; books: ReviewBook[] }
  | { type: 'whoChanged'; who: string }
  | { type: 'reasonChanged'; key: string; reason: string }
  | { type: 'refused'; refusal: Refusal }
  | { type: 'moved'; index: number; sheet: string; record: ReviewRecord; read?: WorkbookRead; file?: FileBytes };

export const sheetKey = (index: number, sheet: string) => `${index}\u0000${sheet}`;

export function initialReviewState(who = ''): ReviewTabState {
  return { books: [], who, reasons: {} };
}

export function reviewReducer(state: ReviewTabState, event: ReviewEvent): ReviewTabState {
  switch (event.type) {
    case 'loaded':
      return { ...state, books: event.books, reasons: {}, refusal: undefined };
    case 'whoChanged':
      return { ...state, who: event.who };
    case 'reasonChanged':
      return { ...state, reasons: { ...state.reasons, [event.key]: event.reason } };
    case 'refused':
      return { ...state, refusal: event.refusal };
    case 'moved': {
      const books = state.books.map((book, i) => (i === event.index ? withReview(book, event) : book));
      const done = sheetKey(event.index, event.sheet);
      const reasons = Object.fromEntries(Object.entries(state.reasons).filter(([key]) => key !== done));
      return { ...state, books, reasons, refusal: undefined };
    }
  }
}

/** The book as read afresh (or as it was), its sheet recording the new review, and the copy's bytes when one was made. */
function withReview(book: ReviewBook, moved: Extract<ReviewEvent, { type: 'moved' }>): ReviewBook {
  const read = moved.read ?? book.read;
  const sheets = read.sheets.map((s) => (s.source.sheetName === moved.sheet ? { ...s, review: moved.record } : s));
  return { read: { ...read, sheets }, file: moved.file ?? book.file };
}
