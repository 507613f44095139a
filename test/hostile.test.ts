// The hostile corpus (test/fixtures/hostile/cases.ts, written by scripts/make-hostile.ts): `seika check` and
// `seika consolidate` over every file give what the table expects, never a crash, within a time and memory bound
// per file, without changing a byte of any file; and the report made from all of them together holds no formula
// or link that a department's text could have made.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { makeHostile, HOSTILE_DIR } from '../scripts/make-hostile';
import { HOSTILE_CASES } from './fixtures/hostile/cases';
import { seika, type CliResult } from './support/cli';
import { decodeXmlEntities } from '../src/xlsx/definedNames';

/** Per file, for check and consolidate together: a hang guard, not a speed target (those are in `npm run bench`). */
const TIME_BOUND_MS = 120_000;
const RSS_BOUND_BYTES = 500 * 1024 * 1024;
/** The only formulas the report writes: internal links, totals and counts over its own sheets, N() for numbers. */
const OUR_FORMULA = /^(?:HYPERLINK\("#'|SUMIFS\(|COUNTIFS\(|N\()/;
/** An unexpected exception reaches the user as a stack trace. */
const CRASH = /unexpected error|予期しないエラー|\n\s+at \S+ \(/;

interface Finding {
  severity: string;
  ruleId: string;
  messageId: string;
  sheet?: string;
  cell?: string;
  data?: Record<string, unknown>;
}

interface Figures {
  file: string;
  ms: number;
  rssGrowth: number;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const key = (f: Finding) => `${f.ruleId}/${f.messageId}${f.sheet !== undefined ? `@${f.sheet}` : ''}${f.cell ? `!${f.cell}` : ''}`;

/** What is wrong with a report we wrote: parts or links reaching outside it, formulas not ours, overlong text. */
async function reportProblems(report: string): Promise<string[]> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(fs.readFileSync(report));
  const parts = Object.keys(zip.files);
  for (const p of parts.filter((name) => /externalLink|vbaProject|activeX|oleObject/i.test(name))) problems.push(`part ${p}`);
  for (const rels of parts.filter((p) => p.endsWith('.rels'))) {
    if (/TargetMode\s*=\s*["']External/.test(await zip.file(rels)!.async('string'))) problems.push(`external relationship in ${rels}`);
  }
  for (const sheet of parts.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(sheet)!.async('string');
    for (const m of xml.matchAll(/<f(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/f>)/g)) {
      const formula = decodeXmlEntities(m[1] ?? '');
      if (!OUR_FORMULA.test(formula)) problems.push(`formula in ${sheet}: ${formula.slice(0, 80)}`);
      else if (formula.startsWith('HYPERLINK') && !/^HYPERLINK\("#'(?:[^']|'')*'![A-Z]+\d+","(?:[^"]|"")*"\)$/.test(formula)) problems.push(`link in ${sheet}: ${formula.slice(0, 80)}`);
    }
  }
  // Texts are shared (<si> in sharedStrings.xml) or inline in the sheets (<is>).
  let texts = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  for (const sheet of parts.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) texts += await zip.file(sheet)!.async('string');
  for (const m of texts.matchAll(/<(?:si|is)>([\s\S]*?)<\/(?:si|is)>/g)) {
    const text = decodeXmlEntities(m[1].replace(/<[^>]*>/g, ''));
    if (text.length > 32_767) problems.push(`a text of ${text.length} characters (Excel takes 32,767)`);
  }
  return problems;
}

let files: string[] = [];
let generateMs = 0;

beforeAll(async () => {
  const start = Date.now();
  files = await makeHostile(HOSTILE_DIR);
  generateMs = Date.now() - start;
});

/** Runs a command, sampling RSS while it runs. */
async function measured(run: () => Promise<CliResult[]>): Promise<{ results: CliResult[]; ms: number; rssGrowth: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const start = Date.now();
  try {
    const results = await run();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { results, ms: Date.now() - start, rssGrowth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

it('checks and consolidates every hostile file as the table says, within bounds, leaving every file as it was', async () => {
  expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
  expect(files.map((f) => path.basename(f))).toEqual(HOSTILE_CASES.map((c) => c.file));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-hostile-'));
  const before = new Map(files.map((f) => [f, sha256(f)]));
  const mismatches: string[] = [];
  const figures: Figures[] = [];

  for (const c of HOSTILE_CASES) {
    const file = path.join(HOSTILE_DIR, c.file);
    const { results, ms, rssGrowth } = await measured(async () => [
      await seika(['check', '--json', file], out),
      await seika(['consolidate', file, '-o', path.join(out, 'report.xlsx'), '--json'], out),
    ]);
    figures.push({ file: c.file, ms, rssGrowth });
    const [check, consolidated] = results;
    const say = (what: string) => mismatches.push(`${c.file}: ${what}`);
    for (const [name, r] of [['check', check], ['consolidate', consolidated]] as const) {
      if (CRASH.test(r.stderr)) say(`${name} crashed: ${r.stderr.slice(0, 400)}`);
      if (r.code !== 0 && r.code !== 1) say(`${name} exit code ${r.code}`);
    }
    if (ms > TIME_BOUND_MS) say(`took ${ms} ms > ${TIME_BOUND_MS}`);
    for (const problem of await reportProblems(path.join(out, 'report.xlsx'))) say(`report: ${problem}`);
    if (rssGrowth > RSS_BOUND_BYTES) say(`RSS grew ${Math.round(rssGrowth / 2 ** 20)} MB`);
    let found: string[] = [];
    let sheets = -1;
    try {
      const findings = JSON.parse(check.stdout) as Finding[];
      found = findings.map(key);
      const detail = String(findings[0]?.data?.detail ?? '');
      if (c.expect.detail !== undefined && !detail.includes(c.expect.detail)) say(`detail "${detail}", expected "${c.expect.detail}"`);
      if (check.code !== (findings.some((f) => f.severity === 'error') ? 1 : 0)) say(`check exit code ${check.code}`);
      const report = JSON.parse(consolidated.stdout) as { status: { files: Array<{ sheets: unknown[]; duplicates: unknown[] }> } };
      sheets = report.status.files.reduce((n, f) => n + f.sheets.length + f.duplicates.length, 0);
    } catch (e) {
      say(`output is not JSON: ${(e as Error).message}`);
    }
    if (sheets !== c.expect.sheets) say(`read ${sheets} sheets, expected ${c.expect.sheets}`);
    const shown = c.expect.more ? found.filter((f) => c.expect.findings.includes(f)) : found;
    if (JSON.stringify(shown) !== JSON.stringify(c.expect.findings)) say(`findings ${JSON.stringify(found.slice(0, 12))}, expected ${JSON.stringify(c.expect.findings)}`);
  }

  fs.writeFileSync(
    path.join(HOSTILE_DIR, 'figures.txt'),
    [`generated in ${generateMs} ms`, ...figures.map((f) => `${f.file.padEnd(36)} ${String(f.ms).padStart(6)} ms  RSS +${Math.round(f.rssGrowth / 2 ** 20)} MB`)].join('\n') + '\n',
  );
  expect(mismatches).toEqual([]);
  for (const f of files) expect(sha256(f)).toBe(before.get(f));
});

/** Every text of a report's sheets (written inline in each sheet), entities decoded. */
async function reportTexts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  return decodeXmlEntities((await Promise.all(sheets.map((f) => f.async('string')))).join(''));
}

it('writes a report from all the hostile files together in which no department text became a formula or a link', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-hostile-report-'));
  const report = path.join(out, 'report.xlsx');
  const before = new Map(files.map((f) => [f, sha256(f)]));
  const result = await seika(['consolidate', ...files, '-o', report], out);
  expect(result.stderr).not.toMatch(CRASH);
  expect([0, 1]).toContain(result.code);
  // What a terminal shows: no control character from a workbook (ESC, CR, BEL…) reaches it, in any finding.
  const text = await seika(['check', ...files], out);
  expect(text.stderr).not.toMatch(CRASH);
  expect(text.stdout).toContain('␛[2J␛[31m１４１２４４␛[0m␍␇');
  expect(text.stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  for (const f of files) expect(sha256(f)).toBe(before.get(f));

  expect(await reportProblems(report)).toEqual([]);
  // The hostile texts are in the report, as text.
  const strings = await reportTexts(report);
  for (const text of ['=HYPERLINK("http://evil.example/","クリック")', "=cmd|' /C calc'!A0", '@SUM(A1:A9)', '-1+2']) expect(strings).toContain(text);
  // The 100,000-character 事業概要 (alone in a report of its own file) is cut to what Excel takes, saying so.
  const long = path.join(out, 'long.xlsx');
  await seika(['consolidate', path.join(HOSTILE_DIR, 'long-text.xlsx'), '-o', long], out);
  const longStrings = await reportTexts(long);
  expect(longStrings).toMatch(/…（以下 67,269 文字は Excel のセルに入らないため省略）/);
});
