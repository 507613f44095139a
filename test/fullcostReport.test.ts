// The full-cost format end to end: the sample's departments' workbooks (the fullcost template filled) are checked
// and consolidated by `seika consolidate`, which picks the format from their SeikaFormat; LibreOffice, recalculating
// the departments' workbooks and the report, shows the totals seika wrote.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAddress } from '../src/core/cells';
import type { FormReport } from '../src/core/consolidate/form/types';
import { sheetFromFields } from '../src/core/layout/sheetData';
import type { FormSheet, Value } from '../src/core/model';
import { fullcostSheets, FULLCOST_LAYOUT } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { consolidateScoped } from '../src/core/jobs/consolidate';
import { eachDrawingOf } from '../src/core/report/anyReport';
import { FULLCOST } from '../src/core/format/builtin';
import { recordingExcel, savedXlsx } from '../src/office/testing/recordingExcel';
import { writeReportSheets } from '../src/office/writeReport';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { seika } from './support/cli';
import { formulaMismatches, recalculatedSheets, trimmedRows } from './support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-fullcost-'));
const clean = path.join(dir, 'clean');
const planted = path.join(dir, 'planted');

/** The sample, its first project ending in the report year (令和元年度) and so 完了. */
function sample(): FormSheet[] {
  const [first, ...rest] = fullcostSheets();
  const values: Record<string, Value> = { ...first.values, EndYear: '令和元年度', Outlook: '完了', ManagerComment: '目的を達成したため、今年度で終了とする。' };
  return [sheetFromFields(FULLCOST_LAYOUT, first.reportYear, (f) => values[f.name] ?? null) as FormSheet, ...rest];
}

async function writeSample(folder: string, withMistakes: boolean): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  const books = await fullcostWorkbooks(sample(), withMistakes ? undefined : []);
  return books.map(({ department, bytes }) => {
    const file = path.join(folder, `${department}.xlsx`);
    fs.writeFileSync(file, bytes);
    return file;
  });
}

let cleanFiles: string[] = [];
beforeAll(async () => {
  cleanFiles = await writeSample(clean, false);
  await writeSample(planted, true);
});

async function reportOf(folder: string): Promise<FormReport> {
  const { stdout } = await seika(['consolidate', folder, '--json']);
  return JSON.parse(stdout) as FormReport;
}

it('seika check and consolidate pick the full-cost format from the workbooks: no finding on the clean sample', async () => {
  const check = await seika(['check', clean]);
  expect(check.code).toBe(0);
  const consolidated = await seika(['consolidate', clean, '-o', path.join(dir, 'clean.xlsx')]);
  expect(consolidated.code).toBe(0);
  expect(consolidated.stdout).toContain('令和元年度 事務事業評価シート（フルコスト） の集約: ');
  expect(consolidated.stdout).toMatch(/施策\s+3、事務事業 12/);
  expect(consolidated.stdout).toContain('必要性: A ');
  // --format names the same format: the same report.
  const flagged = await seika(['consolidate', '--format', 'fullcost', clean, '--json']);
  expect(JSON.parse(flagged.stdout)).toEqual(await reportOf(clean));
});

it('sums トータルコスト by year and source and 人工 per 施策 and for the policy, counts 今後の方向性, A/B/C per axis and indicator achievement, lists the projects ending this year', async () => {
  const report = await reportOf(clean);
  expect(report.groups.map((g) => [g.key, g.sheets.length])).toEqual([
    ['06-01', 4],
    ['06-03', 4],
    ['06-05', 4],
  ]);
  const cost = report.whole.totals[0];
  expect(cost.label).toBe('トータルコスト（事業費の財源と人件費）');
  expect(cost.rows.map((r) => r.year)).toEqual([2018, 2019, 2020]);
  // The whole is the sum of its groups, year by year, source by source.
  for (const [y, row] of cost.rows.entries()) expect(row.amounts).toEqual(row.amounts.map((_, j) => report.groups.reduce((n, g) => n + g.figures.totals[0].rows[y].amounts[j], 0)));
  // トータルコスト = 事業費 + 人件費; 事業費 = the sum of its sources.
  const [full, total, national, prefectural, bonds, other, general, staffCost] = cost.rows[1].amounts;
  expect(full).toBe(total + staffCost);
  expect(total).toBe(national + prefectural + bonds + other + general);
  expect(report.whole.totals[1]).toMatchObject({ label: '従事職員数', unit: '人工' });
  // 成果指標1 of each project: 93.9% (順調) in 6-1, no target in 6-3 (its 達成率 cell shows 0), 76.9% in 6-5.
  expect(report.groups.map((g) => g.figures.achievement?.counts)).toEqual([
    { 順調: 4, やや遅れ: 0, 遅れ: 0, 未入力: 0 },
    { 順調: 0, やや遅れ: 0, 遅れ: 0, 未入力: 4 },
    { 順調: 0, やや遅れ: 4, 遅れ: 0, 未入力: 0 },
  ]);
  expect(report.whole.lists[0].rows.map((r) => r.cells.slice(0, 2))).toEqual([[sample()[0].values.ProjectCode, sample()[0].values.ProjectName]]);
  const outlook = report.whole.counts[0];
  expect(outlook.values.slice(0, 7)).toEqual(['拡充', '継続', '改善', '縮小', '統合', '休止・廃止', '完了']);
  expect(outlook.rows[0].counts.reduce((a, b) => a + b, 0)).toBe(12);
  expect(report.whole.counts[1].rows.map((r) => [r.label, r.counts.reduce((a, b) => a + b, 0)])).toEqual([
    ['必要性', 12],
    ['有効性', 12],
    ['効率性', 12],
  ]);
});

