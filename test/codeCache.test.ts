// The compiled command keeps a V8 code cache of its bundles in the user's cache folder (src/cli/codeCache.ts): the
// user sees the same results whether it is missing, there, damaged or impossible to write, and it is written for
// the command's own bundles and the reading thread's. Many copies of one city workbook, enough to start a thread.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { citySubmissions } from '../scripts/bench/citySample';
import { THREADS_FROM_FILES } from '../src/cli/readPool';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import type { CliResult } from './support/cli';
import { PATIENCE_MS } from './support/patience';

const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-code-cache-'));
const books = path.join(dir, 'books');
const cacheHome = path.join(dir, 'cache');
const cache = path.join(cacheHome, 'seika', 'code-cache');

/** The compiled command (this one, or a copy at `bin`), as a user runs it, with `env` over the test's environment. */
function compiled(args: string[], env: Record<string, string | undefined>, bin = path.join(root, 'bin', 'seika.js')): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const check = (env: Record<string, string | undefined>, bin?: string) => compiled(['check', books, '--json'], { XDG_CACHE_HOME: cacheHome, SEIKA_NO_CODE_CACHE: undefined, ...env }, bin);
/** The cache files, by their path in the cache folder (one folder per copy of the command). */
const cacheFiles = () => (fs.existsSync(cache) ? (fs.readdirSync(cache, { recursive: true }) as string[]).filter((n) => n.endsWith('.v8')).sort() : []);

let uncached: CliResult;

beforeAll(async () => {
  fs.mkdirSync(books);
  const [s] = citySubmissions({ departments: 1, projectsPerDepartment: 2 });
  const bytes = await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department });
  for (let i = 0; i <= THREADS_FROM_FILES; i++) fs.writeFileSync(path.join(books, `${String(i).padStart(3, '0')}.xlsx`), bytes);
  uncached = await check({ SEIKA_NO_CODE_CACHE: '1' });
}, PATIENCE_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('writes nothing when told not to, and finds something to say about the workbooks', () => {
  expect(cacheFiles()).toEqual([]);
  expect(uncached.code).toBe(1);
  expect(JSON.parse(uncached.stdout).length).toBeGreaterThan(0);
});

it('gives the same results without a cache, and writes one for the command, its action and its reading thread', async () => {
  const cold = await check({});
  expect(cold).toEqual(uncached);
  const names = cacheFiles();
  for (const bundle of ['main.js', 'src_cli_actions_check_ts.js', 'src_cli_readThread_ts.js']) expect(names.some((n) => path.basename(n).startsWith(`${bundle}.`))).toBe(true);
}, PATIENCE_MS);

it('gives the same results with the cache, and leaves it as it is', async () => {
  const before = cacheFiles().map((n) => fs.readFileSync(path.join(cache, n)));
  expect(await check({})).toEqual(uncached);
  expect(cacheFiles().map((n) => fs.readFileSync(path.join(cache, n)))).toEqual(before);
}, PATIENCE_MS);

it('gives the same results with damaged caches, and writes them again', async () => {
  const damaged = cacheFiles().map((n, i) => {
    const bytes = fs.readFileSync(path.join(cache, n));
    // Every other one cut short, the rest with bytes in the middle changed.
    const bad = i % 2 ? bytes.subarray(0, bytes.length >> 1) : Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(64, 0x5a), bytes.subarray(164)]);
    fs.writeFileSync(path.join(cache, n), bad);
    return bad;
  });
  expect(await check({})).toEqual(uncached);
  cacheFiles().forEach((n, i) => expect(fs.readFileSync(path.join(cache, n)).equals(damaged[i])).toBe(false));
}, PATIENCE_MS);

it('keeps a copy of the command installed elsewhere from replacing this one\'s cache', async () => {
  const before = cacheFiles().map((n) => fs.readFileSync(path.join(cache, n)));
  const copy = path.join(dir, 'copy');
  for (const part of ['bin', 'lib']) fs.cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
  // A build of its own: its bundles' bytes differ from this one's.
  fs.appendFileSync(path.join(copy, 'lib', 'cli', 'main.js'), '\n// another build\n');
  expect(await check({}, path.join(copy, 'bin', 'seika.js'))).toEqual(uncached);
  const after = cacheFiles();
  expect(after.length).toBeGreaterThan(before.length);
  expect(before.every((bytes) => after.some((n) => fs.readFileSync(path.join(cache, n)).equals(bytes)))).toBe(true);
}, PATIENCE_MS);

it('gives the same results where no cache folder can be made', async () => {
  const notAFolder = path.join(dir, 'a-file');
  fs.writeFileSync(notAFolder, '');
  expect(await check({ XDG_CACHE_HOME: notAFolder })).toEqual(uncached);
}, PATIENCE_MS);
