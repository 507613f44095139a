// A sheet marked 提出済 whose input values changed since: the hash stored when it was submitted no longer matches.
import { inputHash } from '../review/hash';
import type { ReadSheet } from '../source';
import { sheetPlace, sheetRule } from './define';

export const editedAfterSubmitRule = sheetRule({
  id: 'edited-after-submit',
  severity: 'warning',
  description: { ja: '提出済のシートが提出後に書き換えられていないこと', en: 'A sheet marked 提出済 has not been edited since it was submitted' },
  messages: {
    ja: {
      edited: '提出済（{by} {at}）のシートの入力値が提出後に変わっています。変更を課長に確認してもらい、状態を作成中に戻して出し直してください。',
    },
    en: {
      edited: 'This sheet was marked 提出済 ({by} {at}) but its input values have changed since. Have the change confirmed, return the sheet to 作成中 and submit it again.',
    },
  },
  check(read: ReadSheet) {
    const review = read.review;
    if (review?.state !== '提出済' || !review.hash || review.hash === inputHash(read.sheet)) return [];
    return [{ messageId: 'edited', data: { by: review.by ?? '', at: review.at ?? '' }, at: sheetPlace(read) }];
  },
});
