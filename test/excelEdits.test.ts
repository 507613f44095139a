// Proves that test/support/excelEdits.ts edits a workbook the way Excel does: a copied sheet gets its own
// sheet-scoped names, and inserted rows move cells, merges, validations, formulas and names together.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DefinedName, formatNameRef, parseNameRef, readWorkbookNames, writeDefinedNames } from '../src/xlsx/definedNames';
import { copySheetLikeExcel, insertRowsLikeExcel } from './support/excelEdits';

const MAIN = '事務事業 表彰事業';
const COPY = '事務事業 表彰事業 (2)'; // the name Excel gives a copy
const OTHER = "R&D It's";

/** MAIN holds every feature that must move with inserted rows; OTHER refers into MAIN from a formula. */
async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const main = wb.addWorksheet(MAIN);
  main.getCell('A1').value = 'タイトル';
  main.getCell('B2').value = 100;
  main.getCell('E1').value = { formula: 'LOG10(B2)+LEN(B5)', result: 6 };
  main.mergeCells('C3:D4');
  main.getCell('C3').value = '見出し';
  main.getCell('B5').value = '表彰事業';
  main.getCell('B6').dataValidation = { type: 'list', allowBlank: true, formulae: ['"A,B"'] };
  main.getCell('B8').value = { text: 'site', hyperlink: 'https://example.com/' };
  main.getCell('C9').value = { formula: 'N(C10)-SUM(C11:C14)', result: 3 };
  main.getCell('C10').value = 5;
  main.getCell('C11').value = 2;
  main.fillFormula('D10:D11', 'C10*2', [10, 4]);
  main.addConditionalFormatting({
    ref: 'B5:B6',
    rules: [{ type: 'expression', priority: 1, formulae: ['B5=""'], style: { font: { bold: true } } }],
  });
  main.pageSetup.printArea = 'A1:E20';
  const other = wb.addWorksheet(OTHER);
  other.getCell('B2').value = 'その他';
  other.getCell('B3').value = { formula: `'${MAIN}'!B5&"B5"`, result: '表彰事業B5' };
  const names: DefinedName[] = [
    { name: 'ProjectName', localSheetId: 0, formula: formatNameRef(MAIN, 5, 2) },
    { name: 'SeikaLayout', localSheetId: 0, formula: '"project/1"' },
    { name: 'ProjectName', localSheetId: 1, formula: formatNameRef(OTHER, 2, 2) },
    { name: 'SeikaLayout', localSheetId: 1, formula: '"project/1"' },
    { name: 'Balance', formula: formatNameRef(MAIN, 9, 3) },
  ];
  return writeDefinedNames(Buffer.from(await wb.xlsx.writeBuffer()), names);
}

async function load(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(xlsx).buffer); // ExcelJS types its input as an ArrayBuffer
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function part(xlsx: Buffer, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(xlsx)).file(path);
  if (!file) throw new Error(`no ${path}`);
  return file.async('string');
}

/** Every scope of one name, in sheet order, as [localSheetId, formula]. */
async function scopesOf(xlsx: Buffer, name: string): Promise<[number | undefined, string][]> {
  const { names } = await readWorkbookNames(await JSZip.loadAsync(xlsx));
  return names
    .filter((n) => n.name === name)
    .sort((a, b) => (a.localSheetId ?? -1) - (b.localSheetId ?? -1))
    .map((n) => [n.localSheetId, n.formula]);
}

/** What a reader sees through a sheet's own ProjectName: the sheet it points at and that cell's value. */
async function projectNameOf(xlsx: Buffer, sheetName: string): Promise<[string | undefined, ExcelJS.CellValue]> {
  const { sheets, names } = await readWorkbookNames(await JSZip.loadAsync(xlsx));
  const index = sheets.find((s) => s.name === sheetName)?.index;
  const name = names.find((n) => n.name === 'ProjectName' && n.localSheetId === index);
  const ref = parseNameRef(name?.formula ?? '');
  if (!('from' in ref) || ref.sheet === undefined) throw new Error(`${sheetName}: ProjectName is ${JSON.stringify(ref)}`);
  const value = sheet(await load(xlsx), ref.sheet).getCell(ref.from.row, ref.from.col).value;
  return [ref.sheet, value];
}

