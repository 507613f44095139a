/**
 * @jest-environment jsdom
 */
// The published site as a citizen reads it and as open data tools load it: every page's structure, the
// report's numbers as the report prints them, CSV totals equal to the report's, text safe in spreadsheets; the same
// for a form format's site (the full-cost sample): its groups, its sheets' fields as the format labels them.
import { consolidate } from '../core/consolidate/consolidate';
import type { PolicyReport } from '../core/consolidate/types';
import { book, project } from '../core/rules/testing/setFixtures';
import { departmentSubmissions } from '../sample/departments';
import { loadSeedSheets } from '../sample/seed';
import { PublishedReport } from './reportJson';
import { isLocalGovernmentCode } from './settings';
import { publishSite, type SiteFile } from './site';
import { consolidateForms } from '../core/consolidate/form/consolidate';
import { FULLCOST } from '../core/format/builtin';
import { fullcostSheets } from '../sample/fullcost';
import { fiscalYearLabel } from '../core/era';
import { parseCsv } from '../../test/support/libreoffice';

const seed = loadSeedSheets();
const report: PolicyReport = consolidate(departmentSubmissions(seed).map((s) => book(s.department ?? '', s.sheets)));
const site = publishSite(report);

/** The full-cost sample (`npm run demo:fullcost`'s sheets) with a project's texts holding markup, by department. */
const formSheets = fullcostSheets(seed).map((s, i) => (i === 0 ? { ...s, values: { ...s.values, ProjectName: '表彰事業 <b>&"改"</b>', Findings: '<script>alert(1)</script>\n・見直し & 継続' } } : s));
const formReport = consolidateForms(
  [...new Set(formSheets.map((s) => String(s.values.Department)))].map((d) => book(d, formSheets.filter((s) => s.values.Department === d))),
  FULLCOST,
);
const formSite = publishSite(formReport);

function file(path: string, files: SiteFile[] = site): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return found.text;
}

function doc(path: string, files: SiteFile[] = site): Document {
  return new DOMParser().parseFromString(file(path, files), 'text/html');
}

const pages = site.filter((f) => f.path.endsWith('.html'));
const SITES = { policy: site, form: formSite };
/** Every page of both kinds of site: a policy report's and a form format's. */
const everyPage = Object.entries(SITES).flatMap(([kind, files]) => files.filter((f) => f.path.endsWith('.html')).map((f) => [kind, f.path, files] as const));

function rowsOf(csvText: string): string[][] {
  // The test data has no commas or quotes inside money and header cells; text cells are not read here.
  return csvText.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(','));
}

function column(rows: string[][], name: string): number {
  const i = rows[0].indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${rows[0].join(',')}`);
  return i;
}

it('has an index, a page per measure and per project, a style sheet and the open data', () => {
  const projects = report.measures.reduce((n, m) => n + m.projects.length + m.budgetOnly.length, 0);
  expect(pages).toHaveLength(1 + report.measures.length + projects);
  expect(site.map((f) => f.path)).toEqual(expect.arrayContaining(['index.html', 'style.css', 'measures/6-1.html', 'projects/6-1-01.html', 'data/projects.csv', 'data/indicators.csv', 'data/measures.csv', 'data/report.json']));
});

it.each(everyPage)('%s site: %s is Japanese, with one h1, headings in order and tables with captions and scoped headers', (_, path, files) => {
  const d = doc(path, files);
  expect(d.documentElement.lang).toBe('ja');
  expect(d.querySelectorAll('h1')).toHaveLength(1);
  const levels = Array.from(d.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  for (const t of Array.from(d.querySelectorAll('table'))) {
    expect(t.querySelector('caption')?.textContent).toBeTruthy();
    for (const th of Array.from(t.querySelectorAll('th'))) expect(['col', 'row']).toContain(th.getAttribute('scope'));
  }
  for (const svg of Array.from(d.querySelectorAll('svg'))) {
    expect(svg.getAttribute('role')).toBe('img');
    const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id: string) => d.getElementById(id)?.textContent ?? '');
    expect(title).toBeTruthy();
    expect(desc).toMatch(/\d/);
    // The same numbers in a table right after the chart.
    expect(svg.closest('figure')?.nextElementSibling?.querySelector('table')).toBeTruthy();
  }
  // Nothing is fetched from another host: no scripts at all, links and the style sheet are relative.
  expect(d.querySelectorAll('script, iframe, img, object')).toHaveLength(0);
  for (const el of Array.from(d.querySelectorAll('[href], [src]'))) expect(el.getAttribute('href') ?? el.getAttribute('src')).not.toMatch(/^(?:[a-z]+:)?\/\//i);
});

it.each(Object.entries(SITES))('%s site: links every page it names, and nothing else', (_, files) => {
  const paths = new Set(files.map((f) => f.path));
  for (const page of files.filter((f) => f.path.endsWith('.html'))) {
    for (const a of Array.from(doc(page.path, files).querySelectorAll('a[href]'))) {
      const target = decodeURI(new URL(a.getAttribute('href')!, `http://site/${page.path}`).pathname.slice(1));
      expect({ from: page.path, to: target, exists: paths.has(target) }).toEqual({ from: page.path, to: target, exists: true });
    }
  }
});

