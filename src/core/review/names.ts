// How a sheet's review is recorded in its workbook: sheet-scoped constant names (like SeikaLayout), written and
// read the same way by the .xlsx and Office adapters.
import { stringConstant, type NameRef } from '../nameRef';
import { isReviewState, type ReviewRecord } from './state';

export const REVIEW_NAMES = {
  state: 'SeikaReviewState',
  by: 'SeikaReviewBy',
  at: 'SeikaReviewAt',
  hash: 'SeikaReviewHash',
  reason: 'SeikaReviewReason',
} as const;

/** The sheet-scoped names to define, each with its formula without the leading =: every one, empty when the record
 * has nothing for it, so that writing a record replaces the whole of the one before (a reason, a hash). */
export function reviewConstants(record: ReviewRecord): Array<{ name: string; formula: string }> {
  return (Object.keys(REVIEW_NAMES) as Array<keyof typeof REVIEW_NAMES>).map((key) => ({ name: REVIEW_NAMES[key], formula: stringConstant(record[key] ?? '') }));
}

/** The review a sheet records, given its sheet-scoped names; undefined when it records none (or a state seika does not know). */
export function reviewFromNames(nameRef: (name: string) => NameRef | undefined): ReviewRecord | undefined {
  const text = (name: string) => {
    const ref = nameRef(name);
    return ref && 'constant' in ref && ref.constant ? ref.constant : undefined;
  };
  const state = text(REVIEW_NAMES.state);
  if (!state || !isReviewState(state)) return undefined;
  const record: ReviewRecord = { state };
  for (const key of ['by', 'at', 'hash', 'reason'] as const) {
    const value = text(REVIEW_NAMES[key]);
    if (value) record[key] = value;
  }
  return record;
}

/** What the sheet's review cell shows: 提出済（山田 2026-06-01）. */
export function reviewText(record: ReviewRecord): string {
  const who = [record.by, record.at].filter(Boolean).join(' ');
  const returned = returnNote(record);
  return `${record.state}${who ? `（${who}）` : ''}${returned ? ` ${returned}` : ''}`;
}

/** Why a sheet was returned to 作成中 (差戻し: …), or nothing. */
export function returnNote(record: ReviewRecord): string {
  return record.reason && record.state === '作成中' ? `差戻し: ${record.reason}` : '';
}

const [STATE, BY, AT, REASON] = [REVIEW_NAMES.state, REVIEW_NAMES.by, REVIEW_NAMES.at, REVIEW_NAMES.reason];

/**
 * The formula (without =) of the cell that shows a sheet's review on the sheet: reviewText in Excel, reading the
 * sheet's own names, so the cell can never disagree with them. A sheet whose names were lost shows 作成中, as
 * the readers then take it to be.
 */
export const REVIEW_FORMULA =
  `IFERROR(${STATE}` +
  `&IF(${BY}&${AT}="","","（"&${BY}&IF(OR(${BY}="",${AT}=""),""," ")&${AT}&"）")` +
  `&IF(AND(${STATE}="作成中",${REASON}<>"")," 差戻し: "&${REASON},""),"作成中")`;
