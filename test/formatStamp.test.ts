// Workbooks record the report format they were made in (SeikaFormat); a workbook of another format is one clear
// finding at the file, and its sheets are still read and checked.
import JSZip from 'jszip';
import { checkWorkbooks } from '../src/core/rules/engine';
import { validProject } from '../src/core/rules/testing/fixtures';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

async function withFormatName(bytes: Uint8Array, stamp: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  expect(xml).toContain('<definedName name="SeikaFormat">"komoro/1"</definedName>');
  zip.file('xl/workbook.xml', xml.replace('"komoro/1"', `"${stamp}"`));
  return zip.generateAsync({ type: 'uint8array' });
}

it('a template records the format komoro/1, and checking it says nothing about the format', async () => {
  const bytes = await writeWorkbook([validProject], { reportYear: 2019, department: '市民課' });
  const read = await readWorkbook(bytes, '市民課.xlsx');
  expect(read.meta.format).toEqual({ id: 'komoro', version: 1 });
  expect(checkWorkbooks([read]).filter((f) => f.ruleId === 'format-known')).toEqual([]);
});

it.each([
  ['third-city/2', 'otherFormat'],
  ['komoro/2', 'newerVersion'],
])('a workbook of format %s is one finding at the file (%s), and its sheets are still checked', async (stamp, messageId) => {
  const bytes = await withFormatName(await writeWorkbook([{ ...validProject, name: null }], { reportYear: 2019, department: '市民課' }), stamp);
  const read = await readWorkbook(bytes, '市民課.xlsx');
  const findings = checkWorkbooks([read]);
  expect(findings.filter((f) => f.ruleId === 'format-known')).toEqual([
    expect.objectContaining({ file: '市民課.xlsx', messageId, data: expect.objectContaining({ format: stamp, expected: 'komoro/1' }) }),
  ]);
  expect(findings.some((f) => f.ruleId === 'required-fields' && f.field === 'ProjectName')).toBe(true);
});
