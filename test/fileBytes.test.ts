// A workbook read through the CLI's kept file buffer (src/cli/fileBytes.ts) reads the same, and keeps nothing of
// that buffer: the next file read into it leaves what was read of the first as it was, deflated or stored.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbookFile } from '../src/cli/workbooks';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

const seed = loadSeedSheets();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-filebytes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function written(name: string, kind: 'project' | 'measure', compression: 'DEFLATE' | 'STORE'): Promise<string> {
  const bytes = await writeWorkbook(seed.filter((s) => s.kind === kind), { reportYear: 2019 });
  const zip = await JSZip.loadAsync(bytes);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression }));
  return file;
}

it.each(['DEFLATE', 'STORE'] as const)('reads a %s workbook as from its own bytes, and keeps it after the next file is read', async (compression) => {
  const first = await written(`projects-${compression}.xlsx`, 'project', compression);
  const second = await written(`measures-${compression}.xlsx`, 'measure', compression);
  const read = await readWorkbookFile(first, 2019);
  const next = await readWorkbookFile(second, 2019);
  expect(read.sheets.length).toBeGreaterThan(0);
  expect(read).toEqual(await readWorkbook(fs.readFileSync(first), first, { reportYear: 2019 }));
  expect(next).toEqual(await readWorkbook(fs.readFileSync(second), second, { reportYear: 2019 }));
});

it('says a missing file cannot be read, as before', async () => {
  const read = await readWorkbookFile(path.join(dir, 'missing.xlsx'));
  expect(read.problems).toEqual([{ code: 'unreadable', detail: expect.stringContaining('ENOENT') }]);
});
