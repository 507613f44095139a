// What the template form makes of what people type: full-width digits, dashes, the default report year, file names.
import { defaultReportYear, normalise, templateFileName } from './useTemplate';

it('reads full-width digits and Japanese dashes', () => {
  expect(normalise({ kind: 'project', year: '２０１９', policy: '６', measure: '６－１', department: ' 企画課 ', copies: '３' })).toEqual({
    year: 2019,
    policy: '6',
    measure: '6-1',
    department: '企画課',
    copies: 3,
  });
  expect(normalise({ kind: 'project', year: '19', policy: '', measure: '', department: '', copies: '0' })).toMatchObject({ year: undefined, copies: undefined });
});

it('defaults to the fiscal year that ended last March', () => {
  expect(defaultReportYear(new Date(2020, 5, 1))).toBe(2019); // June 2020: FY2020 runs, the FY2019 report is written
  expect(defaultReportYear(new Date(2020, 1, 1))).toBe(2018); // February 2020 is still FY2019
});

it('names a template file by department, kind, measure and era year', () => {
  expect(templateFileName('project', 2019, '企画課', '6-1', '事務事業')).toBe('企画課_事務事業_6-1_令和元年度.xlsx');
  expect(templateFileName('policy', 2020, '', '6-1', '政策')).toBe('政策_令和2年度.xlsx');
});
