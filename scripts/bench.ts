// npm run bench: speed and memory at city scale (40 departments, 440 sheets, and 10× that), printed as figures
// with the targets met or not, against the physical floor (inflating the same parts: bench/inflate.js), inside
// the process and as whole processes of the compiled command. Benchmarks never fail CI; they tell us what to make faster.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { citySubmissions, ONE_X, type CityScale } from './bench/citySample';
import { extraFigures } from './bench/extras';
import { paneCityFigures } from './bench/pane';

interface PhaseResult {
  ms: number;
  sheets: number;
  peakRssMb: number;
}

/** A whole process, as a user runs it: wall time from spawn to exit, and its peak RSS. */
interface ProcessResult {
  ms: number;
  peakRssMb: number;
}

/**
 * Flags to run part of the bench while working on one figure (the default runs everything):
 * `--scale 10x` (or 1x) one scale only, `--phases inflate,consolidate` those phases only, `--reuse` keeps a set
 * already generated, `--root <dir>` generates the sets there (helpers sharing a machine keep theirs apart).
 */
const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const ONLY_SCALE = flag('scale');
const PHASES = flag('phases')?.split(',') ?? ['inflate', 'check', 'consolidate', 'report', 'stream', 'pane'];
const REUSE = process.argv.includes('--reuse');
const ROOT = flag('root') ?? path.join(os.tmpdir(), 'seika-bench');
const BIN = path.join(__dirname, '..', 'bin', 'seika.js');
const INFLATE = path.join(__dirname, 'bench', 'inflate.js');
const PEAK_RSS = path.join(__dirname, 'bench', 'peakRss.js');

