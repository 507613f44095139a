// npm run bench: speed and memory at city scale (40 departments, 440 sheets, and 10× that), printed as figures
// with the targets met or not. Benchmarks never fail CI; they tell us what to make faster.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { citySubmissions, ONE_X, type CityScale } from './bench/citySample';
import { extraFigures } from './bench/extras';

interface PhaseResult {
  ms: number;
  sheets: number;
  peakRssMb: number;
}

const ROOT = path.join(os.tmpdir(), 'seika-bench');

async function writeCity(name: string, scale: CityScale): Promise<string> {
  const dir = path.join(ROOT, name, 'departments');
  fs.rmSync(path.join(ROOT, name), { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const s of citySubmissions(scale)) fs.writeFileSync(path.join(dir, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
  return dir;
}

function phase(name: string, dir: string): PhaseResult {
  const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'bench/phase.ts'), name, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as PhaseResult;
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function scaleRun(label: string, scale: CityScale): Promise<Record<string, PhaseResult>> {
  const dir = await writeCity(label, scale);
  const results: Record<string, PhaseResult> = {};
  for (const name of ['floor', 'check', 'consolidate', 'report']) results[name] = phase(name, dir);
  const floor = results.floor;
  console.log(`\n${label}: ${scale.departments} workbooks, ${floor.sheets} sheets`);
  console.log('phase          ms        × floor   ms/sheet   peak RSS MB');
  for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(12)} ${fmt(r.ms).padStart(9)}  ${fmt(r.ms / floor.ms, 2).padStart(8)}  ${fmt(r.ms / floor.sheets, 2).padStart(9)}  ${fmt(r.peakRssMb).padStart(12)}`);
  return results;
}

async function main(): Promise<void> {
  const one = await scaleRun('1×', ONE_X);
  const ten = await scaleRun('10×', { ...ONE_X, departments: ONE_X.departments * 10 });
  console.log('\nTargets');
  console.log(`  consolidate ≤ 1.3× the bare ExcelJS load (1×): ${fmt(one.consolidate.ms / one.floor.ms, 2)}×  ${met(one.consolidate.ms <= 1.3 * one.floor.ms)}`);
  const growth = ten.consolidate.ms / ten.consolidate.sheets / (one.consolidate.ms / one.consolidate.sheets);
  console.log(`  cost linear in size (ms/sheet 10× ÷ 1× ≤ 1.5): ${fmt(growth, 2)}  ${met(growth <= 1.5)}`);
  console.log(`  peak RSS ≤ 600 MB at 1× (consolidate and write the report): ${fmt(one.report.peakRssMb)} MB  ${met(one.report.peakRssMb <= 600)}`);
  for (const line of await extraFigures()) console.log(line);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
