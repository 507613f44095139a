// The 確認状況 tab's state: a move records the new review on its sheet and clears the sheet's reason and any refusal.
import { book } from '../../core/rules/testing/setFixtures';
import { validProject } from '../../core/rules/testing/fixtures';
import { initialReviewState, reviewReducer, sheetKey } from './reviewState';
import { copyName, nowText } from './useReview';

const read = book('市民課', [validProject]);
const sheet = read.sheets[0].source.sheetName;

it('keeps the reason typed per sheet and forgets it once the sheet moved, with the refusal', () => {
  let state = reviewReducer(initialReviewState('山田'), { type: 'loaded', books: [{ read, file: { name: '市民課.xlsx', bytes: new Uint8Array([1]) } }] });
  state = reviewReducer(state, { type: 'reasonChanged', key: sheetKey(0, sheet), reason: '単位の誤り' });
  state = reviewReducer(state, { type: 'refused', refusal: { sheet, from: '作成中', to: '提出済', refusal: 'unknownMove', errors: [] } });
  const record = { state: '作成中', by: '山田', at: '2026-06-01 09:30', reason: '単位の誤り' } as const;
  state = reviewReducer(state, { type: 'moved', index: 0, sheet, record, file: { name: '市民課.xlsx', bytes: new Uint8Array([2]) } });
  expect(state.books[0].read.sheets[0].review).toEqual(record);
  expect(state.books[0].file?.bytes).toEqual(new Uint8Array([2]));
  expect(state.reasons).toEqual({});
  expect(state.refusal).toBeUndefined();
  expect(state.who).toBe('山田');
});

it('says when as a person reads it, and never gives the copy the source’s name', () => {
  expect(nowText(new Date(2026, 5, 1, 9, 5))).toBe('2026-06-01 09:05');
  expect(copyName('市民課.xlsx')).toBe('市民課（確認状況）.xlsx');
  expect(copyName('財政課.XLSX')).toBe('財政課（確認状況）.xlsx');
});
