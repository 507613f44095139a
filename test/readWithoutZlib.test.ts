// The reader where Node's zlib is not there, as in the pane's worker (webpack resolves `zlib` to an empty module):
// fflate inflates each small part whole, so the byte cutter runs there too. It must read every file as Node does:
// the hostile corpus (whatever each file holds) and the seed's workbooks.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { makeHostile } from '../scripts/make-hostile';
import { toData } from '../src/core/transfer';
import type { WorkbookRead } from '../src/core/source';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

let browserRead: typeof readWorkbook;
/** The corpus written here for this test: test/fixtures/hostile is written by hostile.test.ts, maybe at the same time. */
let hostileDir: string;

/**
 * What a read holds, as text (each module instance has its own layouts, so the reads are compared by their data).
 * Where a part's deflate data is damaged, the inflaters say so in their own words (zlib's "invalid distance too far
 * back", fflate's "invalid distance"): the same in both ways for the comparison.
 */
const shown = (read: WorkbookRead) =>
  JSON.stringify(toData(read), (_key, value: unknown) => (value instanceof Map ? [...value] : value), 1).replace(/: (Error: )?invalid [a-z ]+"/g, ': (the inflater says the data is invalid)"');

beforeAll(async () => {
  jest.isolateModules(() => {
    jest.doMock('zlib', () => ({}));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    browserRead = (require('../src/xlsx/readWorkbook') as typeof import('../src/xlsx/readWorkbook')).readWorkbook;
  });
  // The mock is not the isolated registry's alone: ExcelJS, which writes the seed's workbooks below, needs zlib.
  jest.dontMock('zlib');
  hostileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-without-zlib-'));
  await makeHostile(hostileDir);
});

afterAll(() => fs.rmSync(hostileDir, { recursive: true, force: true }));

it('reads the hostile corpus as Node does', async () => {
  const files = fs.readdirSync(hostileDir).filter((f) => /\.xls[xm]$/.test(f));
  expect(files.length).toBeGreaterThan(40);
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(hostileDir, file)));
    expect({ file, read: shown(await browserRead(bytes, file)) }).toEqual({ file, read: shown(await readWorkbook(bytes, file)) });
  }
});

it("reads the seed's department workbooks as Node does", async () => {
  for (const submission of departmentSubmissions(loadSeedSheets()).slice(0, 5)) {
    const file = `${submission.department}.xlsx`;
    const bytes = await writeWorkbook(submission.sheets, { reportYear: submission.reportYear, department: submission.department });
    expect(shown(await browserRead(bytes, file))).toEqual(shown(await readWorkbook(bytes, file)));
  }
});
