// Proves that test/support/libreoffice.ts really opens .xlsx files in LibreOffice and FORCES recalculation:
// a correct cached result must agree, a deliberately wrong one must be reported with its address.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { INSTALL_HINT, formulaMismatches, hasLibreOffice, parseCsv, recalculatedSheets } from './support/libreoffice';

const SHEET = '成果 一覧'; // Japanese name with a space: must survive the CSV file naming
const SECOND = '集計';

/** Fails (never skips) when LibreOffice is missing. */
function requireLibreOffice(): void {
  if (!hasLibreOffice()) throw new Error(INSTALL_HINT);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-libreoffice-test-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** B2 = 100, B3:B6 = 10..40 (sum 60 + …), B7 = N(B2)-SUM(B3:B6) with the given cached result. */
async function writeBook(file: string, cachedB7: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '項目, "quoted"\n2行目';
  ws.getCell('B1').value = '金額';
  ws.getCell('A2').value = '予算';
  ws.getCell('B2').value = 100;
  [12.5, 7.25, 0.25, 20].forEach((n, i) => {
    ws.getCell(`A${3 + i}`).value = `支出${i + 1}`;
    ws.getCell(`B${3 + i}`).value = n;
  });
  ws.getCell('A7').value = '残額';
  ws.getCell('B7').value = { formula: 'N(B2)-SUM(B3:B6)', result: cachedB7 };
  ws.getCell('B7').numFmt = '#,##0.00';
  // A shared formula (C3:C6 = B3..B6 / B2, shown as percentages), a text and a boolean result.
  ws.fillFormula('C3:C6', 'B3/$B$2', [0.125, 0.0725, 0.0025, 0.2]);
  for (const a of ['C3', 'C4', 'C5', 'C6']) ws.getCell(a).numFmt = '0.0%';
  ws.getCell('D2').value = { formula: 'A2&"/"&A7', result: '予算/残額' };
  ws.getCell('D3').value = { formula: 'B7>0', result: cachedB7 > 0 };
  ws.getCell('D4').value = { formula: 'DATE(2025,3,31)', result: new Date(Date.UTC(2025, 2, 31)) };
  ws.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
  // An empty-string result: ExcelJS reads <v></v> back as "no result"; the helper must not report it.
  ws.getCell('D5').value = { formula: 'IF(B2>1000,"over","")', result: '' };

  const second = wb.addWorksheet(SECOND);
  second.getCell('A1').value = '合計';
  second.getCell('B1').value = { formula: `SUM('${SHEET}'!B3:B6)`, result: 40 };
  second.getCell('B2').value = { formula: `1/0`, result: { error: '#DIV/0!' } };

  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

test('LibreOffice (soffice) is installed', () => {
  requireLibreOffice();
});

test('parseCsv handles quotes, doubled quotes and embedded line breaks', () => {
  expect(parseCsv('a,"b, ""c""\nd",\r\n,1\n')).toEqual([
    ['a', 'b, "c"\nd', ''],
    ['', '1'],
  ]);
});

test(
  'LibreOffice opens the workbook and agrees with every cached formula result',
  async () => {
    requireLibreOffice();
    const file = await writeBook('correct.xlsx', 60);

    const sheets = await recalculatedSheets(file);
    expect([...sheets.keys()]).toEqual([SHEET, SECOND]);
    const rows = sheets.get(SHEET)!;
    expect(rows[0][0]).toBe('項目, "quoted"\n2行目');
    expect(rows[6][1]).toBe('60'); // raw value, not the "60.00" the cell displays
    expect(rows[2][2]).toBe('12.5%');
    expect(sheets.get(SECOND)![0]).toEqual(['合計', '40']);

    expect(await formulaMismatches(file)).toEqual([]);
  },
);

test(
  'a wrong cached result is reported with its address (proves recalculation is forced)',
  async () => {
    requireLibreOffice();
    const file = await writeBook('wrong.xlsx', 999);

    const mismatches = await formulaMismatches(file);
    // B7 is wrong; D3 (B7>0) happens to be right; nothing else is affected.
    expect(mismatches).toEqual([`'${SHEET}'!B7: cached 999, LibreOffice 60 (formula N(B2)-SUM(B3:B6))`]);
  },
);

test(
  'a formula without a cached result is reported',
  async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = { formula: 'A1*3' } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'uncached.xlsx');
    await wb.xlsx.writeFile(file);

    expect(await formulaMismatches(file)).toEqual(['Sheet1!A2: no cached result, LibreOffice 6 (formula A1*3)']);
  },
);