it('LibreOffice recalculates the report to the totals seika wrote, and the departments’ トータルコスト add up to them', async () => {
  const reportFile = path.join(dir, 'clean.xlsx');
  if (!fs.existsSync(reportFile)) await seika(['consolidate', clean, '-o', reportFile]);
  const [mismatches, ...departments] = await Promise.all([formulaMismatches(reportFile), ...cleanFiles.map(recalculatedSheets)]);
  expect(mismatches).toEqual([]);
  const at = (name: string) => {
    const cell = [...FULLCOST_LAYOUT.fields, ...FULLCOST_LAYOUT.formulas].find((f) => f.name === name)!.range.split(':')[0];
    const { row, col } = parseAddress(cell);
    return (rows: string[][]) => rows[row - 1]?.[col - 1] ?? '';
  };
  const code = at('ProjectCode');
  const fullCost = at('FullCost_2');
  const byMeasure = new Map<string, number>();
  for (const sheets of departments) for (const rows of sheets.values()) byMeasure.set(code(rows).slice(0, 5), (byMeasure.get(code(rows).slice(0, 5)) ?? 0) + Number(fullCost(rows)));
  const report = await reportOf(clean);
  expect(Object.fromEntries(byMeasure)).toEqual(Object.fromEntries(report.groups.map((g) => [g.key, g.figures.totals[0].rows[1].amounts[0]])));
  const summary = (await recalculatedSheets(reportFile)).get('集計')!;
  // Each 施策 by the name the plan gives it (group.plan), beside its code.
  expect(summary.find((r) => r[0] === '06-01' && r[2] === '令和元年度')?.[1]).toBe('協働によるまちづくりを推進します');
  const policyRow = summary.find((r) => r[0] === '計' && r[2] === '令和元年度')!;
  expect(Number(policyRow[3])).toBe(report.whole.totals[0].rows[1].amounts[0]);
});

it('with the planted mistakes: the findings on 指摘事項 in the format’s own words, exit code 1', async () => {
  const out = path.join(dir, 'planted.xlsx');
  const result = await seika(['consolidate', planted, '-o', out]);
  expect(result.code).toBe(1);
  const report = await reportOf(planted);
  expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['project-code', 'staff-cost', 'ended-direction']));
  const findings = (await recalculatedSheets(out)).get('指摘事項')!;
  expect(findings.some((r) => r.join(' ').includes('人件費（令和元年度）の式が 5,000,000 円で上書きされています'))).toBe(true);
});

it('the Office writer draws the same report into the open workbook: LibreOffice shows the same sheets as the .xlsx', async () => {
  // In the order seika consolidate reads a folder (by name), so that 提出状況 lists the files alike.
  const workbooks = await Promise.all([...cleanFiles].sort().map(async (f) => readWorkbook(fs.readFileSync(f), f)));
  const result = consolidateScoped({ workbooks, format: FULLCOST });
  if (result.scope !== 'form') throw new Error(`a form report was expected, not ${result.scope}`);
  const rec = recordingExcel(['Sheet1']);
  (globalThis as unknown as { Excel: unknown }).Excel = rec.excel;
  try {
    const drawings = [...eachDrawingOf(result.report)];
    expect((await writeReportSheets(drawings)).status).toBe('written');
    const live = path.join(dir, 'live.xlsx');
    fs.writeFileSync(live, await savedXlsx(rec));
    const reportFile = path.join(dir, 'clean.xlsx');
    if (!fs.existsSync(reportFile)) await seika(['consolidate', clean, '-o', reportFile]);
    const [mine, theirs] = await Promise.all([recalculatedSheets(live), recalculatedSheets(reportFile)]);
    for (const title of ['集計', '施策06-01', '集計のもと', '提出状況']) expect([title, trimmedRows(mine.get(title)!)]).toEqual([title, trimmedRows(theirs.get(title)!)]);
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});
