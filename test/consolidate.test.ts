// The planning division's job: the seed's department workbooks consolidated into Policy 6's report.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { PolicyReport } from '../src/core/consolidate/types';
import { EVALUATION_VALUES, type Submission, type TypedSheet } from '../src/core/model';
import { numberOf } from '../src/core/numbers';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeReport } from '../src/xlsx/report/writeReport';
import { writeReportFile } from '../src/xlsx/report/writeReportFile';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';
import { insertRowsLikeExcel, renameSheetLikeExcel } from './support/excelEdits';
import { formulaMismatches } from './support/libreoffice';

const seed = loadSeedSheets();
const submissions = departmentSubmissions(seed);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-consolidate-'));

async function workbookBytes(s: Submission): Promise<Buffer> {
  return Buffer.from(await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
}

async function reportOf(files: Array<[string, Buffer]>): Promise<PolicyReport> {
  const reads = await Promise.all(files.map(([name, bytes]) => readWorkbook(bytes, name)));
  return consolidate(reads);
}

/** The report without where each sheet came from, to compare reports built from differently shaped files. */
function content(report: PolicyReport) {
  return { measures: report.measures.map((m) => ({ ...m, sheet: m.sheet?.sheet, projects: m.projects.map((p) => p.sheet), budgetOnly: m.budgetOnly.map((p) => p.sheet) })), totals: report.totals, evaluations: report.evaluations };
}

let files: Array<[string, Buffer]>;
let report: PolicyReport;

beforeAll(async () => {
  files = await Promise.all(submissions.map(async (s) => [`${s.department}.xlsx`, await workbookBytes(s)] as [string, Buffer]));
  report = await reportOf(files);
});

it('holds every sheet of the seed: the policy, then per measure its sheet, ranked projects, unranked, budget-only', () => {
  expect(report.policy?.sheet).toEqual(seed.find((s) => s.kind === 'policy'));
  for (const m of report.measures) {
    const own = seed.filter((s): s is Exclude<TypedSheet, { kind: 'policy' }> => s.kind !== 'policy' && s.measure.number === m.number);
    expect(m.sheet?.sheet).toEqual(own.find((s) => s.kind === 'measure'));
    expect(new Set(m.budgetOnly.map((p) => p.sheet))).toEqual(new Set(own.filter((s) => s.kind === 'budget-only')));
    const accounts = m.budgetOnly.map((p) => p.sheet.account ?? '');
    expect(accounts).toEqual([...accounts].sort((a, b) => a.localeCompare(b, 'ja', { numeric: true })));
    const projects = own.filter((s) => s.kind === 'project');
    expect(new Set(m.projects.map((p) => p.sheet))).toEqual(new Set(projects));
    const ranks = m.projects.map((p) => numberOf(p.sheet.rank) ?? Infinity);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }
  expect(report.measures.map((m) => m.number)).toEqual(['6-1', '6-2', '6-3', '6-4', '6-5']);
  expect(report.measures[0].projects.map((p) => p.sheet.name)).toEqual(['市民協働推進事業', '市民活動支援事業', '表彰事業', '各種団体連携事業']);
});

it('totals equal the sums of the inputs, per measure and for the policy', () => {
  const projects = seed.filter((s) => s.kind === 'project' || s.kind === 'budget-only');
  for (const year of ['2017', '2018', '2019']) {
    for (const line of ['total', 'subsidies', 'bonds', 'other', 'general'] as const) {
      const sum = (list: typeof projects) => list.reduce((n, p) => n + (numberOf(p.budget[year][line]) ?? 0), 0);
      expect(report.totals[year][line]).toBe(sum(projects));
      for (const m of report.measures) expect(m.totals[year][line]).toBe(sum(projects.filter((p) => p.measure.number === m.number)));
    }
  }
  expect(report.totals['2019'].total).toBeGreaterThan(3_000_000);
});

it('counts evaluations and judges outcome achievement by the plan\'s form', () => {
  expect(report.evaluations).toMatchObject({ 拡充: expect.any(Number), 維持: expect.any(Number), 縮小: expect.any(Number) });
  const recognition = report.measures[0].outcomes[0];
  expect(recognition.years.map((y) => [y.year, y.status])).toEqual([
    [2017, '遅れ'], // 13.0 / 22.8 = 57%
    [2018, '遅れ'], // 15.6 / 26.4 = 59%
    [2019, '順調'], // 16.9 / 18.0 = 94%
  ]);
});

it('counts an evaluation off the list and an unwritten one after the list\'s, where the report first lists them', async () => {
  const firstOf = (measure: string) => seed.find((s) => s.kind === 'project' && s.measure.number === measure)!;
  const edited = seed.map((s) => (s === firstOf('6-2') ? { ...s, evaluation: '検討中' } : s === firstOf('6-3') ? { ...s, evaluation: null } : s));
  const edits = await Promise.all(departmentSubmissions(edited).map(async (s) => [`${s.department}.xlsx`, await workbookBytes(s)] as [string, Buffer]));
  const evaluations = (await reportOf(edits)).evaluations;
  expect(Object.keys(evaluations)).toEqual([...EVALUATION_VALUES, '検討中', '未記入']);
  expect(evaluations).toMatchObject({ 検討中: 1, 未記入: (report.evaluations['未記入'] ?? 0) + 1 });
  expect(Object.values(evaluations).reduce((a, b) => a + b, 0)).toBe(seed.filter((s) => s.kind === 'project').length);
});

it('writes a report that LibreOffice recalculates to the totals we cached', async () => {
  const file = path.join(dir, 'report.xlsx');
  await writeReportFile(report, file); // streamed, as the CLI writes it
  expect(await formulaMismatches(file)).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.slice(0, 3).map((w) => w.name)).toEqual(['表紙', '集計', '政策6']);
  expect(wb.worksheets.slice(-3).map((w) => w.name)).toEqual(['事業費一覧', '提出状況', '指摘事項']);
});

