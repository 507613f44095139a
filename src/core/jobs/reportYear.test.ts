// One answer to "which year is this report for", whichever job asks.
import type { Sheet } from '../model';
import { readSheetOf, validMeasure, validPolicy, validProject, workbookOf } from '../rules/testing/fixtures';
import type { WorkbookRead } from '../source';
import { latestSheetYear, reportYearOf } from './reportYear';

const at = (sheet: Sheet, reportYear: number): Sheet => ({ ...sheet, reportYear });
const book = (sheets: Sheet[], metaYear?: number): WorkbookRead => ({ ...workbookOf('dept.xlsx', sheets.map((s) => readSheetOf(s))), meta: { reportYear: metaYear } });

it('takes the year asked for first', () => {
  expect(reportYearOf([book([validPolicy], 2019)], 2020)).toBe(2020);
});

it("then the policy sheet's year, then the year seika wrote in the workbooks", () => {
  expect(reportYearOf([book([validProject], 2018), book([validPolicy])])).toBe(2019);
  expect(reportYearOf([book([validProject], 2018)])).toBe(2018);
});

it('then the year most sheets are for, the later one on a tie', () => {
  expect(reportYearOf([book([at(validProject, 2018), validMeasure, validProject])])).toBe(2019);
  expect(reportYearOf([book([at(validProject, 2018), at(validMeasure, 2018), validProject])])).toBe(2018);
  expect(reportYearOf([book([at(validProject, 2018), validMeasure])])).toBe(2019);
});

it('says nothing when nothing says', () => {
  expect(reportYearOf([])).toBeUndefined();
  expect(reportYearOf([{ file: 'x.xlsx', meta: {}, sheets: [], problems: [{ code: 'notXlsx' }] }])).toBeUndefined();
});

it('finds the latest sheet year of a workbook', () => {
  expect(latestSheetYear(book([at(validProject, 2018), validMeasure]))).toBe(2019);
  expect(latestSheetYear({ file: 'x.xlsx', meta: {}, sheets: [], problems: [] })).toBe(0);
});
