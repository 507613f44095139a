// Budget figures entered once: the accounting system's Shift_JIS export fills a department's input tables.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import iconv from 'iconv-lite';
import type { Sheet } from '../src/core/model';
import { checkWorkbooks } from '../src/core/rules/engine';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-budget-'));
const zaisei = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;
type Project = Extract<Sheet, { kind: 'project' | 'budget-only' }>;
const projects = zaisei.sheets.filter((s): s is Project => s.kind === 'project' || s.kind === 'budget-only');
const YEARS: Array<[string, string]> = [['2017', '平成29年度'], ['2018', '平成30年度'], ['2019', '令和元年度']];

/** The ledger's figures: consistent by construction (一般財源 is what the specific sources leave). */
function ledgerCsv(): string {
  const header = '会計,款,項,目,事業名,年度,事業費,国県支出金,地方債,その他特定財源,一般財源';
  const money = (n: number) => `"${n.toLocaleString('en-US')}"`;
  const rows = projects.flatMap((p) =>
    YEARS.map(([year, label]) => {
      const b = p.budget[year];
      const [total, subsidies, bonds, other] = [b.total, b.subsidies, b.bonds, b.other].map(Number);
      return [...(p.account ?? '').split('・'), p.name, label, money(total), money(subsidies), money(bonds), money(other), money(total - subsidies - bonds - other)].join(',');
    }),
  );
  return [header, ...rows, '一般会計,2総務費,1総務管理費,2財政管理費,存在しない事業,令和元年度,100,0,0,0,100'].join('\r\n');
}

function blanked(sheets: Sheet[]): Sheet[] {
  return sheets.map((s) => (s.kind === 'project' || s.kind === 'budget-only' ? { ...s, budget: Object.fromEntries(YEARS.map(([y]) => [y, { total: null, subsidies: null, bonds: null, other: null, general: null }])) } : s));
}

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