it('lists a row of empty cells once on 指摘事項, with its range and a link to the report’s copy', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeReport(report)) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('指摘事項')!;
  expect(sheet.getCell('A1').value).toBe('指摘事項（36 件）（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 50 件）');
  const rows = sheet.getRows(4, sheet.rowCount - 3)!.filter((r) => r.getCell(3).value === '財政管理費運営費' && r.getCell(5).value === 'indicator-complete');
  expect(rows).toHaveLength(1);
  expect(rows[0].getCell(4).value).toBe('F18:H18');
  expect(rows[0].getCell(6).value).toMatch(/^活動指標1 実績（平成29〜令和元年度）が空欄です。/);
  expect(rows[0].getCell(7).value).toEqual({ formula: 'HYPERLINK("#\'財政管理費運営費\'!F18","財政管理費運営費!F18:H18")', result: '財政管理費運営費!F18:H18' });
});

it('gives the same report from a renamed sheet, inserted rows and sheets in another order', async () => {
  const kikaku = submissions.find((s) => s.department === '企画課')!;
  const shuffled = { ...kikaku, sheets: [...kikaku.sheets].reverse() };
  const inserted = await insertRowsLikeExcel(await workbookBytes(shuffled), '表彰事業', 3, 2);
  const renamed = await renameSheetLikeExcel(inserted, '表彰事業', '表彰（令和元年度）');
  const edited = files.map(([name, b]) => [name, name === '企画課.xlsx' ? renamed : b] as [string, Buffer]);
  expect(content(await reportOf(edited))).toEqual(content(report));
});

it('reports a duplicate submission instead of merging it', async () => {
  const zaisei = files.find(([name]) => name === '財政課.xlsx')!;
  const twice = await reportOf([...files, ['財政課 (再提出).xlsx', zaisei[1]]]);
  expect(content(twice)).toEqual(content(report));
  const again = twice.status.files.find((f) => f.file === '財政課 (再提出).xlsx')!;
  expect(again.sheets).toEqual([]);
  expect(again.duplicates).toHaveLength(10);
  expect(twice.findings.filter((f) => f.ruleId === 'duplicate-project' && f.file === '財政課 (再提出).xlsx')).toHaveLength(9);
});

it('never modifies the source workbooks (byte-identical after consolidating)', async () => {
  const sources = path.join(dir, 'sources');
  fs.mkdirSync(sources, { recursive: true });
  for (const [name, bytes] of files) fs.writeFileSync(path.join(sources, name), bytes);
  const hash = () => fs.readdirSync(sources).map((f) => crypto.createHash('sha256').update(fs.readFileSync(path.join(sources, f))).digest('hex'));
  const before = hash();
  const r = await seika(['consolidate', sources, '-o', path.join(dir, 'cli-report.xlsx')], dir);
  expect(r.stdout).toContain('政策6 の集約');
  expect(hash()).toEqual(before);
  expect(fs.existsSync(path.join(dir, 'cli-report.xlsx'))).toBe(true);
});

it('seika consolidate: progress on stderr, unreadable files reported and skipped, --json prints the report model', async () => {
  const sources = path.join(dir, 'with-broken');
  fs.mkdirSync(sources, { recursive: true });
  for (const [name, bytes] of files) fs.writeFileSync(path.join(sources, name), bytes);
  fs.writeFileSync(path.join(sources, '議事録.xlsx'), 'not a workbook');
  const r = await seika(['consolidate', sources, '--json'], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('[12/12]');
  expect(r.stderr).toMatch(/12 ファイル: エラー \d+ 件/);
  const model = JSON.parse(r.stdout) as PolicyReport;
  expect(model.totals).toEqual(report.totals);
  expect(model.status.files.find((f) => f.file.endsWith('議事録.xlsx'))?.problems).toEqual([{ code: 'notXlsx' }]);
  expect(model.findings.some((f) => f.ruleId === 'file-unreadable' && f.file.endsWith('議事録.xlsx'))).toBe(true);
});

it('seika consolidate refuses to write the report over a source', async () => {
  const sources = path.join(dir, 'sources');
  const r = await seika(['consolidate', sources, '-o', path.join(sources, '財政課.xlsx')], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('上書き');
});
