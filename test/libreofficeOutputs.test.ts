// Every kind of workbook seika writes opens in LibreOffice and, force-recalculated, shows our cached formula results.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHEET_KINDS } from '../src/core/model';
import { blankSheet } from '../src/core/template';
import { loadSeedSheets } from '../src/sample/seed';
import { departmentSubmissions } from '../src/sample/departments';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { FULLCOST } from '../src/core/format/builtin';
import { builtFormat } from '../src/core/format/buildLayout';
import { FULLCOST_LAYOUT, fullcostSheets } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { formulaMismatches, recalculatedSheets } from './support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-lo-'));

async function written(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return file;
}

it('templates of every kind open and recalculate to their cached values', async () => {
  const sheets = SHEET_KINDS.map((kind) => blankSheet({ kind, reportYear: 2019, measure: '6-1' }));
  const file = await written('templates.xlsx', writeWorkbook(sheets, { reportYear: 2019 }));
  expect(await formulaMismatches(file)).toEqual([]);
  const opened = await recalculatedSheets(file);
  expect([...opened.keys()]).toHaveLength(4);
});

it('the seed department workbooks recalculate to their cached values, gaps included', async () => {
  const departments = departmentSubmissions(loadSeedSheets());
  const files = await Promise.all(departments.map((s) => written(`${s.department}.xlsx`, writeWorkbook(s.sheets, { reportYear: 2019, department: s.department }))));
  // Asked for together, so LibreOffice opens them in one run.
  const mismatches = await Promise.all(files.map(formulaMismatches));
  expect(departments.map((s, i) => ({ file: s.department, mismatches: mismatches[i] }))).toEqual(departments.map((s) => ({ file: s.department, mismatches: [] })));
});

it('shows the era year labels and the funding gap a clerk would see', async () => {
  const seed = loadSeedSheets().filter((s) => s.kind === 'project' && s.name === '財産管理費運営費');
  const file = await written('gap.xlsx', writeWorkbook(seed, { reportYear: 2019 }));
  const rows = [...(await recalculatedSheets(file)).values()][0];
  expect(rows[8].slice(5, 8)).toEqual(['平成29年度', '平成30年度', '令和元年度']);
  expect(rows[14].slice(5, 8).map(Number)).toEqual([0, 9, 0]);
});

it('the full-cost template and sample recalculate: 事業費, 人件費, トータルコスト and 達成率 as seika computed them', async () => {
  const blank = await written('fullcost-template.xlsx', writeWorkbook([blankSheet({ kind: 'evaluation', reportYear: 2019 }, FULLCOST_LAYOUT)], { reportYear: 2019 }, builtFormat(FULLCOST)));
  const sample = fullcostSheets();
  const books = await fullcostWorkbooks(sample, []);
  const files = await Promise.all(books.map((b) => written(`fullcost-${b.department}.xlsx`, Promise.resolve(b.bytes))));
  expect(await Promise.all([blank, ...files].map(formulaMismatches))).toEqual([blank, ...files].map(() => []));
  // 市民活動支援事業, first sheet of 市民課: rows 15, 17, 18 (事業費, 人件費, トータルコスト) in the three year columns.
  const rows = [...(await recalculatedSheets(files[books.findIndex((b) => b.department === '市民課')])).values()][0];
  const shown = (row: number) => rows[row - 1].slice(2, 5).map((t) => Number(t.replace(/,/g, '')));
  const values = sample.find((s) => s.values.ProjectName === '市民活動支援事業')!.values;
  const expected = (name: string) => [1, 2, 3].map((i) => values[`${name}_${i}`]);
  expect([shown(15), shown(17), shown(18)]).toEqual([expected('Total'), expected('StaffCost'), expected('FullCost')]);
  expect(values.FullCost_2).toBe(7_164_000 + Number(values.Staff_2) * 7_800_000);
});
