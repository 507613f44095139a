// Many workbooks read by the compiled command (bin/seika.js runs lib/, which `npm ci` builds through `prepare`), on
// reading threads as well as its own: the user sees what reading them one after another gives. The same command run
// in-process here runs the TypeScript sources, where no compiled worker exists, so it reads them one after another.
// Among the files: a city's workbooks, full-cost ones (read in another format) and a corrupt one.
import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { citySubmissions } from '../scripts/bench/citySample';
import { THREADS_FROM_FILES } from '../src/cli/readPool';
import { fullcostSheets } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika, type CliResult } from './support/cli';
import { PATIENCE_MS } from './support/patience';

const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-threads-'));
const CORRUPT = '壊れた.xlsx';

/** The compiled command, as a user runs it. */
function compiled(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'bin', 'seika.js'), ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** The compiled command with its stdout written to a file (Node writes a file synchronously, a pipe not): its exit code. */
function compiledToFile(args: string[], file: string): Promise<number | null> {
  const fd = fs.openSync(file, 'w');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'seika.js'), ...args], { cwd: dir, stdio: ['ignore', fd, 'ignore'] });
    child.on('exit', (code) => {
      fs.closeSync(fd);
      resolve(code);
    });
  });
}

let files: string[];

beforeAll(async () => {
  for (const s of citySubmissions({ departments: THREADS_FROM_FILES, projectsPerDepartment: 2 })) {
    fs.writeFileSync(path.join(dir, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
  }
  for (const wb of await fullcostWorkbooks(fullcostSheets())) fs.writeFileSync(path.join(dir, `評価-${wb.department}.xlsx`), wb.bytes);
  // A zip's first bytes, then nothing a zip holds.
  fs.writeFileSync(path.join(dir, CORRUPT), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
  files = fs.readdirSync(dir).sort();
}, PATIENCE_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('is the compiled command with its reading thread, over enough files to start it', () => {
  expect(fs.existsSync(path.join(root, 'lib', 'cli', 'readWorker.js'))).toBe(true);
  expect(files.length).toBeGreaterThan(THREADS_FROM_FILES);
});

it('check: the same findings and exit code as reading one after another, the corrupt file a finding', async () => {
  const [threaded, inProcess] = await Promise.all([compiled(['check', dir, '--json']), seika(['check', dir, '--json'], dir)]);
  expect(threaded.stdout).toBe(inProcess.stdout);
  expect(threaded.code).toBe(1);
  expect(inProcess.code).toBe(1);
  const findings = JSON.parse(threaded.stdout) as Array<{ file: string; ruleId: string }>;
  expect(findings.filter((f) => path.basename(f.file) === CORRUPT).map((f) => f.ruleId)).toEqual(['file-unreadable']);
  // Both formats' workbooks were read: findings of the full-cost ones' planted mistakes are there too.
  expect(new Set(findings.map((f) => path.basename(f.file).startsWith('評価-')))).toEqual(new Set([true, false]));
  expect(threaded.stderr).toBe('');
}, PATIENCE_MS);

it('consolidate: the same report, totals and progress, each file in order', async () => {
  const [threaded, inProcess] = await Promise.all([compiled(['consolidate', dir, '--json']), seika(['consolidate', dir, '--json'], dir)]);
  expect(threaded.stdout).toBe(inProcess.stdout);
  expect(threaded.stderr).toBe(inProcess.stderr);
  expect(threaded.code).toBe(inProcess.code);
  const lines = threaded.stderr.trimEnd().split('\n');
  expect(lines.slice(0, files.length + 1)).toEqual([...files.map((f, i) => `[${i}/${files.length}] 読み込み中 / reading ${f}`), `[${files.length}/${files.length}] 読み込み完了 / read`]);
  expect(lines[files.length + 1]).toMatch(new RegExp(`^${files.length} ファイル: エラー \\d+ 件`));
}, PATIENCE_MS);

it('consolidate --json into a reader that stops early (| head): no error printed, the exit code as when read to the end', async () => {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'seika.js'), 'consolidate', dir, '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  // What `head -c` does: takes the first piece, then closes its end of the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const [code, whole] = await Promise.all([new Promise<number | null>((resolve) => child.on('exit', resolve)), compiled(['consolidate', dir, '--json'])]);
  expect(stderr).not.toMatch(/EPIPE|Error|node:/);
  expect(stderr).toContain('読み込み完了');
  expect(code).toBe(whole.code);
}, PATIENCE_MS);

it('consolidate --json into a file: the same bytes and exit code as through a pipe', async () => {
  const out = path.join(os.tmpdir(), `seika-threads-out-${process.pid}.json`);
  try {
    const [piped, code] = await Promise.all([compiled(['consolidate', dir, '--json']), compiledToFile(['consolidate', dir, '--json'], out)]);
    expect(piped.stdout.length).toBeGreaterThan(100_000);
    expect(fs.readFileSync(out, 'utf8')).toBe(piped.stdout);
    expect(code).toBe(piped.code);
  } finally {
    fs.rmSync(out, { force: true });
  }
}, PATIENCE_MS);
