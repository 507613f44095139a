// Staff copy sheets, insert rows and paste values into plain sheets; the reader still finds every field.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { loadSeedSheets } from '../src/sample/seed';
import type { Sheet } from '../src/core/model';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { replaceDefinedNames } from '../src/xlsx/definedNames';
import { copySheetLikeExcel, insertRowsLikeExcel } from './support/excelEdits';

const seed = loadSeedSheets();
const project = seed.find((s) => s.kind === 'project' && s.name === '市民活動支援事業')!;
const measure = seed.find((s) => s.kind === 'measure' && s.measure.number === '6-4')!;

async function written(sheets: Sheet[]): Promise<Buffer> {
  return Buffer.from(await writeWorkbook(sheets, { reportYear: 2019 }));
}

async function withoutNames(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file('xl/workbook.xml', replaceDefinedNames(await zip.file('xl/workbook.xml')!.async('string'), []));
  return zip.generateAsync({ type: 'nodebuffer' });
}

it('reads a sheet copied with Excel\'s "create a copy" as a second sheet of the same kind', async () => {
  const copied = await copySheetLikeExcel(await written([project]), '市民活動支援事業', '市民活動支援事業 (2)');
  const read = await readWorkbook(copied, 'copied.xlsx');
  expect(read.sheets.map((s) => [s.source.sheetName, s.source.readBy])).toEqual([
    ['市民活動支援事業', 'names'],
    ['市民活動支援事業 (2)', 'names'],
  ]);
  expect(read.sheets[1].sheet).toEqual(project);
});

it.each([
  ['above every input', 2, 3],
  ['inside the input table', 12, 1],
  ['between two indicators', 19, 2],
])('reads a project sheet with rows inserted %s', async (_, beforeRow, count) => {
  const shifted = await insertRowsLikeExcel(await written([project]), '市民活動支援事業', beforeRow, count);
  const read = await readWorkbook(shifted, 'rows.xlsx');
  expect(read.sheets[0].sheet).toEqual(project);
  expect(read.sheets[0].source.readBy).toBe('names');
  const total2019 = read.sheets[0].source.cells.get('Total_3')!;
  expect(total2019.address).toBe(`H${10 + (beforeRow <= 10 ? count : 0)}`);
});

it('reads sheets whose names were lost by their Japanese labels, and says so', async () => {
  const read = await readWorkbook(await withoutNames(await written([project, measure])), 'pasted.xlsx');
  expect(read.sheets.map((s) => s.source.readBy)).toEqual(['labels', 'labels']);
  expect(read.sheets.map((s) => s.sheet)).toEqual([project, measure]);
});

it('reads by labels after rows were inserted and the names lost (a sheet rebuilt in another tool)', async () => {
  const shifted = await withoutNames(await insertRowsLikeExcel(await written([project]), '市民活動支援事業', 1, 2));
  const read = await readWorkbook(shifted, 'rebuilt.xlsx');
  expect(read.sheets[0].sheet).toEqual(project);
  expect(read.sheets[0].source.cells.get('ProjectName')).toMatchObject({ address: 'A7', located: 'label' });
});

it('does not take a renamed tab for anything: sheets are known by their layout, not their names', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('施策6-1').getCell('A1').value = '単なるメモ';
  const read = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'memo.xlsx');
  expect(read.sheets).toEqual([]);
  expect(read.problems).toEqual([{ code: 'noSeikaSheets' }]);
});