async function writeCity(name: string, scale: CityScale): Promise<string> {
  const dir = path.join(ROOT, name, 'departments');
  if (REUSE && fs.existsSync(dir)) return dir;
  fs.rmSync(path.join(ROOT, name), { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const s of citySubmissions(scale)) fs.writeFileSync(path.join(dir, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
  return dir;
}

/** A phase timed inside its own process (after a warm-up), through ts-node: the work alone. */
function phase(name: string, dir: string): PhaseResult {
  const out =
    name === 'inflate'
      ? execFileSync(process.execPath, [INFLATE, dir], { encoding: 'utf8' })
      : execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'bench/phase.ts'), name, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as PhaseResult;
}

/** The median of `runs` whole processes of `node args…` (output discarded). */
function wholeProcess(args: string[], runs: number): ProcessResult {
  const results: ProcessResult[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['-r', PEAK_RSS, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - start;
    const kb = /seika-bench-peak-rss-kb (\d+)/.exec(r.stderr ?? '');
    if (!kb) throw new Error(`${args.join(' ')} gave no figures (exit ${r.status}): ${(r.stderr ?? '').slice(-500)}`);
    results.push({ ms, peakRssMb: Number(kb[1]) / 1024 });
  }
  return results.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)];
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface ScaleFigures {
  inProcess: Record<string, PhaseResult>;
  whole: Record<string, ProcessResult>;
}

async function scaleRun(label: string, scale: CityScale, runs: number): Promise<ScaleFigures> {
  const dir = await writeCity(label, scale);
  const inProcess: Record<string, PhaseResult> = {};
  for (const name of ['inflate', ...PHASES.filter((p) => p !== 'inflate' && p !== 'pane')]) inProcess[name] = phase(name, dir);
  const whole: Record<string, ProcessResult> = { inflate: wholeProcess([INFLATE, dir], runs) };
  for (const name of ['check', 'consolidate']) if (PHASES.includes(name)) whole[name] = wholeProcess([BIN, name, dir, '--json'], runs);
  const floor = inProcess.inflate;
  const bytes = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  console.log(`\n${label}: ${scale.departments} workbooks, ${floor.sheets} sheets, ${fmt(bytes / 1024 / 1024, 1)} MB (whole process: median of ${runs})`);
  console.log('                in-process                       whole process');
  console.log('phase          ms   × inflate   ms/sheet  RSS MB        ms   × inflate  RSS MB');
  for (const [name, r] of Object.entries(inProcess)) {
    const w = whole[name];
    const wholeCols = w ? `${fmt(w.ms).padStart(9)}  ${fmt(w.ms / whole.inflate.ms, 2).padStart(9)}  ${fmt(w.peakRssMb).padStart(6)}` : '';
    console.log(`${name.padEnd(11)} ${fmt(r.ms).padStart(6)}  ${fmt(r.ms / floor.ms, 2).padStart(9)}  ${fmt(r.ms / floor.sheets, 2).padStart(9)}  ${fmt(r.peakRssMb).padStart(6)}  ${wholeCols}`);
  }
  return { inProcess, whole };
}

/** The targets' lines, each only when the run measured what it needs. */
function targetLines(help: ProcessResult | undefined, one: ScaleFigures | undefined, ten: ScaleFigures | undefined): string[] {
  const lines: string[] = [];
  if (help) lines.push(`seika --help ≤ 0.3 s: ${fmt(help.ms / 1000, 2)} s  ${met(help.ms <= 300)}`);
  const tenConsolidate = ten?.whole.consolidate;
  if (ten && tenConsolidate) {
    const ratio = tenConsolidate.ms / ten.whole.inflate.ms;
    lines.push(`consolidate at 10× ≤ 4× the inflate floor, whole process: ${fmt(ratio, 2)}×  ${met(ratio <= 4)}`);
    lines.push(`consolidate at 10× ≤ 250 MB peak, whole process: ${fmt(tenConsolidate.peakRssMb)} MB  ${met(tenConsolidate.peakRssMb <= 250)}`);
  }
  const perSheet = (f: ScaleFigures) => f.inProcess.consolidate.ms / f.inProcess.consolidate.sheets;
  if (one?.inProcess.consolidate && ten?.inProcess.consolidate) {
    const growth = perSheet(ten) / perSheet(one);
    lines.push(`cost linear in size (ms/sheet 10× ÷ 1× ≤ 1.5): ${fmt(growth, 2)}  ${met(growth <= 1.5)}`);
  }
  const report = one?.inProcess.report;
  if (report) lines.push(`peak RSS ≤ 600 MB at 1× (consolidate and write the report): ${fmt(report.peakRssMb)} MB  ${met(report.peakRssMb <= 600)}`);
  lines.push("(the pane's worker reading the 1× set: printed by test/browser/pane.test.ts)");
  const stream = ten?.inProcess.stream;
  if (stream) lines.push(`streamed report at 10× (the CLI's writer) ≤ 500 MB peak: ${fmt(stream.peakRssMb)} MB  ${met(stream.peakRssMb <= 500)}`);
  if (stream && ten.inProcess.consolidate) {
    const streamTime = stream.ms / ten.inProcess.consolidate.ms;
    lines.push(`streamed report at 10× ≤ 2× reading the same set (the consolidate phase): ${fmt(streamTime, 2)}×  ${met(streamTime <= 2)}`);
  }
  return lines.map((l) => `  ${l}`);
}

/** The demo's whole city (35 workbooks, 7 policies): the CLI consolidating and writing it, and the pane in Chromium. */
async function cityFigures(): Promise<void> {
  const dir = await writeCity('city', { departments: 35, projectsPerDepartment: 10 });
  const cli = wholeProcess([BIN, 'consolidate', dir, '-o', path.join(ROOT, 'city', 'city-report.xlsx')], 1);
  const pane = await paneCityFigures(dir, path.join(ROOT, 'city'));
  console.log(`\nWhole city (${pane.files} workbooks, 7 policies)`);
  console.log(`  CLI consolidate and write the report (whole process): ${fmt(cli.ms)} ms, peak RSS ${fmt(cli.peakRssMb)} MB`);
  console.log(`  pane in Chromium, files chosen → city summary shown: ${fmt(pane.firstSummaryMs)} ms, peak JS heap of the page ${fmt(pane.peakHeapMb)} MB`);
}

async function main(): Promise<void> {
  const partial = ONLY_SCALE !== undefined || flag('phases') !== undefined;
  const help = partial ? undefined : wholeProcess([BIN, '--help'], 5);
  if (help) console.log(`seika --help: ${fmt(help.ms)} ms, ${fmt(help.peakRssMb)} MB (whole process, median of 5)`);
  const one = ONLY_SCALE === undefined || ONLY_SCALE === '1x' ? await scaleRun('1×', ONE_X, 3) : undefined;
  const ten = ONLY_SCALE === undefined || ONLY_SCALE === '10x' ? await scaleRun('10×', { ...ONE_X, departments: ONE_X.departments * 10 }, 5) : undefined;
  console.log('\nTargets');
  for (const line of targetLines(help, one, ten)) console.log(line);
  if (PHASES.includes('pane')) await cityFigures();
  if (!partial) for (const line of await extraFigures()) console.log(line);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
