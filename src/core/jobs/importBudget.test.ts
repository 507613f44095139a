// The budget-import job on the seed's 財政課 workbook: filled, kept and unmatched, or the problem that stopped it.
import * as fs from 'fs';
import * as path from 'path';
import type { Sheet } from '../model';
import { book } from '../rules/testing/setFixtures';
import { departmentSubmissions } from '../../sample/departments';
import { loadSeedSheets } from '../../sample/seed';
import { importBudget } from './importBudget';

type Project = Extract<Sheet, { kind: 'project' | 'budget-only' }>;
const zaisei = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;
const interest = zaisei.sheets.find((s): s is Project => s.kind === 'budget-only' && s.name === '利子')!;
const emptied = zaisei.sheets.map((s) => (s === interest ? { ...interest, budget: { ...interest.budget, '2019': { total: null, subsidies: null, bonds: null, other: null, general: null } } } : s));
const workbook = { ...book('財政課', emptied), meta: { reportYear: 2019, department: '財政課' } };
const map = fs.readFileSync(path.resolve(__dirname, '../../../examples/budget/map.json'));
const utf8 = (text: string) => new TextEncoder().encode(text);

const HEADER = '会計,款,項,目,事業名,年度,事業費,国県支出金,地方債,その他特定財源,一般財源';
const csv = (...rows: string[]) => utf8([HEADER, ...rows].join('\r\n'));
const INTEREST_2019 = '一般会計,12公債費,1公債費,2利子,利子,令和元年度,"85,100",0,0,"1,633","83,467"';

it('fills the empty year of a project, keeps the workbook’s year and department, and lists rows that match nothing', () => {
  const imported = importBudget({ csv: csv(INTEREST_2019, '一般会計,2総務費,1総務管理費,2財政管理費,存在しない事業,令和元年度,100,0,0,0,100'), map, workbook });
  expect(imported.ok).toBe(true);
  if (!imported.ok) return;
  expect(imported.value.meta).toEqual({ reportYear: 2019, department: '財政課' });
  expect(imported.value.changes.filter((c) => !c.conflict)).toHaveLength(5);
  const filled = imported.value.sheets.find((s): s is Project => s.kind === 'budget-only' && s.name === '利子')!;
  expect(filled.budget['2019']).toEqual({ total: 85100, subsidies: 0, bonds: 0, other: 1633, general: 83467 });
  expect(imported.value.unmatchedRows.map((u) => [u.row.project, u.reason])).toEqual([['存在しない事業', 'noProject']]);
});

it('keeps values already entered unless asked to overwrite', () => {
  const other = '一般会計,12公債費,1公債費,2利子,利子,平成30年度,"97,700",0,0,"1,957","95,743"';
  const kept = importBudget({ csv: csv(other), map, workbook });
  expect(kept.ok && kept.value.changes.filter((c) => c.conflict).map((c) => [c.line, c.before, c.after])).toEqual([
    ['total', 97618, 97700],
    ['general', 95661, 95743],
  ]);
  const replaced = importBudget({ csv: csv(other), map, workbook, overwrite: true });
  expect(replaced.ok && replaced.value.sheets.find((s): s is Project => s.kind === 'budget-only' && s.name === '利子')!.budget['2018'].total).toBe(97700);
});

it('stops on a mapping that is not JSON or misses a column, on a CSV without the mapped columns, and on a workbook without seika sheets', () => {
  expect(importBudget({ csv: csv(), map: utf8('{'), workbook })).toMatchObject({ ok: false, problem: { code: 'mapInvalid' } });
  expect(importBudget({ csv: csv(), map: utf8(JSON.stringify({ columns: { project: '事業名' } })), workbook })).toMatchObject({ ok: false, problem: { code: 'mapInvalid', detail: expect.stringContaining('columns.year') } });
  expect(importBudget({ csv: utf8('名前,金額\r\nx,1'), map, workbook })).toMatchObject({ ok: false, problem: { code: 'csvInvalid', detail: expect.stringContaining('事業名') } });
  expect(importBudget({ csv: csv(INTEREST_2019), map, workbook: { file: 'x.xlsx', meta: {}, sheets: [], problems: [{ code: 'noSeikaSheets' }] } })).toEqual({ ok: false, problem: { code: 'noSheets' } });
});