it('shows the policy, each measure with its totals as the report prints them, and the evaluation counts', () => {
  const index = doc('index.html');
  expect(index.querySelector('h1')?.textContent).toBe('政策6 全ての主体が参加し、協働するまちづくり');
  expect(index.title).toBe('令和元年度 成果説明書 政策6 全ての主体が参加し、協働するまちづくり');
  const text = index.body.textContent ?? '';
  for (const m of report.measures) expect(text).toContain(`施策${m.number}`);
  const total2019 = report.totals['2019'].total;
  expect(total2019).toBeGreaterThan(1000);
  expect(text).toContain(total2019.toLocaleString('en-US'));
  expect(text).toContain('令和元年度（2019年度）');
  expect(text).toContain('平成29年度（2017年度）');
  const evaluations = Array.from(index.querySelectorAll('caption')).find((c) => c.textContent?.includes('評価ごとの事務事業数'))!.closest('table')!;
  const policyRow = Array.from(evaluations.querySelectorAll('tbody tr')).pop()!;
  expect(policyRow.querySelector('th')?.textContent).toBe('政策計');
  const heads = Array.from(evaluations.querySelectorAll('thead th')).map((th) => th.textContent);
  expect(Object.fromEntries(heads.slice(1).map((h, i) => [h, Number(policyRow.querySelectorAll('td')[i].textContent)]))).toEqual(Object.fromEntries(Object.entries(report.evaluations).filter(([, n]) => n > 0)));
});

it("lists a measure's projects in the seed's order, budget-only ones last, and its outcome indicators with achievement", () => {
  const measure = doc('measures/6-1.html');
  const projects = Array.from(measure.querySelectorAll('tbody th a')).map((a) => a.textContent);
  expect(projects).toEqual(['市民協働推進事業', '市民活動支援事業', '表彰事業', '各種団体連携事業']);
  const m63 = report.measures.find((m) => m.number === '6-3')!;
  expect(Array.from(doc('measures/6-3.html').querySelectorAll('tbody th a')).map((a) => a.textContent)).toEqual([...m63.projects, ...m63.budgetOnly].map((p) => p.sheet.name));
  const outcome = report.measures[0].outcomes[0];
  expect(Array.from(measure.querySelectorAll('h3')).map((h) => h.textContent)).toContain(outcome.name);
  expect(measure.body.textContent).toContain(outcome.years[2].status);
});

