// The published site in Debian's Chromium, as a citizen meets it: every page kind (a form format's too) passes
// axe-core at WCAG 2.1 A and AA with no violation, the keyboard reaches everything from a skip link, a phone's width
// and 200% zoom need no sideways scrolling of the page, nothing is requested from another host, and index.html opens
// from disk.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { departmentSubmissions } from '../../src/sample/departments';
import { fullcostSheets } from '../../src/sample/fullcost';
import { fullcostWorkbooks } from '../../src/sample/fullcostWorkbooks';
import { loadSeedSheets } from '../../src/sample/seed';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { launchChromium, patientPage, requireChromium, serveStatic, TEST_OUTPUT, type StaticServer } from '../support/browser';
import { seika } from '../support/cli';

const SHOTS = path.join(TEST_OUTPUT, 'publish');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** One page of each kind the site has. */
const PAGE_KINDS = {
  index: 'index.html',
  measure: 'measures/6-3.html',
  project: 'projects/6-3-01.html',
  'budget-only project': 'projects/6-3-05.html',
  // A form format's site (the full-cost sample), published beside the policy's.
  'form index': 'fullcost/index.html',
  'form group': 'fullcost/groups/06-01.html',
  'form sheet': 'fullcost/projects/06-01-01.html',
} as const;

let tmp: string;
let site: string;
let server: StaticServer;
let browser: Browser;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  requireChromium();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-site-'));
  fs.mkdirSync(SHOTS, { recursive: true });
  const departments = path.join(tmp, 'departments');
  fs.mkdirSync(departments);
  for (const s of departmentSubmissions(loadSeedSheets())) fs.writeFileSync(path.join(departments, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
  await seika(['publish', 'departments', '--out', 'site'], tmp);
  const fullcost = path.join(tmp, 'fullcost');
  fs.mkdirSync(fullcost);
  for (const b of await fullcostWorkbooks(fullcostSheets(), [])) fs.writeFileSync(path.join(fullcost, `${b.department}.xlsx`), b.bytes);
  await seika(['publish', '--format', 'fullcost', 'fullcost', '--out', 'site/fullcost'], tmp);
  site = path.join(tmp, 'site');
  server = await serveStatic(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function open(url: string, viewport = { width: 1024, height: 800 }): Promise<Page> {
  const page = await patientPage(browser, { viewport, locale: 'ja-JP' });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
  await page.goto(url);
  return page;
}

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
  passes: unknown[];
}

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    () => (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<AxeResult> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
  );
}

it.each(Object.entries(PAGE_KINDS))('the %s page has no axe-core violation at WCAG 2.1 A and AA', async (kind, file) => {
  const page = await open(`${server.url}${file}`);
  const result = await axe(page);
  await page.screenshot({ path: path.join(SHOTS, `${kind}.png`), fullPage: true });
  // axe ran its rules (color contrast, headings, table headers, names of images and regions, …).
  expect(result.passes.length).toBeGreaterThan(20);
  expect(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
  await page.close();
});

it.each(Object.entries(PAGE_KINDS))('the %s page reads on a phone and at 200%% zoom without scrolling the page sideways', async (kind, file) => {
  // 200% zoom of a 640 px wide window lays the page out in 320 CSS pixels, as a small phone does.
  for (const viewport of [{ width: 360, height: 740 }, { width: 320, height: 400 }]) {
    const page = await open(`${server.url}${file}`, viewport);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (viewport.width === 320) await page.screenshot({ path: path.join(SHOTS, `${kind}-320.png`), fullPage: true });
    expect({ kind, viewport: viewport.width, overflow }).toEqual({ kind, viewport: viewport.width, overflow: 0 });
    await page.close();
  }
});

it('is used by keyboard: the first Tab shows the skip link, which moves on to the content, and every table scrolls by keyboard', async () => {
  const page = await open(`${server.url}${PAGE_KINDS.project}`);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('本文へ移動');
  expect(await page.getByText('本文へ移動').isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  expect(page.url()).toMatch(/#main$/);
  const regions = await page.locator('.table-wrap').evaluateAll((els) => els.map((e) => ({ tabIndex: (e as HTMLElement).tabIndex, label: e.getAttribute('aria-labelledby') })));
  expect(regions.length).toBeGreaterThan(0);
  for (const r of regions) expect(r.tabIndex).toBe(0);
  // Tabbing from the content reaches the measure's link and then the first table.
  await page.keyboard.press('Tab');
  const focused: string[] = [];
  for (let i = 0; i < 4; i++) {
    focused.push(await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className}`));
    await page.keyboard.press('Tab');
  }
  expect(focused).toContain('DIV.table-wrap');
  await page.close();
});

it('opens from disk with a double-click on index.html, its style sheet and links relative', async () => {
  const page = await open(`file://${path.join(site, 'index.html')}`);
  expect(await page.locator('h2').first().evaluate((h) => getComputedStyle(h).borderBottomStyle)).toBe('solid');
  await page.getByRole('link', { name: '施策6-1' }).click();
  await page.getByRole('heading', { level: 1, name: /^施策6-1/ }).waitFor();
  await page.close();
});

it('fetched nothing from another host and logged no error', () => {
  const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('file://'));
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
  expect(server.missing).toEqual([]);
});
