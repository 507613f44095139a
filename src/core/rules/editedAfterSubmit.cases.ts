import { inputHash } from '../review/hash';
import type { ReviewRecord } from '../review/state';
import type { ReadSheet } from '../source';
import { readSheetOf, validMeasure, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const submitted = (read: ReadSheet, review: Partial<ReviewRecord> = {}): ReadSheet => ({
  ...read,
  review: { state: '提出済', by: '山田', at: '2020-05-29', hash: inputHash(read.sheet), ...review },
});
const edited = (read: ReadSheet, review: Partial<ReviewRecord>): ReadSheet => ({ ...readSheetOf(validProject, { Summary: '書き換えた概要' }), review: submitted(read, review).review });

export const cases: RuleCases = {
  valid: [
    { name: '状態の記録がないシート', input: readSheetOf(validProject) },
    { name: '提出済のまま変わっていない', input: submitted(readSheetOf(validProject)) },
    { name: '施策シートも提出済のまま', input: submitted(readSheetOf(validMeasure)) },
    { name: '課長確認済のあとの書き換えは提出前なので対象外', input: edited(readSheetOf(validProject), { state: '課長確認済' }) },
    { name: 'ハッシュのない提出済（手で付けた名前）は比べられない', input: edited(readSheetOf(validProject), { hash: undefined }) },
  ],
  invalid: [
    {
      name: '提出済のあと概要が書き換えられた',
      input: edited(readSheetOf(validProject), {}),
      findings: [{ messageId: 'edited', data: { by: '山田', at: '2020-05-29' } }],
    },
  ],
};
