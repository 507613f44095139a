// The recording double refuses what Excel refuses, so adapter tests passing on it mean something.
/// <reference types="office-js" />
import { definedNameProblem, sheetNameProblem } from './excelRules';
import { recordingExcel } from './recordingExcel';

const contextOf = (rec: ReturnType<typeof recordingExcel>) => rec.excel.context as unknown as Excel.RequestContext;

it('refuses tab names Excel refuses: over 31 characters, []:*?/\\, duplicates in any case', async () => {
  expect(sheetNameProblem('あ'.repeat(31), [])).toBeUndefined();
  expect(sheetNameProblem('あ'.repeat(32), [])).toMatch(/over 31/);
  for (const ch of '[]:*?/\\') expect(sheetNameProblem(`a${ch}b`, [])).toMatch(/\[\]:\*\?/);
  expect(sheetNameProblem('sheet1', ['Sheet1'])).toMatch(/duplicate/);
  expect(sheetNameProblem("'quoted'", [])).toMatch(/apostrophe/);

  const rec = recordingExcel(['Sheet1']);
  const context = contextOf(rec);
  context.workbook.worksheets.add('SHEET1');
  await expect(context.sync()).rejects.toThrow('duplicate sheet name');
  context.workbook.worksheets.add('集計').name = '集計:2019';
  await expect(context.sync()).rejects.toThrow('[]:*?/\\');
});

it('refuses defined names that are invalid or taken in their scope; the same name in two sheets is fine', async () => {
  for (const bad of ['1st', 'A1', 'XFD10', 'R1C1', 'r', 'has space', 'a-b', '']) expect([bad, definedNameProblem(bad, [])]).toEqual([bad, expect.stringMatching(/invalid|reference/)]);
  for (const good of ['SeikaLayout', 'Budget_2019', '事業名', '_x', 'XFE1', 'ABCD1']) expect([good, definedNameProblem(good, [])]).toEqual([good, undefined]);

  const rec = recordingExcel([]);
  const context = contextOf(rec);
  const a = context.workbook.worksheets.add('a');
  const b = context.workbook.worksheets.add('b');
  a.names.add('Total', '=1');
  b.names.add('Total', '=1');
  await context.sync();
  a.names.add('TOTAL', '=2');
  await expect(context.sync()).rejects.toThrow('duplicate name');
  context.workbook.names.add('A1', '=1');
  await expect(context.sync()).rejects.toThrow('cell reference');
});

it('refuses writes into a protected sheet until it is unprotected, and lets it be protected again', async () => {
  const rec = recordingExcel([{ name: '事業', cells: new Map([['F10', 100]]), protection: {} }]);
  const context = contextOf(rec);
  const ws = context.workbook.worksheets.getItem('事業');
  ws.getRange('F10').formulas = [[200]];
  await expect(context.sync()).rejects.toThrow('AccessDenied');
  ws.protection.unprotect();
  ws.getRange('F10').formulas = [[300]];
  ws.protection.protect();
  await context.sync();
  expect(rec.sheets()[0].cells.get('F10')).toBe(300);
  expect(rec.sheets()[0].protected).toBe(true);
});

it('throws on a property read before load and sync, and reads the state at the sync', async () => {
  const rec = recordingExcel([{ name: '事業', cells: new Map([['A1', "'名前"]]) }]);
  const context = contextOf(rec);
  const sheets = context.workbook.worksheets;
  expect(() => sheets.items).toThrow('PropertyNotLoaded');
  sheets.load('items/name');
  expect(() => sheets.items).toThrow('PropertyNotLoaded');
  const range = sheets.getItem('事業').getRange('A1:B1').load('values,formulas');
  const protection = sheets.getItem('事業').protection.load('protected');
  await context.sync();
  expect(sheets.items.map((s) => s.name)).toEqual(['事業']);
  expect(range.values).toEqual([['名前', '']]);
  expect(range.formulas).toEqual([['名前', '']]); // Excel shows text without the apostrophe it was typed with
  expect(protection.protected).toBe(false);
});

it('refuses a formula naming a sheet that does not exist (Excel would make it an external link)', async () => {
  const rec = recordingExcel(['一覧']);
  const context = contextOf(rec);
  const ws = context.workbook.worksheets.add('集計');
  ws.getRange('A1').formulas = [['=SUM(\'一覧\'!A1:A3)+HYPERLINK("#\'なし\'!A1","x")']];
  await context.sync();
  ws.getRange('A2').formulas = [["=SUM('なし'!A1)"]];
  await expect(context.sync()).rejects.toThrow('InvalidReference');
});

it('measures every request, counts syncs, and fails one over 5 MB', async () => {
  const rec = recordingExcel([]);
  const context = contextOf(rec);
  const ws = context.workbook.worksheets.add('big');
  await context.sync();
  ws.getRange('A1:A2000').formulas = Array.from({ length: 2000 }, () => ['\'' + 'x'.repeat(1000)]);
  await context.sync();
  expect(rec.requests.syncs).toBe(2);
  expect(rec.requests.largestRequestBytes).toBeGreaterThan(2_000_000);
  ws.getRange('B1:B6000').formulas = Array.from({ length: 6000 }, () => ['\'' + 'x'.repeat(1000)]);
  await expect(context.sync()).rejects.toThrow('RequestPayloadSizeLimitExceeded');
  expect(rec.requests.syncs).toBe(3);
});