let template: Buffer;
beforeAll(async () => {
  template = await templateWorkbook();
});

describe('copySheetLikeExcel', () => {
  let copied: Buffer;
  beforeAll(async () => {
    copied = await copySheetLikeExcel(template, MAIN, COPY);
  });

  it('places the copy right after its source', async () => {
    const { sheets } = await readWorkbookNames(await JSZip.loadAsync(copied));
    expect(sheets.map((s) => s.name)).toEqual([MAIN, COPY, OTHER]);
    expect((await load(copied)).worksheets.map((ws) => ws.name)).toEqual([MAIN, COPY, OTHER]);
  });

  it("gives the copy its own sheet-scoped names and renumbers the later sheet's", async () => {
    expect(await scopesOf(copied, 'ProjectName')).toEqual([
      [0, `'${MAIN}'!$B$5`],
      [1, `'${COPY}'!$B$5`],
      [2, "'R&D It''s'!$B$2"],
    ]);
    expect(await scopesOf(copied, 'SeikaLayout')).toEqual([
      [0, '"project/1"'],
      [1, '"project/1"'],
      [2, '"project/1"'],
    ]);
    expect(await scopesOf(copied, '_xlnm.Print_Area')).toEqual([
      [0, `'${MAIN}'!$A1:$E20`],
      [1, `'${COPY}'!$A1:$E20`],
    ]);
    expect(await scopesOf(copied, 'Balance')).toEqual([[undefined, `'${MAIN}'!$C$9`]]);
  });

  it("lets every sheet's ProjectName lead to that sheet's own cell", async () => {
    expect(await projectNameOf(copied, MAIN)).toEqual([MAIN, '表彰事業']);
    expect(await projectNameOf(copied, COPY)).toEqual([COPY, '表彰事業']);
    expect(await projectNameOf(copied, OTHER)).toEqual([OTHER, 'その他']);
  });

  it('copies the cells, merges, formulas, hyperlinks and print area that ExcelJS reads', async () => {
    const copy = sheet(await load(copied), COPY);
    expect(copy.getCell('C3').value).toBe('見出し');
    expect(copy.getCell('D4').master.address).toBe('C3');
    expect(copy.getCell('C9').formula).toBe('N(C10)-SUM(C11:C14)');
    expect(copy.getCell('C9').result).toBe(3);
    expect(copy.getCell('B8').hyperlink).toBe('https://example.com/');
    expect(copy.pageSetup.printArea).toBe('A1:E20');
  });

  it('adds a new worksheet part with its rels, content type and relationship', async () => {
    expect(await part(copied, 'xl/worksheets/sheet3.xml')).toBe(await part(template, 'xl/worksheets/sheet1.xml'));
    expect(await part(copied, 'xl/worksheets/_rels/sheet3.xml.rels')).toContain('https://example.com/');
    expect(await part(copied, '[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet3.xml"');
    expect(await part(copied, 'xl/_rels/workbook.xml.rels')).toMatch(/Id="rId\d+"[^>]*Target="worksheets\/sheet3.xml"/);
    expect(await part(copied, 'xl/workbook.xml')).toMatch(/<sheet sheetId="3" name="事務事業 表彰事業 \(2\)"[^>]*r:id="rId\d+"\/>/);
  });

  it('quotes and escapes a copied name whose sheet holds & and a quote', async () => {
    const copiedLast = await copySheetLikeExcel(template, OTHER, "R&D It's (2)");
    expect(await scopesOf(copiedLast, 'ProjectName')).toEqual([
      [0, `'${MAIN}'!$B$5`],
      [1, "'R&D It''s'!$B$2"],
      [2, "'R&D It''s (2)'!$B$2"],
    ]);
    expect(await part(copiedLast, 'xl/workbook.xml')).toContain('name="R&amp;D It\'s (2)"');
    expect(await projectNameOf(copiedLast, "R&D It's (2)")).toEqual(["R&D It's (2)", 'その他']);
  });

  it('refuses a name already taken, ignoring case as Excel does', async () => {
    await expect(copySheetLikeExcel(template, MAIN, "r&d IT'S")).rejects.toThrow(/already exists/);
    await expect(copySheetLikeExcel(template, 'Missing', 'New')).rejects.toThrow(/no sheet named Missing/);
  });
});

describe('insertRowsLikeExcel', () => {
  let inserted: Buffer;
  let main: ExcelJS.Worksheet;
  beforeAll(async () => {
    inserted = await insertRowsLikeExcel(template, MAIN, 3, 2);
    main = sheet(await load(inserted), MAIN);
  });

  it('moves cells at or below the insertion point and leaves those above', () => {
    expect(main.getCell('A1').value).toBe('タイトル');
    expect(main.getCell('B2').value).toBe(100);
    expect(main.getCell('B5').value).toBeNull();
    expect(main.getCell('B7').value).toBe('表彰事業');
    expect(main.getCell('C12').value).toBe(5);
  });

  it('moves every name that points into the sheet, and no other', async () => {
    expect(await scopesOf(inserted, 'ProjectName')).toEqual([
      [0, `'${MAIN}'!$B$7`],
      [1, "'R&D It''s'!$B$2"],
    ]);
    expect(await scopesOf(inserted, 'SeikaLayout')).toEqual([
      [0, '"project/1"'],
      [1, '"project/1"'],
    ]);
    expect(await scopesOf(inserted, 'Balance')).toEqual([[undefined, `'${MAIN}'!$C$11`]]);
    expect(await scopesOf(inserted, '_xlnm.Print_Area')).toEqual([[0, `'${MAIN}'!$A1:$E22`]]);
    expect(main.pageSetup.printArea).toBe('A1:E22');
    expect(await projectNameOf(inserted, MAIN)).toEqual([MAIN, '表彰事業']);
  });

  it('moves the merge, the validation, the hyperlink and the conditional format', async () => {
    expect(main.getCell('C5').value).toBe('見出し');
    expect(main.getCell('D6').master.address).toBe('C5');
    expect(main.getCell('D4').isMerged).toBe(false);
    expect(main.getCell('B8').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B"'] });
    expect(main.getCell('B6').dataValidation).toBeUndefined();
    expect(main.getCell('B10').hyperlink).toBe('https://example.com/');
    const xml = await part(inserted, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<conditionalFormatting sqref="B7:B8">.*<formula>B7=""<\/formula>/);
  });

  it('shifts references in formulas, outside string literals and function names', async () => {
    expect(main.getCell('C11').formula).toBe('N(C12)-SUM(C13:C16)');
    expect(main.getCell('C11').result).toBe(3);
    expect(main.getCell('E1').formula).toBe('LOG10(B2)+LEN(B7)');
    expect(sheet(await load(inserted), OTHER).getCell('B3').formula).toBe(`'${MAIN}'!B7&"B5"`);
  });

  it('shifts the shared formula and the dimension', async () => {
    const xml = await part(inserted, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<f t="shared" ref="D12:D13" si="0">C12*2</f>');
    expect(xml).toMatch(/<dimension ref="A1:E13"\/>/);
    expect(main.getCell('D13').result).toBe(4);
  });

  it('inserts no cells or rows of its own', async () => {
    const before = await part(template, 'xl/worksheets/sheet1.xml');
    const after = await part(inserted, 'xl/worksheets/sheet1.xml');
    const count = (xml: string, tag: RegExp) => xml.match(tag)?.length;
    expect(count(after, /<row /g)).toBe(count(before, /<row /g));
    expect(count(after, /<c /g)).toBe(count(before, /<c /g));
  });

  it('moves only the names of the copy when rows go into a copied sheet', async () => {
    const edited = await insertRowsLikeExcel(await copySheetLikeExcel(template, MAIN, COPY), COPY, 3, 2);
    expect(await scopesOf(edited, 'ProjectName')).toEqual([
      [0, `'${MAIN}'!$B$5`],
      [1, `'${COPY}'!$B$7`],
      [2, "'R&D It''s'!$B$2"],
    ]);
    expect(await projectNameOf(edited, COPY)).toEqual([COPY, '表彰事業']);
    expect(await projectNameOf(edited, MAIN)).toEqual([MAIN, '表彰事業']);
  });
});
