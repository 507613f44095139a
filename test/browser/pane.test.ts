// The pane in a plain browser, as a new user meets it: build it (webpack, production), serve it, open it in
// Debian's Chromium (Office.onReady gives host null: file mode), consolidate the seed's 11 department
// workbooks (parsed in the Web Worker), check one workbook, download the report and a template and read them
// back with the .xlsx adapter. Screenshots go to test-output/ (git-ignored) for people to look at.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Download, Page } from 'playwright-core';
import { citySubmissions, ONE_X } from '../../scripts/bench/citySample';
import { departmentSubmissions } from '../../src/sample/departments';
import { loadSeedSheets } from '../../src/sample/seed';
import { departmentOf } from '../../src/core/model';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { buildPane, launchChromium, patientPage, requireChromium, serveStatic, TEST_OUTPUT, type StaticServer } from '../support/browser';

const SHOTS = path.join(TEST_OUTPUT, 'pane');
/**
 * What office.js itself logs in a plain browser: that it runs outside Office (the point of this test), and its
 * telemetry frame to Microsoft, which the pages' CSP blocks (a closed network has no route there anyway).
 */
const OFFICE_JS_OUTSIDE_OFFICE = [/outside of Office client/, /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/];
let tmp: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let departmentFiles: string[];
const problems: string[] = [];
const workers: string[] = [];
const timings: Record<string, number> = {};

