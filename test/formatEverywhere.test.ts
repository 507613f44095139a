// --format on every command that reads or writes department workbooks (fill, export, rollover, diff, import-budget,
// publish, check --previous): a third city's workbooks go through each in their own format, the seed's as before,
// and a workbook of another format is one clear message, never a crash; the full-cost sample is published as a site.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FormReport } from '../src/core/consolidate/form/types';
import { builtFormat } from '../src/core/format/buildLayout';
import { checkDefinition } from '../src/core/format/checkDefinition';
import type { FormSheet, ProjectSheet, Submission } from '../src/core/model';
import { blankSheet } from '../src/core/template';
import { departmentSubmissions } from '../src/sample/departments';
import { fullcostSheets } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-formats-'));
const thirdCity = path.join(__dirname, 'fixtures/formats/third-city.json');
const definition = checkDefinition(JSON.parse(fs.readFileSync(thirdCity, 'utf8')));
if (!definition.ok) throw new Error(definition.problems.join('\n'));
const format = builtFormat(definition.definition);

/** The third city's 地域交流事業 for FY2019, as a submission recording its format. */
function thirdCitySubmission(): Submission {
  const sheet = blankSheet({ kind: 'project', reportYear: 2019 }, format.layouts.project) as ProjectSheet;
  Object.assign(sheet, { name: '地域交流事業', status: '継続', startYear: 2015, evaluation: '拡大', measure: { number: '0102' } });
  Object.assign(sheet.budget['2018'], { total: 1000, general: 800, staff: 500 });
  Object.assign(sheet.budget['2019'], { total: 1200, general: 900, staff: 500 });
  return { format: 'third-city/2', reportYear: 2019, department: '地域課', sheets: [sheet] };
}

const read = (file: string) => readWorkbook(fs.readFileSync(path.join(dir, file)), file, { layoutsFor: () => [format.layouts.project!] });
const OTHER_FORMAT = /は様式「third-city\/2」のブックです。様式「komoro\/1」では扱えません。--format で/;

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, 'third.json'), JSON.stringify(thirdCitySubmission()));
  const filled = await seika(['fill', 'third.json', '--format', thirdCity, '-o', 'third-2019.xlsx'], dir);
  expect(filled).toMatchObject({ code: 0, stderr: '' });
});

