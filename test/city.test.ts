// The whole city: department workbooks of several policies consolidated into one report (市全体, then each
// policy's sheets), or one policy's report picked out of them with --policy.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { citySubmissions } from '../scripts/bench/citySample';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-city-'));
const sources = path.join(dir, 'departments');
// 12 departments of 2 projects: policies 1 and 2 with five measures each, policy 3 with two.
const submissions = citySubmissions({ departments: 12, projectsPerDepartment: 2 });

beforeAll(async () => {
  fs.mkdirSync(sources);
  for (const s of submissions) fs.writeFileSync(path.join(sources, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
});

async function tabsAndSheets(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

it('consolidates the whole city when several policies are present: 市全体, then each policy in order', async () => {
  const file = path.join(dir, 'city.xlsx');
  const r = await seika(['consolidate', sources, '-o', file], dir);
  expect(r.stderr).toContain('wrote');
  expect(r.stdout).toContain('政策1 の集約');
  expect(r.stdout).toContain('政策3 の集約');
  const wb = await tabsAndSheets(file);
  const tabs = wb.worksheets.map((w) => w.name);
  expect(tabs[0]).toBe('市全体');
  expect(tabs.filter((t) => t.endsWith('表紙'))).toEqual(['政策1 表紙', '政策2 表紙', '政策3 表紙']);
  expect(tabs.indexOf('政策1 指摘事項')).toBeLessThan(tabs.indexOf('政策2 表紙'));
  expect(tabs).toHaveLength(new Set(tabs).size);
  // Every project sheet of the city is in it once.
  expect(wb.worksheets.length).toBe(1 + 3 * 5 + 12 * 3);

  // 市全体 shows each policy's 事業費 by year and the city's sum, in 千円.
  const city = wb.getWorksheet('市全体')!;
  const rows: Array<[string, string, number]> = [];
  city.eachRow((row) => {
    const name = row.getCell(1).value;
    const label = typeof name === 'object' && name && 'result' in name ? String(name.result) : String(name);
    if (typeof row.getCell(3).value === 'number') rows.push([label, String(row.getCell(2).value), row.getCell(3).value as number]);
  });
  const total = (policy: string) => submissions.flatMap((s) => s.sheets).reduce((n, s) => n + (s.kind === 'project' && s.policy.number === policy ? Number(s.budget['2019'].total) : 0), 0);
  const shown = (label: string) => rows.find(([l, year]) => l.startsWith(label) && year === '令和元年度')?.[2];
  expect(shown('政策1')).toBe(total('1'));
  expect(shown('政策3')).toBe(total('3'));
  expect(shown('市計')).toBe(total('1') + total('2') + total('3'));
});

it('builds one policy\'s report with --policy 2, and says which policies there are for one that is not', async () => {
  const file = path.join(dir, 'policy2.xlsx');
  const r = await seika(['consolidate', sources, '--policy', '2', '-o', file], dir);
  expect(r.stdout).toContain('政策2 の集約: 5 ブック');
  const tabs = (await tabsAndSheets(file)).worksheets.map((w) => w.name);
  expect(tabs.slice(0, 2)).toEqual(['表紙', '集計']);
  expect(tabs).toHaveLength(2 + 5 * 3 + 3);

  const missing = await seika(['consolidate', sources, '--policy', '9', '--json'], dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('あるのは: 1、2、3');
});

it('lists a file that could not be read once, on 市全体, and in no policy\'s 提出状況 or 指摘事項', async () => {
  const broken = path.join(dir, '壊れた.xlsx');
  fs.writeFileSync(broken, 'not a workbook');
  const file = path.join(dir, 'city-broken.xlsx');
  const r = await seika(['consolidate', sources, broken, '-o', file], dir);
  expect(r.stdout).toContain('読み込めなかったファイル（どの政策にも含めず）: 壊れた.xlsx');
  expect(r.stdout).toContain('政策2 の集約: 5 ブック');
  const wb = await tabsAndSheets(file);
  const texts = (name: string) => {
    const out: string[] = [];
    wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
    return out.join('\n');
  };
  const city = texts('市全体');
  expect(city).toContain('読み込めなかったファイル（1 件、どの政策にも含めていません）');
  expect(city).toContain('壊れた.xlsx');
  expect(city).toContain('Excel の .xlsx ファイルではありません');
  for (const p of ['1', '2', '3']) {
    expect(texts(`政策${p} 提出状況`)).not.toContain('壊れた.xlsx');
    expect(texts(`政策${p} 指摘事項`)).not.toContain('壊れた.xlsx');
  }
  // The finding still counts once in the summary line.
  expect(r.stderr).toMatch(/エラー \d+ 件/);
});

it('refuses the city report workbook in publish, as it refuses a policy report', async () => {
  const file = path.join(dir, 'city-for-publish.xlsx');
  await seika(['consolidate', sources, '-o', file], dir);
  const result = await seika(['publish', file, '--out', 'from-city-report'], dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('報告書 .xlsx からは公開できません。各課のブック（またはそのフォルダ）を指定してください');
  expect(fs.existsSync(path.join(dir, 'from-city-report'))).toBe(false);
});
