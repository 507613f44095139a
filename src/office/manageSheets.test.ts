// Removing and reordering sheets from the template tab keeps the workbook's names valid.
import { removeSheets, reorderSheets } from './manageSheets';
import { recordingExcel } from './testing/recordingExcel';

const use = (excel: unknown) => ((globalThis as unknown as { Excel: unknown }).Excel = excel);
afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

it('removes sheets and the workbook-level names that pointed into them, keeping the others', async () => {
  const rec = recordingExcel(['表紙', '表彰事業', '市民活動支援事業'], [
    { name: 'SeikaReportYear', reference: '=2019' },
    { name: '表彰の事業費', reference: "='表彰事業'!$F$10" },
    { name: '支援の事業費', reference: '=市民活動支援事業!$F$10' },
  ]);
  use(rec.excel);
  expect(await removeSheets(['表彰事業'])).toEqual({ removed: ['表彰事業'], namesRemoved: ['表彰の事業費'] });
  expect(rec.sheets().map((s) => s.name)).toEqual(['表紙', '市民活動支援事業']);
  expect(rec.requests.syncs).toBe(2);
  expect(await removeSheets(['表紙', '市民活動支援事業'])).toEqual({ refused: 'lastSheet' });
  expect(rec.sheets()).toHaveLength(2);
});

it('puts sheets in the order asked, others after them', async () => {
  const rec = recordingExcel(['a', 'b', 'c', 'd']);
  use(rec.excel);
  await reorderSheets(['c', 'a']);
  expect(rec.sheets().map((s) => s.name)).toEqual(['c', 'a', 'b', 'd']);
  await reorderSheets(['d', 'c', 'b', 'a']);
  expect(rec.sheets().map((s) => s.name)).toEqual(['d', 'c', 'b', 'a']);
});