describe('fill and export', () => {
  it('draws a submission in its format and gives it back unchanged, the format recorded both ways', async () => {
    expect((await read('third-2019.xlsx')).meta.format).toEqual({ id: 'third-city', version: 2 });
    const r = await seika(['export', '--format', thirdCity, 'third-2019.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(thirdCitySubmission());
  });

  it('without --format, says the submission or workbook is of another format instead of drawing or reading it wrongly', async () => {
    const filled = await seika(['fill', 'third.json', '-o', 'wrong.xlsx'], dir);
    expect(filled.code).toBe(2);
    expect(filled.stderr).toMatch(OTHER_FORMAT);
    expect(fs.existsSync(path.join(dir, 'wrong.xlsx'))).toBe(false);
    const exported = await seika(['export', 'third-2019.xlsx'], dir);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(OTHER_FORMAT);
  });

  it('refuses a sheet kind the format does not draw', async () => {
    const seed = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;
    fs.writeFileSync(path.join(dir, 'seed-as-third.json'), JSON.stringify({ ...seed, format: undefined, sheets: [loadSeedSheets().find((s) => s.kind === 'policy')] }));
    const r = await seika(['fill', 'seed-as-third.json', '--format', thirdCity, '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('seed-as-third.json に様式「third-city」にないシート（policy）があります');
  });

  it('names an unknown format id', async () => {
    const r = await seika(['fill', 'third.json', '--format', 'nowhere', '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ファイルがありません / no such file: nowhere');
  });
});

describe('rollover, diff and check --previous', () => {
  beforeAll(async () => {
    const r = await seika(['rollover', '--format', thirdCity, 'third-2019.xlsx', '--to', '2020', '-o', 'third-2020.xlsx'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('rolls a third-city workbook over in its own layout: its one past year moves along', async () => {
    const rolled = await read('third-2020.xlsx');
    expect(rolled.meta).toMatchObject({ format: { id: 'third-city', version: 2 }, reportYear: 2020, department: '地域課' });
    const sheet = rolled.sheets[0].sheet as ProjectSheet;
    expect(sheet).toMatchObject({ name: '地域交流事業', evaluation: null, reportYear: 2020 });
    expect(sheet.budget['2019']).toMatchObject({ total: 1200, general: 900, staff: 500 });
    expect(sheet.budget['2020']).toMatchObject({ total: null, general: null });
    expect(rolled.sheets[0].source.cells.get('Total_1')?.address).toBe('B6');
  });

  it('lists what changed between the third city’s two years, and checks the new year against the old', async () => {
    const next = thirdCitySubmission();
    const sheet = next.sheets[0] as ProjectSheet;
    next.reportYear = sheet.reportYear = 2020;
    sheet.budget = { 2019: { ...sheet.budget['2019'], total: 5000 }, 2020: { total: 1500, general: 1600, staff: 500 } } as unknown as ProjectSheet['budget'];
    fs.writeFileSync(path.join(dir, 'third-2020-filled.json'), JSON.stringify(next));
    expect((await seika(['fill', 'third-2020-filled.json', '-o', 'third-2020-filled.xlsx', '--format', thirdCity], dir)).code).toBe(0);
    const diff = await seika(['diff', '--format', thirdCity, 'third-2019.xlsx', 'third-2020-filled.xlsx'], dir);
    expect(diff).toMatchObject({ code: 0, stderr: '' });
    expect(diff.stdout).toContain('1,200 → 5,000');
    const checked = await seika(['check', '--format', thirdCity, 'third-2020-filled.xlsx', '--previous', 'third-2019.xlsx'], dir);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain('general-within-total');
    expect(checked.stdout).not.toContain('format-known');
  });

  it('without --format, each of them says the workbook is of another format', async () => {
    for (const args of [
      ['rollover', 'third-2019.xlsx', '--to', '2020', '-o', 'y.xlsx'],
      ['diff', 'third-2019.xlsx', 'third-2020.xlsx'],
      ['check', 'third-2020.xlsx', '--previous', 'third-2019.xlsx'],
    ]) {
      const r = await seika(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(OTHER_FORMAT);
    }
  });

  it('takes the seed’s workbooks in the built-in format with or without --format komoro', async () => {
    const seed = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;
    fs.writeFileSync(path.join(dir, 'zaisei.json'), JSON.stringify(seed));
    expect((await seika(['fill', 'zaisei.json', '--format', 'komoro', '-o', 'zaisei.xlsx'], dir)).code).toBe(0);
    const r = await seika(['rollover', '--format', 'komoro', 'zaisei.xlsx', '--to', '2020', '-o', 'zaisei-2020.xlsx'], dir);
    expect(r.code).toBe(0);
    const diff = await seika(['diff', 'zaisei.xlsx', 'zaisei-2020.xlsx', '--json'], dir);
    expect(diff.code).toBe(0);
  });
});

describe('import-budget and publish', () => {
  const map = path.join(dir, 'map.json');
  const HEADER = '事業名,年度,事業費,国県支出金,一般財源';
  // The third city's sheet names no account, so its ledger rows are matched by name alone.
  fs.writeFileSync(map, JSON.stringify({ encoding: 'utf-8', unit: '円', columns: { project: '事業名', year: '年度', total: '事業費', subsidies: '国県支出金', general: '一般財源' } }));

  it('fills a third-city workbook’s budget in its format, and refuses it without --format', async () => {
    fs.writeFileSync(path.join(dir, 'ledger.csv'), `${HEADER}\r\n地域交流事業,令和2年度,"1,500",400,"1,100"\r\n`);
    const r = await seika(['import-budget', 'ledger.csv', 'third-2020.xlsx', '--map', map, '--format', thirdCity, '-o', 'third-2020-budget.xlsx'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: '入力した金額 / filled: 2 件\n' });
    const filled = await read('third-2020-budget.xlsx');
    expect(filled.meta.format).toEqual({ id: 'third-city', version: 2 });
    // In 円 as the ledger and the format both are: nothing divided by 1,000; no 国県支出金 row on the sheet, none filled.
    expect((filled.sheets[0].sheet as ProjectSheet).budget['2020']).toEqual({ total: 1500, general: 1100, staff: null });
    const refused = await seika(['import-budget', 'ledger.csv', 'third-2020.xlsx', '--map', map, '-o', 'z.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(OTHER_FORMAT);
  });

  it('publishes the seed’s workbooks with --format komoro as without it', async () => {
    const r = await seika(['publish', 'zaisei.xlsx', '--format', 'komoro', '--out', 'site'], dir);
    expect(r.stdout).toContain('公開用サイトを書き出しました');
    expect(fs.existsSync(path.join(dir, 'site/index.html'))).toBe(true);
  });
});

describe('the second built-in format (fullcost) without --format: its SeikaFormat picks it', () => {
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'fullcost'));
    for (const b of await fullcostWorkbooks(fullcostSheets(), [])) fs.writeFileSync(path.join(dir, 'fullcost', `${b.department}.xlsx`), b.bytes);
  });

  it('exports a department’s forms recording fullcost/1, and fills them back the same', async () => {
    const exported = await seika(['export', 'fullcost/財政課.xlsx', '-o', 'fullcost.json'], dir);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const submission = JSON.parse(fs.readFileSync(path.join(dir, 'fullcost.json'), 'utf8')) as Submission;
    expect(submission.format).toBe('fullcost/1');
    expect((await seika(['fill', 'fullcost.json', '-o', 'fullcost-filled.xlsx'], dir)).code).toBe(0);
    expect(JSON.parse((await seika(['export', 'fullcost-filled.xlsx'], dir)).stdout)).toEqual(submission);
  });

  it('rolls its forms over to the next year and lists what changed', async () => {
    const r = await seika(['rollover', 'fullcost/財政課.xlsx', '--to', '2020', '-o', 'fullcost-2020.xlsx'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rolled = await readWorkbook(fs.readFileSync(path.join(dir, 'fullcost-2020.xlsx')), 'fullcost-2020.xlsx');
    expect(rolled.meta.format).toEqual({ id: 'fullcost', version: 1 });
    expect(rolled.sheets.map((s) => [s.sheet.kind, s.sheet.reportYear])).toEqual(rolled.sheets.map(() => ['form', 2020]));
    // Each year column takes the value the old sheet had for the same fiscal year: 2019's 事業費 moves one column left.
    const before = (await readWorkbook(fs.readFileSync(path.join(dir, 'fullcost/財政課.xlsx')), '財政課.xlsx')).sheets[0].sheet as FormSheet;
    const after = rolled.sheets[0].sheet as FormSheet;
    expect(after.values.ProjectCode).toBe(before.values.ProjectCode);
    expect([after.values.Total_1, after.values.Total_2]).toEqual([before.values.Total_2, before.values.Total_3]);
    expect(after.values.Total_3).toBe(0);
    expect(await seika(['diff', 'fullcost/財政課.xlsx', 'fullcost-2020.xlsx'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it('publishes its report as a citizens’ site, with --format fullcost as without it, with the totals of consolidate', async () => {
    const r = await seika(['publish', '--format', 'fullcost', 'fullcost', '--out', 'fullcost-site'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('公開用サイトを書き出しました');
    const site = path.join(dir, 'fullcost-site');
    for (const f of ['index.html', 'style.css', 'groups/06-01.html', 'projects/06-01-01.html', 'data/sheets.csv', 'data/report.json']) expect(fs.existsSync(path.join(site, f))).toBe(true);
    const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(index).toContain('<h1>令和元年度 事務事業評価シート（フルコスト）</h1>');
    const report = JSON.parse((await seika(['consolidate', 'fullcost', '--json'], dir)).stdout) as FormReport;
    const cost = report.whole.totals[0];
    for (const row of cost.rows) expect(index).toContain(row.amounts.map((n) => `<td class="num">${n.toLocaleString('en-US')}</td>`).join(''));
    const unflagged = await seika(['publish', 'fullcost', '--out', 'fullcost-site-2'], dir);
    expect(unflagged.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'fullcost-site-2', 'index.html'), 'utf8')).toBe(index);
  });
});
