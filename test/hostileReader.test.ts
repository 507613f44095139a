// The reader's defences one by one (the corpus in hostile.test.ts exercises them through the command): limits
// checked before inflating, worksheets cut to what is read, odd but valid XML still read the same.
import JSZip from 'jszip';
import { validMeasure, validProject } from '../src/core/rules/testing/fixtures';
import { MAX_FILE_BYTES, MAX_ZIP_ENTRIES, readWorkbook } from '../src/xlsx/readWorkbook';
import { cellKey, SheetSlimmer } from '../src/xlsx/slimSheet';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { EXCEL_CELL_CHARS, fitCell } from '../src/core/cellText';
import { readZipDirectory } from '../src/xlsx/zipDirectory';

async function project(): Promise<Uint8Array> {
  return writeWorkbook([validProject, validMeasure], { reportYear: 2019 });
}

async function withPart(bytes: Uint8Array, path: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, change(await zip.file(path)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

it('refuses a file over MAX_FILE_BYTES before reading its zip', async () => {
  const big = new Uint8Array(MAX_FILE_BYTES + 1);
  big.set([0x50, 0x4b, 0x03, 0x04]);
  expect((await readWorkbook(big, 'big.xlsx')).problems).toEqual([{ code: 'tooLarge', detail: '64.1 MB > 64 MB' }]);
});

it('refuses a zip listing more parts than MAX_ZIP_ENTRIES from its end record alone', async () => {
  const zip = new JSZip();
  for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) zip.file(`p${i}`, '');
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  expect(readZipDirectory(bytes, MAX_ZIP_ENTRIES)).toEqual({ tooMany: MAX_ZIP_ENTRIES + 1 });
  expect((await readWorkbook(bytes, 'parts.xlsx')).problems).toEqual([{ code: 'tooLarge', detail: `${MAX_ZIP_ENTRIES + 1} zip entries > ${MAX_ZIP_ENTRIES}` }]);
});

it('reads the central directory: names, methods and declared sizes', async () => {
  const zip = new JSZip();
  zip.file('a.xml', 'x'.repeat(1000), { compression: 'DEFLATE' });
  zip.file('b.bin', 'yz', { compression: 'STORE' });
  const directory = readZipDirectory(await zip.generateAsync({ type: 'uint8array' }), 10);
  expect(directory).toEqual({
    entries: [
      { name: 'a.xml', method: 8, compressedSize: expect.any(Number), uncompressedSize: 1000, localOffset: expect.any(Number) },
      { name: 'b.bin', method: 0, compressedSize: 2, uncompressedSize: 2, localOffset: expect.any(Number) },
    ],
  });
});

it('reads rows and cells written without their r attribute (allowed, and written by some tools) the same', async () => {
  const bytes = await project();
  const bare = await withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<row) r="\d+"/g, '$1').replace(/(<c) r="[A-Z]+\d+"/g, '$1'));
  // Without r, a cell is the one after the previous cell: the empty ones the template writes keep the places.
  const [a, b] = await Promise.all([readWorkbook(bytes, 'a.xlsx'), readWorkbook(bare, 'b.xlsx')]);
  expect(b.problems).toEqual([]);
  expect(b.sheets[0].sheet).toEqual(a.sheets[0].sheet);
});

it('reads a named cell far below the label block (rows inserted above it) and nothing of the rows between', () => {
  const slimmer = new SheetSlimmer({ rows: 2, cols: 2, cells: new Set([cellKey(5000, 3)]) });
  const rows = Array.from({ length: 6000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="C${i + 1}"><v>${i}</v></c></row>`).join('');
  const xml = `<worksheet xmlns="m"><dimension ref="A1:C6000"/><sheetData>${rows}</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A4000:Z9000"/></mergeCells><dataValidations count="1"/></worksheet>`;
  for (let i = 0; i < xml.length; i += 1000) slimmer.push(xml.slice(i, i + 1000));
  const slim = slimmer.finish();
  expect(slim.cells).toEqual([
    { row: 1, col: 1, xml: '<c r="A1"><v>0</v></c>' },
    { row: 2, col: 1, xml: '<c r="A2"><v>1</v></c>' },
    { row: 5000, col: 3, xml: '<c r="C5000"><v>4999</v></c>' },
  ]);
  expect(slim.merges).toEqual([
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 4000, left: 1, bottom: 9000, right: 26 },
  ]);
});

it('stops inflating a sheet once its merges are read', () => {
  const slimmer = new SheetSlimmer({ rows: 10, cols: 10, cells: new Set() });
  expect(slimmer.push('<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>')).toBe(true);
  expect(slimmer.push('<x:mergeCells count="1"><x:mergeCell ref="A1:B2"/></x:mergeCells>')).toBe(false);
  expect(slimmer.finish().cells).toEqual([{ row: 1, col: 1, xml: '<x:c r="A1"><x:v>1</x:v></x:c>' }]);
});

it('reads a merged-away input as empty, as Excel shows it, not as the merge\'s value', async () => {
  const merged = await withPart(await project(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="F11:H11"/>`));
  const read = await readWorkbook(merged, 'merged.xlsx');
  const cells = read.sheets[0].source.cells;
  expect(cells.get('Subsidies_1')!.raw).toEqual({ value: validProject.budget['2017'].subsidies });
  expect(cells.get('Subsidies_2')!.raw).toEqual({ value: null });
  expect(cells.get('Subsidies_3')!.raw).toEqual({ value: null });
});

it('cuts a text Excel could not hold to 32,767 characters, saying how much was left out, never half a character', () => {
  expect(fitCell('短い文章')).toBe('短い文章');
  const long = '𠮷'.repeat(20_000); // 40,000 UTF-16 units
  const fitted = fitCell(long);
  expect(fitted.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
  expect(fitted).toMatch(/^(?:𠮷)+…（以下 [\d,]+ 文字は Excel のセルに入らないため省略）$/);
});
