// Setting review states in the open workbook: names replaced where the sheet has them (its 確認状況 cell stays bound to
// them), added where an older sheet has none, two syncs for any number of sheets, protected sheets left protected.
import { REVIEW_FORMULA } from '../core/review/names';
import { blankSheet } from '../core/template';
import { insertSheets } from './insertSheets';
import { recordingExcel } from './testing/recordingExcel';
import { writeReviews } from './writeReviews';

const use = (excel: unknown) => ((globalThis as unknown as { Excel: unknown }).Excel = excel);
afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

const template = () => blankSheet({ kind: 'project', reportYear: 2019, policy: '6', measure: '6-1', department: '市民協働課' });
const reviewNames = (names: Array<{ name: string; reference: string }>) => Object.fromEntries(names.filter((n) => n.name.startsWith('SeikaReview')).map((n) => [n.name, n.reference]));

it('replaces the names of a sheet drawn with its review cell, and adds them to an older sheet, in two syncs', async () => {
  const rec = recordingExcel([{ name: '古いシート', protection: { allowFormatRows: true } }]);
  use(rec.excel);
  const [tab] = (await insertSheets([template()])).sheetNames;
  const before = rec.requests.syncs;
  const result = await writeReviews([
    { sheet: tab, record: { state: '課内確認済', by: '山田', at: '2026-06-01T09:30' } },
    { sheet: '古いシート', record: { state: '課内確認済', by: '山田', at: '2026-06-01T09:30' } },
  ]);
  expect(result).toEqual({ syncs: 2 });
  expect(rec.requests.syncs - before).toBe(2);
  const [old, drawn] = rec.sheets();
  const expected = { SeikaReviewState: '="課内確認済"', SeikaReviewBy: '="山田"', SeikaReviewAt: '="2026-06-01T09:30"', SeikaReviewHash: '=""', SeikaReviewReason: '=""' };
  expect(reviewNames(drawn.names)).toEqual(expected);
  expect(drawn.calls.filter((c) => c === 'names.add SeikaReviewState')).toHaveLength(1); // when it was drawn, never again
  expect(drawn.calls).toContain('names.set SeikaReviewState');
  expect(drawn.cells.get('C30')).toBe(`=${REVIEW_FORMULA}`);
  expect(reviewNames(old.names)).toEqual(expected);
  expect(old.protected).toBe(true);
});

it('sets ten sheets in the same two syncs', async () => {
  const rec = recordingExcel(['Sheet1']);
  use(rec.excel);
  const inserted = await insertSheets(Array.from({ length: 10 }, template));
  const before = rec.requests.syncs;
  await writeReviews(inserted.sheetNames.map((sheet) => ({ sheet, record: { state: '作成中', by: '田中', at: '2026-06-02', reason: '単位の誤り' } })));
  expect(rec.requests.syncs - before).toBe(2);
  expect(rec.sheets().slice(1).map((s) => reviewNames(s.names).SeikaReviewReason)).toEqual(Array(10).fill('="単位の誤り"'));
});