it("shows all of a project's sheet: budget by year and source, indicators, evaluation, text with its bullet points", () => {
  const m = report.measures.find((x) => x.projects.some((p) => p.sheet.name === '財政管理費運営費'))!;
  const i = m.projects.findIndex((p) => p.sheet.name === '財政管理費運営費');
  const sheet = m.projects[i].sheet;
  const page = doc(`projects/${m.number}-${String(i + 1).padStart(2, '0')}.html`);
  expect(page.querySelector('h1')?.textContent).toBe('財政管理費運営費');
  expect(Array.from(page.querySelectorAll('.bullets li')).map((li) => li.textContent)).toEqual(expect.arrayContaining(['・予算編成及び執行管理', '・地方交付税、地方債に係る事務']));
  const budget = Array.from(page.querySelectorAll('table')).find((t) => t.querySelector('caption')?.textContent?.startsWith('年度別事業費'))!;
  const row2019 = Array.from(budget.querySelectorAll('tbody tr')).find((r) => r.querySelector('th')?.textContent === '令和元年度（2019年度）')!;
  expect(row2019.querySelectorAll('td')[0].textContent).toBe(Number(sheet.budget['2019'].total).toLocaleString('en-US'));
  expect(page.body.textContent).toContain(String(sheet.evaluation));
  for (const a of sheet.activities.filter((x) => x.name)) expect(Array.from(page.querySelectorAll('h3')).map((h) => h.textContent)).toContain(a.name);
});

it('gives a budget-only project a page with its header and budget by year and source', () => {
  const m = report.measures.find((x) => x.number === '6-3')!;
  const p = m.budgetOnly[0].sheet;
  const page = doc(`projects/6-3-${String(m.projects.length + 1).padStart(2, '0')}.html`);
  expect(page.querySelector('h1')?.textContent).toBe(p.name);
  expect(page.body.textContent).toContain('投入指標のみの事務事業');
  expect(Array.from(page.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['投入指標']);
  expect(page.querySelectorAll('svg')).toHaveLength(1);
});

it('writes CSV files Excel opens as UTF-8, with the local government code and ISO dates', () => {
  for (const path of ['data/projects.csv', 'data/indicators.csv', 'data/measures.csv']) {
    const text = file(path);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    expect(rows[0][0]).toBe('全国地方公共団体コード');
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['202088']));
    expect(rows.slice(1).map((r) => r[column(rows, '年度開始日')])).toEqual(expect.arrayContaining(['2019-04-01']));
    for (const r of rows) expect(r).toHaveLength(rows[0].length);
  }
});

it('has CSV totals equal to the report totals, per year and funding source, from projects and from measures', () => {
  for (const path of ['data/projects.csv', 'data/measures.csv']) {
    const rows = parseCsv(file(path));
    const year = column(rows, '年度');
    for (const [key, label] of [['total', '事業費'], ['subsidies', '国・県支出金'], ['bonds', '地方債'], ['other', 'その他'], ['general', '一般財源']] as const) {
      const col = column(rows, `${label}（千円）`);
      for (const y of Object.keys(report.totals)) {
        const sum = rows.slice(1).filter((r) => r[year] === y).reduce((s, r) => s + Number(r[col] || 0), 0);
        expect({ path, y, label, sum }).toEqual({ path, y, label, sum: report.totals[y][key] });
      }
    }
  }
  expect(rowsOf(file('data/projects.csv')).length - 1).toBe(report.measures.reduce((n, m) => n + (m.projects.length + m.budgetOnly.length) * 3, 0));
});

it('writes text that starts like a formula so no spreadsheet evaluates it', () => {
  const hostile = project({ name: '=HYPERLINK("http://example.com","x")', summary: '+1 と -2 と @SUM(A1)', measure: { number: '6-1', name: null } });
  const data = publishSite(consolidate([book('企画課', [hostile])]));
  const rows = parseCsv(data.find((f) => f.path === 'data/projects.csv')!.text);
  expect(rows[1][column(rows, '事務事業名')]).toBe('\'=HYPERLINK("http://example.com","x")');
  expect(rows[1][column(rows, '事業概要')]).toBe("'+1 と -2 と @SUM(A1)");
  const page = data.find((f) => f.path === 'projects/6-1-01.html')!.text;
  expect(page).toContain('=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;)');
  expect(page).not.toContain('href="http://example.com"');
});

