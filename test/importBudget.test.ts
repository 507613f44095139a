// Budget figures entered once: the accounting system's Shift_JIS export fills a department's input tables.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import iconv from 'iconv-lite';
import { checkWorkbooks } from '../src/core/rules/engine';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';
import { blanked, ledgerCsv, projects, zaisei, type Project } from './support/ledger';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-budget-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, 'budget.csv'), iconv.encode(ledgerCsv(), 'Shift_JIS'));
  fs.copyFileSync(path.resolve(__dirname, '../examples/budget/map.json'), path.join(dir, 'map.json'));
  fs.writeFileSync(path.join(dir, '財政課.xlsx'), await writeWorkbook(blanked(zaisei.sheets), { reportYear: 2019, department: '財政課' }));
});

it('fills every matched project from a Shift_JIS CSV; funding-sum then passes; unmatched rows are listed', async () => {
  const r = await seika(['import-budget', 'budget.csv', '財政課.xlsx', '--map', 'map.json', '-o', '財政課-filled.xlsx'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`入力した金額 / filled: ${projects.length * 3 * 5} 件`);
  expect(r.stdout).toContain('「存在しない事業」: 該当する事務事業がありません');
  const read = await readWorkbook(fs.readFileSync(path.join(dir, '財政課-filled.xlsx')), '財政課-filled.xlsx');
  const filled = read.sheets.map((s) => s.sheet).filter((s): s is Project => s.kind === 'project' || s.kind === 'budget-only');
  expect(filled.map((p) => p.budget['2019'].total)).toEqual(projects.map((p) => p.budget['2019'].total));
  expect(checkWorkbooks([read]).filter((f) => f.ruleId === 'funding-sum' || f.ruleId === 'money-format')).toEqual([]);
});

it('says what it would overwrite, and replaces it only with --overwrite', async () => {
  const changed = ledgerCsv().replace('"85,100"', '"85,200"').replace('"83,467"', '"83,567"');
  fs.writeFileSync(path.join(dir, 'budget2.csv'), iconv.encode(changed, 'Shift_JIS'));
  const kept = await seika(['import-budget', 'budget2.csv', '財政課-filled.xlsx', '--map', 'map.json', '-o', 'kept.xlsx'], dir);
  expect(kept.stdout).toContain('入力済みのため置き換えていません (--overwrite で置換) / kept: 利子 令和元年度 年度別事業費: 85100 → 85200');
  const replaced = await seika(['import-budget', 'budget2.csv', '財政課-filled.xlsx', '--map', 'map.json', '-o', 'replaced.xlsx', '--overwrite'], dir);
  expect(replaced.stdout).toContain('置き換えました / replaced: 利子 令和元年度 年度別事業費: 85100 → 85200');
  const read = await readWorkbook(fs.readFileSync(path.join(dir, 'replaced.xlsx')), 'replaced.xlsx');
  const interest = read.sheets.map((s) => s.sheet).find((s): s is Project => s.kind === 'budget-only' && s.name === '利子')!;
  expect(interest.budget['2019']).toMatchObject({ total: 85200, general: 83567 });
});

it('names what is wrong with the mapping or the CSV', async () => {
  fs.writeFileSync(path.join(dir, 'bad-map.json'), JSON.stringify({ columns: { project: '事業名' } }));
  const r = await seika(['import-budget', 'budget.csv', '財政課.xlsx', '--map', 'bad-map.json', '-o', 'x.xlsx'], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('columns.year');
});
