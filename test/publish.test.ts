// seika publish as the planning division runs it: the departments' folder in, a static site and open data out,
// with the same totals as the report; the report .xlsx and a wrong local government code are refused clearly.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PolicyReport } from '../src/core/consolidate/types';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';
import { parseCsv } from './support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-publish-'));
const departments = path.join(dir, 'departments');

beforeAll(async () => {
  fs.mkdirSync(departments);
  for (const s of departmentSubmissions(loadSeedSheets())) fs.writeFileSync(path.join(departments, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('writes the site and its open data from the departments folder, with the totals of the report', async () => {
  const published = await seika(['publish', 'departments', '--out', 'site'], dir);
  expect(published.stdout).toContain('公開用サイトを書き出しました');
  const site = path.join(dir, 'site');
  for (const f of ['index.html', 'style.css', 'measures/6-1.html', 'projects/6-1-01.html', 'data/projects.csv', 'data/indicators.csv', 'data/measures.csv', 'data/report.json']) expect(fs.existsSync(path.join(site, f))).toBe(true);
  const report = JSON.parse((await seika(['consolidate', 'departments', '--json'], dir)).stdout) as PolicyReport;
  const rows = parseCsv(fs.readFileSync(path.join(site, 'data/projects.csv'), 'utf8'));
  const [year, total] = [rows[0].indexOf('年度'), rows[0].indexOf('事業費（千円）')];
  for (const y of Object.keys(report.totals)) expect(rows.slice(1).filter((r) => r[year] === y).reduce((s, r) => s + Number(r[total] || 0), 0)).toBe(report.totals[y].total);
  // The seed's own funding gaps are errors: the site is written and the exit code says so, as consolidate does.
  expect(published.code).toBe(1);
  expect(published.stderr).toContain('エラー');
});

it('refuses the report workbook: the site is built from the departments workbooks', async () => {
  expect((await seika(['consolidate', 'departments', '-o', 'report.xlsx'], dir)).code).toBe(1);
  const result = await seika(['publish', 'report.xlsx', '--out', 'from-report'], dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('報告書 .xlsx からは公開できません。各課のブック（またはそのフォルダ）を指定してください');
  expect(fs.existsSync(path.join(dir, 'from-report'))).toBe(false);
});

it('takes the local government code as a setting and checks its check digit', async () => {
  const wrong = await seika(['publish', 'departments', '--out', 'wrong', '--lg-code', '202081'], dir);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain('全国地方公共団体コードは検査数字を含む6桁です');
  await seika(['publish', 'departments', '--out', 'chiyoda', '--lg-code', '131016', '--lg-prefecture', '東京都', '--lg-name', '千代田区'], dir);
  expect(parseCsv(fs.readFileSync(path.join(dir, 'chiyoda/data/measures.csv'), 'utf8'))[1].slice(0, 3)).toEqual(['131016', '東京都', '千代田区']);
});