it('writes report.json valid against its schema, without file paths or findings', () => {
  const json: unknown = JSON.parse(file('data/report.json'));
  const parsed = PublishedReport.safeParse(json);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(file('data/report.json')).not.toMatch(/\.xlsx|findings/);
  expect(parsed.data?.localGovernmentCode).toBe('202088');
});

it('takes another local government from its settings', () => {
  const other = publishSite(report, { localGovernmentCode: '131016', prefecture: '東京都', localGovernmentName: '千代田区' });
  expect(parseCsv(other.find((f) => f.path === 'data/measures.csv')!.text)[1].slice(0, 3)).toEqual(['131016', '東京都', '千代田区']);
  expect(other.find((f) => f.path === 'index.html')!.text).toContain('東京都千代田区');
  expect(isLocalGovernmentCode('202088')).toBe(true);
  expect(isLocalGovernmentCode('202081')).toBe(false);
  expect(isLocalGovernmentCode('20208')).toBe(false);
});

describe("a form format's site (the full-cost sample)", () => {
  const rowOf = (table: Element, header: string) => Array.from(table.querySelectorAll('tbody tr')).filter((r) => r.querySelector('th')?.textContent === header);
  const captioned = (d: Document, start: string) => Array.from(d.querySelectorAll('table')).find((t) => t.querySelector('caption')?.textContent?.startsWith(start))!;
  const yen = (n: number) => n.toLocaleString('en-US');

  it('has an index, a page per group and per sheet, the style sheet and its open data', () => {
    expect(formSite.map((f) => f.path)).toEqual([
      'index.html',
      'style.css',
      ...formReport.groups.flatMap((g) => [`groups/${g.key}.html`, ...g.sheets.map((_, i) => `projects/${g.key}-${String(i + 1).padStart(2, '0')}.html`)]),
      'data/sheets.csv',
      'data/report.json',
    ]);
    expect(formReport.groups.map((g) => g.key)).toEqual(['06-01', '06-03', '06-05']);
  });

  it("shows the totals of the consolidation, each group linked, on the index", () => {
    const index = doc('index.html', formSite);
    expect(index.querySelector('h1')?.textContent).toBe('令和元年度 事務事業評価シート（フルコスト）');
    expect(Array.from(captioned(index, '施策の一覧').querySelectorAll('tbody th a')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['施策06-01', 'groups/06-01.html'],
      ['施策06-03', 'groups/06-03.html'],
      ['施策06-05', 'groups/06-05.html'],
    ]);
    const cost = formReport.whole.totals[0];
    const table = captioned(index, `${cost.label}（単位：円）`);
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual(['施策', '名称', '年度', ...cost.fields.map((f) => f.label)]);
    const whole = rowOf(table, '計');
    expect(whole.map((r) => Array.from(r.querySelectorAll('th')).map((th) => th.textContent))).toEqual(cost.rows.map((r) => ['計', '－', `${fiscalYearLabel(r.year)}（${r.year}年度）`]));
    expect(whole.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent))).toEqual(cost.rows.map((r) => r.amounts.map(yen)));
    const body = index.body.textContent ?? '';
    expect(body).toContain('今後の方向性');
    expect(body).toContain('成果指標の達成状況');
  });

  it("lists a group's sheets with their figures, each linked to its page", () => {
    const group = doc('groups/06-01.html', formSite);
    expect(group.querySelector('h1')?.textContent).toBe('施策06-01 協働によるまちづくりを推進します');
    const g = formReport.groups[0];
    const links = Array.from(captioned(group, '施策06-01の事務事業').querySelectorAll('tbody a')).map((a) => a.textContent);
    expect(links).toEqual(g.sheets.map((s) => String(s.sheet.values.ProjectName)));
  });

  it("shows a sheet's fields with the format's labels, its 事業費 as the report shows it, money in 円", () => {
    const g = formReport.groups[0];
    const i = g.sheets.findIndex((s) => s.sheet.values.ProjectName === '市民協働推進事業');
    const values = g.sheets[i].sheet.values;
    const page = doc(`projects/06-01-${String(i + 1).padStart(2, '0')}.html`, formSite);
    expect(page.querySelector('h1')?.textContent).toBe('市民協働推進事業');
    expect(Array.from(page.querySelectorAll('.crumbs a')).map((a) => a.textContent)).toEqual(['トップ', '施策06-01']);
    const facts = Object.fromEntries(Array.from(page.querySelectorAll('.facts div')).map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
    expect(facts).toMatchObject({ 事務事業コード: values.ProjectCode, 所管課: values.Department, 実施形態: values.Mode, 平均給与: `${yen(Number(values.AverageSalary))}円`, 必要性: values.Necessity, 今後の方向性: values.Outlook });
    expect(Array.from(page.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['事業の目的', '事業の内容', 'コスト（単位：円）', '指標', '評価']);
    // The report's list (集計のもと) holds each sheet's 事業費 per year: the page shows the same, year by year.
    const cost = captioned(page, 'コスト（単位：円）');
    expect(Array.from(cost.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual(['項目', '平成30年度（2018年度）', '令和元年度（2019年度）', '令和2年度（2020年度）']);
    const column = formReport.table.summed.findIndex((f) => f.name === 'Total');
    const listed = formReport.table.rows.filter((r) => r.title === '市民協働推進事業').map((r) => yen(r.amounts[column]!));
    expect(rowOf(cost, '事業費').map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent))).toEqual([listed]);
    expect(listed[1]).toBe(yen(Number(values.Total_2)));
    expect(Array.from(page.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(expect.arrayContaining(['活動指標1', '成果指標1', '担当課の所見']));
    // Inside an indicator's subsection its fields are named without the slot: 名称, 目標値.
    const outcome = Array.from(page.querySelectorAll('section')).find((x) => x.querySelector('h3')?.textContent === '成果指標1')!;
    expect(outcome.querySelector('dt')?.textContent).toBe('名称');
    expect(outcome.querySelector('dd')?.textContent).toBe(values.Outcome1Name);
    expect(Array.from(outcome.querySelectorAll('tbody th')).map((th) => th.textContent)).toEqual(['目標値', '実績値', '達成率']);
  });

  it('escapes what departments typed, on every page that shows it', () => {
    const page = file('projects/06-01-01.html', formSite);
    expect(page).not.toMatch(/<script|<b>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const d = doc('projects/06-01-01.html', formSite);
    expect(d.querySelector('h1')?.textContent).toBe('表彰事業 <b>&"改"</b>');
    expect(Array.from(d.querySelectorAll('.bullets li')).map((li) => li.textContent)).toEqual(expect.arrayContaining(['・見直し & 継続']));
    expect(file('groups/06-01.html', formSite)).toContain('表彰事業 &lt;b&gt;&amp;&quot;改&quot;&lt;/b&gt;');
  });

  it('writes sheets.csv with the totals of the consolidation, and report.json without file paths or findings', () => {
    const rows = parseCsv(file('data/sheets.csv', formSite));
    expect(rows[0].slice(0, 5)).toEqual(['全国地方公共団体コード', '都道府県名', '地方公共団体名', '報告年度', '施策']);
    const [year, full] = [column(rows, '年度'), column(rows, 'トータルコスト（円）')];
    for (const r of formReport.whole.totals[0].rows) expect(rows.slice(1).filter((x) => x[year] === String(r.year)).reduce((n, x) => n + Number(x[full]), 0)).toBe(r.amounts[0]);
    const json = file('data/report.json', formSite);
    expect(json).not.toMatch(/\.xlsx|findings/);
    expect(JSON.parse(json)).toMatchObject({ localGovernmentCode: '202088', format: { id: 'fullcost' }, groups: [{ key: '06-01' }, { key: '06-03' }, { key: '06-05' }] });
  });
});
