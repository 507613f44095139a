// The check job on the seed's workbooks: findings, and with last year's workbook the changes and rule 11.
import { lastYearOf64, measure64 } from '../rules/testing/previousYear';
import { book } from '../rules/testing/setFixtures';
import { departmentSubmissions } from '../../sample/departments';
import { loadSeedSheets } from '../../sample/seed';
import { checkJob } from './check';

const seedBooks = departmentSubmissions(loadSeedSheets()).map((s) => book(s.department!, s.sheets));
const zaisei = seedBooks.find((wb) => wb.file === '財政課.xlsx')!;

it("finds the seed's own mistakes, and lists no changes without last year's workbook", () => {
  const checked = checkJob({ workbooks: [zaisei] });
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  expect(checked.value.changes).toBeUndefined();
  expect(checked.value.findings.filter((f) => f.severity === 'error')).toHaveLength(15);
  expect(checked.value.findings).toContainEqual(expect.objectContaining({ ruleId: 'funding-sum', file: '財政課.xlsx', cell: 'G10' }));
});

it('flags sheets of another year than the one asked for', () => {
  const checked = checkJob({ workbooks: [zaisei], reportYear: 2020 });
  expect(checked.ok && checked.value.findings.filter((f) => f.ruleId === 'year-labels').length).toBe(zaisei.sheets.length);
});

it("compares with last year's workbook: the changed plan is listed and needs a reason", () => {
  const changed = { ...measure64, notes: null, outcomes: [{ ...measure64.outcomes[0], plan: { ...measure64.outcomes[0].plan, '2019': 99.08 } }] };
  const checked = checkJob({ workbooks: [book('税務課', [changed])], previous: [book('税務課-H30', [lastYearOf64(measure64)])] });
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  expect(checked.value.changes?.length).toBeGreaterThan(0);
  expect(checked.value.findings.filter((f) => f.ruleId === 'plan-change-reason')).toHaveLength(1);
});

it("stops when last year's workbook gave no sheet, rather than compare with nothing", () => {
  const broken = { file: '昨年.xlsx', meta: {}, sheets: [], problems: [{ code: 'encrypted' as const }] };
  expect(checkJob({ workbooks: [zaisei], previous: [broken] })).toEqual({ ok: false, problem: { code: 'previousUnreadable', file: '昨年.xlsx', problems: [{ code: 'encrypted' }] } });
});