beforeAll(async () => {
  requireChromium();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-pane-'));
  fs.mkdirSync(SHOTS, { recursive: true });
  const started = Date.now();
  const built = buildPane(path.join(tmp, 'dist'));
  // The seed's department workbooks, written meanwhile as each department would submit them.
  const workbooksDir = path.join(tmp, 'departments');
  fs.mkdirSync(workbooksDir);
  departmentFiles = [];
  for (const s of departmentSubmissions(loadSeedSheets())) {
    const file = path.join(workbooksDir, `${s.department}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
    departmentFiles.push(file);
  }
  await built;
  timings.build = Date.now() - started;
  server = await serveStatic(path.join(tmp, 'dist'));
  browser = await launchChromium();
  page = await patientPage(browser, { viewport: { width: 400, height: 900 }, locale: 'ja-JP', acceptDownloads: true });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !OFFICE_JS_OUTSIDE_OFFICE.some((re) => re.test(m.text()))) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('worker', (w) => workers.push(w.url()));
  const opened = Date.now();
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'チェック' }).waitFor();
  timings.open = Date.now() - opened;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`pane browser test timings (ms): ${JSON.stringify(timings)}`);
});

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function saved(download: Download, name: string): Promise<Uint8Array> {
  const file = path.join(tmp, name);
  await download.saveAs(file);
  return new Uint8Array(fs.readFileSync(file));
}

it('opens in file mode outside Office, with everything served by the add-in itself', async () => {
  await page.getByText('ブラウザーでファイルを開いて作業します。').waitFor();
  expect(await page.getByRole('tab').count()).toBe(4);
  expect(server.missing).toEqual([]);
  await shoot('1-open-check');
});

it('consolidates the 11 department workbooks in the worker: totals, chart, findings', async () => {
  await page.getByRole('tab', { name: '集約' }).click();
  const started = Date.now();
  await page.getByLabel('集約するブック（複数選択できます）').setInputFiles(departmentFiles);
  await page.getByRole('heading', { name: '令和元年度 政策6 の集約' }).waitFor();
  timings.consolidate = Date.now() - started;

  // Parsed off the pane's thread: the worker bundle was started.
  expect(workers.some((url) => /seika-parse\.[0-9a-f]+\.js$/.test(url))).toBe(true);
  await expect(page.getByText('11 ブック中 11 ブックを読み込みました').isVisible()).resolves.toBe(true);
  await expect(page.getByText('11 ブック、施策 5、事務事業 47').isVisible()).resolves.toBe(true);

  const total = page.getByRole('row', { name: /^政策計/ });
  await expect(total.innerText()).resolves.toMatch(/政策計\s+3,411,750\s+3,443,748\s+3,488,466/);
  const chart = page.getByRole('img', { name: /^成果指標 \d+ 件の達成度/ });
  await expect(chart.isVisible()).resolves.toBe(true);
  await expect(chart.getByText('146% 順調', { exact: true }).count()).resolves.toBe(1);

  const finding = page.getByText(/年度別事業費（平成30年度） 15,602 千円が、財源の合計 15,593 千円/);
  await expect(finding.isVisible()).resolves.toBe(true);
  await expect(page.getByRole('status', { name: 'エラー 33 件、警告 0 件、情報 3 件（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 50 件）' }).isVisible()).resolves.toBe(true);

  await shoot('2-consolidate');
  await page.screenshot({ path: path.join(SHOTS, '2a-consolidate-top.png') });
  await page.getByRole('region', { name: /成果指標の達成度/ }).screenshot({ path: path.join(SHOTS, '2b-consolidate-chart.png') });
  await page.getByRole('region', { name: '提出状況' }).screenshot({ path: path.join(SHOTS, '2c-consolidate-status.png') });
});

it('downloads the report, which the .xlsx adapter reads back: 表紙, 集計 and the policy total', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告書をダウンロード' }).click()]);
  expect(download.suggestedFilename()).toBe('成果説明書_政策6_令和元年度.xlsx');
  const bytes = await saved(download, 'report.xlsx');
  await page.getByText('成果説明書_政策6_令和元年度.xlsx をダウンロードしました。').waitFor();

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const names = wb.worksheets.map((ws) => ws.name);
  expect(names.slice(0, 2)).toEqual(['表紙', '集計']);
  expect(names).toEqual(expect.arrayContaining(['政策6', '施策6-1', '事業費一覧', '提出状況', '指摘事項']));
  const summary = wb.getWorksheet('集計')!;
  const policyTotal2019 = findRow(summary, (values) => values.includes('政策計') && values.includes('令和元年度'));
  expect(policyTotal2019).toContain(3488466);

  // The report's policy and measure sheets are seika sheets the reader recognises.
  const read = await readWorkbook(bytes, 'report.xlsx');
  expect(read.sheets.map((s) => s.sheet.kind)).toContain('policy');
  expect(read.sheets.filter((s) => s.sheet.kind === 'measure')).toHaveLength(5);
});

it('downloads the public website as a .zip with the pages and open data of seika publish', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '公開用サイト（.zip）をダウンロード' }).click()]);
  expect(download.suggestedFilename()).toBe('公開用サイト_政策6_令和元年度.zip');
  const zip = await JSZip.loadAsync(await saved(download, 'site.zip'));
  await page.getByText('公開用サイト_政策6_令和元年度.zip をダウンロードしました。展開して index.html を開いてください。').waitFor();
  const folder = '公開用サイト_政策6_令和元年度';
  expect(await zip.file(`${folder}/index.html`)?.async('string')).toContain('<html lang="ja">');
  expect(zip.file(`${folder}/projects/6-1-01.html`)).not.toBeNull();
  expect(await zip.file(`${folder}/data/measures.csv`)?.async('string')).toMatch(/^\uFEFF全国地方公共団体コード,/);
});

it('checks one department workbook on the チェック tab', async () => {
  await page.getByRole('tab', { name: 'チェック' }).click();
  const zaisei = departmentFiles.find((f) => path.basename(f) === '財政課.xlsx')!;
  await page.getByLabel('ブックを選ぶ…').setInputFiles(zaisei);
  await page.getByRole('status', { name: 'エラー 11 件、警告 0 件、情報 0 件（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 15 件）' }).waitFor();
  const panel = page.locator('#seika-panel-check');
  await expect(panel.getByRole('region', { name: '財産管理費運営費' }).isVisible()).resolves.toBe(true);
  await expect(panel.getByText('財産管理費運営費!G10').isVisible()).resolves.toBe(true);
  await expect(panel.getByText(/15,602 千円が、財源の合計 15,593 千円/).isVisible()).resolves.toBe(true);
  await shoot('3-check');

  await page.getByRole('button', { name: 'English' }).click();
  await panel.getByText(/the total 15,602 \(thousand yen\) differs from the sum of its funding sources 15,593 by 9\./).waitFor();
  await shoot('3b-check-english');
  await page.getByRole('button', { name: '日本語' }).click();
});

it('shows a workbook’s review states and downloads a copy with one moved on, the chosen file unchanged', async () => {
  await page.getByRole('tab', { name: '確認状況' }).click();
  const zaisei = departmentFiles.find((f) => path.basename(f) === '財政課.xlsx')!;
  const before = fs.readFileSync(zaisei);
  await page.getByRole('textbox', { name: /確認した人/ }).fill('山田');
  await page.getByLabel('確認状況を見るブック（複数可）').setInputFiles(zaisei);
  const list = page.getByRole('list', { name: '財政課.xlsx のシート' });
  await list.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: '普通財産管理費 を課内確認済にする' }).click()]);
  expect(download.suggestedFilename()).toBe('財政課（確認状況）.xlsx');
  const copy = await readWorkbook(await saved(download, 'reviewed.xlsx'), '財政課（確認状況）.xlsx');
  expect(copy.sheets.find((s) => s.source.sheetName === '普通財産管理費')?.review).toEqual({ state: '課内確認済', by: '山田', at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) });
  expect(fs.readFileSync(zaisei)).toEqual(before);
  await page.getByText(/写し「財政課（確認状況）\.xlsx」を保存しました/).waitFor();
  await shoot('4-review');
});

it('downloads a project template for 令和元年度 that reads back as a blank project sheet', async () => {
  await page.getByRole('tab', { name: 'テンプレート' }).click();
  await page.getByRole('radio', { name: /^事務事業/ }).check();
  await page.getByRole('spinbutton', { name: '対象年度（西暦）' }).fill('2019');
  await page.getByText('令和元年度の成果説明書').waitFor();
  await page.getByRole('textbox', { name: '政策番号' }).fill('6');
  await page.getByRole('textbox', { name: '施策番号' }).fill('6-1');
  await page.getByRole('textbox', { name: '所管課' }).fill('企画課');
  await page.getByRole('spinbutton', { name: '枚数' }).fill('2');
  await shoot('4-template');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ダウンロード' }).click()]);
  expect(download.suggestedFilename()).toBe('企画課_事務事業_6-1_令和元年度.xlsx');
  const read = await readWorkbook(await saved(download, 'template.xlsx'), 'template.xlsx');
  expect(read.problems).toEqual([]);
  expect(read.meta).toEqual({ reportYear: 2019, department: '企画課', format: { id: 'komoro', version: 1 } });
  expect(read.sheets.map((s) => [s.source.sheetName, s.sheet.kind, s.sheet.reportYear, departmentOf(s.sheet)])).toEqual([
    ['事務事業', 'project', 2019, '企画課'],
    ['事務事業(2)', 'project', 2019, '企画課'],
  ]);
});

it('consolidates a small city (3 policies drawn from the seed) into 市全体 and every policy\'s sheets', async () => {
  const cityDir = path.join(tmp, 'small-city');
  fs.mkdirSync(cityDir);
  // 12 departments of 2 projects: policies 1 and 2 with five measures each, policy 3 with two; and a broken file.
  const submissions = citySubmissions({ departments: 12, projectsPerDepartment: 2 });
  const files: string[] = [];
  for (const s of submissions) {
    files.push(path.join(cityDir, `${s.department}.xlsx`));
    fs.writeFileSync(files[files.length - 1], await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
  }
  files.push(path.join(cityDir, '壊れた.xlsx'));
  fs.writeFileSync(files[files.length - 1], 'not a workbook');
  const total = submissions.flatMap((s) => s.sheets).reduce((n, s) => n + (s.kind === 'project' ? Number(s.budget['2019'].total) : 0), 0);

  await page.getByRole('tab', { name: '集約' }).click();
  await page.getByRole('button', { name: '選んだブックをクリア' }).click();
  await page.getByLabel('集約するブック（複数選択できます）').setInputFiles(files);
  await page.getByRole('heading', { name: '令和元年度 市全体の集約' }).waitFor();
  await expect(page.getByText('13 ブック、政策 3、施策 12、事務事業 24').isVisible()).resolves.toBe(true);
  const totals = page.getByRole('table', { name: '政策別・年度別の事業費（千円）' });
  await expect(totals.getByRole('row', { name: /^市計/ }).innerText()).resolves.toMatch(new RegExp(`市計\\s+[\\d,]+\\s+[\\d,]+\\s+${total.toLocaleString('en-US')}$`));
  const status = page.getByRole('table', { name: '政策別の提出ブック、施策シートの未提出とシートの確認状況' });
  await expect(status.getByRole('row', { name: /^政策3/ }).innerText()).resolves.toMatch(/^政策3\s+2\s+なし\s+6\s+0\s+0\s+0$/);
  await expect(page.getByText('壊れた.xlsx: .xlsx 形式ではありません', { exact: true }).count()).resolves.toBe(1);
  await shoot('5-city');

  const scope = page.getByRole('combobox', { name: '集約する範囲' });
  await scope.selectOption('2');
  await page.getByRole('heading', { name: '令和元年度 政策2 の集約' }).waitFor();
  await scope.selectOption('');
  await page.getByRole('heading', { name: '令和元年度 市全体の集約' }).waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告書をダウンロード' }).click()]);
  expect(download.suggestedFilename()).toBe('成果説明書_市全体_令和元年度.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await saved(download, 'city-report.xlsx')) as unknown as ArrayBuffer);
  const tabs = wb.worksheets.map((w) => w.name);
  expect(tabs[0]).toBe('市全体');
  expect(tabs.filter((t) => t.endsWith('表紙'))).toEqual(['政策1 表紙', '政策2 表紙', '政策3 表紙']);
  expect(tabs).toHaveLength(1 + 3 * 5 + 12 * 3);
});

it('reads the bench\'s 1× city set (40 workbooks, 440 sheets) in the worker, printing how long it took', async () => {
  const cityDir = path.join(tmp, 'city');
  fs.mkdirSync(cityDir);
  const cityFiles: string[] = [];
  for (const s of citySubmissions(ONE_X)) {
    const file = path.join(cityDir, `${s.department}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
    cityFiles.push(file);
  }
  await page.getByRole('tab', { name: '集約' }).click();
  await page.getByRole('button', { name: '選んだブックをクリア' }).click();
  const started = Date.now();
  await page.getByLabel('集約するブック（複数選択できます）').setInputFiles(cityFiles);
  // The count reaches 40 when the worker has read the last file (the bench's target: under 2 s in Chromium).
  await page.getByRole('status').filter({ hasText: `${cityFiles.length} ブック中 ${cityFiles.length} ブックを読み込みました` }).waitFor();
  timings.workerReadsOneX = Date.now() - started;
});

it('logged no errors and no CSP violations of its own', () => {
  expect(problems).toEqual([]);
});

/** The values of the first row `match` accepts (formula cells give their cached result). */
function findRow(ws: ExcelJS.Worksheet, match: (values: unknown[]) => boolean): unknown[] | undefined {
  for (let r = 1; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v));
    if (match(values)) return values;
  }
  return undefined;
}
