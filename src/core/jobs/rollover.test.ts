// The roll-over job on the seed's department workbooks: next year's sheets, or the reason there are none.
import { book } from '../rules/testing/setFixtures';
import { readSheetOf, validProject, workbookOf } from '../rules/testing/fixtures';
import { departmentSubmissions } from '../../sample/departments';
import { loadSeedSheets } from '../../sample/seed';
import type { WorkbookRead } from '../source';
import { rollOverWorkbook } from './rollover';

const [first] = departmentSubmissions(loadSeedSheets());
const seedBook: WorkbookRead = { ...book(first.department!, first.sheets), meta: { reportYear: 2019, department: first.department } };

it('rolls a FY2019 workbook over to FY2020 by default, keeping its department', () => {
  const rolled = rollOverWorkbook(seedBook);
  expect(rolled.ok).toBe(true);
  if (!rolled.ok) return;
  expect(rolled.value).toMatchObject({ from: 2019, to: 2020, meta: { reportYear: 2020, department: first.department } });
  expect(rolled.value.sheets.map((s) => [s.kind, s.reportYear])).toEqual(first.sheets.map((s) => [s.kind, 2020]));
});

it('rolls over to a later year when asked', () => {
  const rolled = rollOverWorkbook(seedBook, 2022);
  expect(rolled.ok && rolled.value.sheets.every((s) => s.reportYear === 2022)).toBe(true);
});

it('refuses a year that is not later than the workbook’s', () => {
  expect(rollOverWorkbook(seedBook, 2019)).toEqual({ ok: false, problem: { code: 'notLater', from: 2019, to: 2019 } });
});

it('refuses a year not later than its latest sheet, even when the workbook says an earlier year', () => {
  const mixed = { ...workbookOf('dept.xlsx', [readSheetOf(validProject), readSheetOf({ ...validProject, reportYear: 2020 })]), meta: { reportYear: 2019 } };
  expect(rollOverWorkbook(mixed, 2020)).toEqual({ ok: false, problem: { code: 'notLater', from: 2020, to: 2020 } });
});

it('says when there is no seika sheet, or a sheet whose year cannot be read', () => {
  expect(rollOverWorkbook({ file: 'x.xlsx', meta: {}, sheets: [], problems: [{ code: 'noSeikaSheets' }] })).toEqual({ ok: false, problem: { code: 'noSheets' } });
  // What a reader gives when neither 対象年度 nor a column heading can be read.
  const yearless = { ...readSheetOf(validProject), sheet: { ...validProject, reportYear: 0 } };
  expect(rollOverWorkbook(workbookOf('dept.xlsx', [readSheetOf(validProject), yearless]))).toEqual({ ok: false, problem: { code: 'noYear' } });
});
