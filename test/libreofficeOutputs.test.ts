// Every kind of workbook seika writes opens in LibreOffice and, force-recalculated, shows our cached formula results.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHEET_KINDS } from '../src/core/model';
import { blankSheet } from '../src/core/template';
import { loadSeedSheets } from '../src/sample/seed';
import { departmentSubmissions } from '../src/sample/departments';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
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
