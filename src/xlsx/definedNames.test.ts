import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  DefinedName,
  addDefinedNames,
  formatNameRef,
  parseNameRef,
  parseWorkbookXml,
  readWorkbookNames,
  replaceDefinedNames,
  writeDefinedNames,
  writeDefinedNamesBytes,
} from './definedNames';

const MAIN = '事務事業 表彰事業'; // Japanese with a space: must be quoted in references
const OTHER = "R&D It's"; // must be escaped in XML and have its quote doubled in references

const SHEETS = '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>';
const ROOT = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">';

function workbookXml(afterSheets = '<calcPr calcId="171027"/>'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${ROOT}<workbookPr/>${SHEETS}${afterSheets}</workbook>`;
}

describe('parseNameRef', () => {
  const cell = (row: number, col: number) => ({ from: { row, col }, to: { row, col } });

  it.each([
    ["'It''s'!$B$5", { sheet: "It's", ...cell(5, 2) }],
    [`'${MAIN}'!$B$5`, { sheet: MAIN, ...cell(5, 2) }],
    ['事務事業!$AA$10', { sheet: '事務事業', ...cell(10, 27) }],
    ['Sheet1!B5:C7', { sheet: 'Sheet1', from: { row: 5, col: 2 }, to: { row: 7, col: 3 } }],
    ['Sheet1!$C$10:$E$10', { sheet: 'Sheet1', from: { row: 10, col: 3 }, to: { row: 10, col: 5 } }],
    ['$B$5', cell(5, 2)],
    ['=Sheet1!$B$5', { sheet: 'Sheet1', ...cell(5, 2) }],
    ['Sheet1!B7:A5', { sheet: 'Sheet1', from: { row: 5, col: 1 }, to: { row: 7, col: 2 } }],
    ['Sheet1!$3:$4', { sheet: 'Sheet1', from: { row: 3, col: 1 }, to: { row: 4, col: 16384 } }],
    ['Sheet1!$A:$B', { sheet: 'Sheet1', from: { row: 1, col: 1 }, to: { row: 1048576, col: 2 } }],
    // ExcelJS writes print areas with a mixed reference and an undoubled quote.
    ["'R&D It's'!$A1:$E20", { sheet: OTHER, from: { row: 1, col: 1 }, to: { row: 20, col: 5 } }],
    ["'a''!b'!$A$1", { sheet: "a'!b", ...cell(1, 1) }],
  ])('reads %s as an area', (formula, expected) => {
    expect(parseNameRef(formula)).toEqual(expected);
  });

  it.each([
    ['#REF!', '#REF!'],
    ['Sheet1!#REF!', '#REF!'],
    [`'${MAIN}'!#REF!`, '#REF!'],
  ])('reads %s as a broken reference', (formula, error) => {
    expect(parseNameRef(formula)).toEqual({ error });
  });

  it.each([
    ['"project/1"', 'project/1'],
    ['"say ""hi"""', 'say "hi"'],
    ['""', ''],
  ])('reads %s as a constant', (formula, constant) => {
    expect(parseNameRef(formula)).toEqual({ constant });
  });

  it.each(['Sheet1!$A$1,Sheet1!$B$2', 'SUM(A1:A3)', '"open', 'Sheet1!$XFE$1', 'Sheet1!$A$0', "'unterminated!$A$1", '42'])(
    'describes %s as not a single area',
    (formula) => {
      const ref = parseNameRef(formula);
      expect(ref).toEqual({ error: expect.stringContaining(formula) });
    },
  );
});

describe('formatNameRef', () => {
  const cases: [Parameters<typeof formatNameRef>, string][] = [
    [['Sheet1', 5, 2], 'Sheet1!$B$5'],
    [[MAIN, 5, 2], `'${MAIN}'!$B$5`],
    [["It's", 1, 1], "'It''s'!$A$1"],
    [['Sheet1', 10, 3, 10, 5], 'Sheet1!$C$10:$E$10'],
    [['Sheet1', 1, 26], 'Sheet1!$Z$1'],
    [['Sheet1', 1, 27], 'Sheet1!$AA$1'],
    [['Sheet1', 1, 702], 'Sheet1!$ZZ$1'],
    [['Sheet1', 1048576, 16384], 'Sheet1!$XFD$1048576'],
    [['A1', 1, 1], "'A1'!$A$1"],
    [['R1C1', 1, 1], "'R1C1'!$A$1"],
    [['2019', 1, 1], "'2019'!$A$1"],
    [['My Sheet', 1, 1], "'My Sheet'!$A$1"],
  ];
  it.each(cases)('formats %j as %s', (args, expected) => {
    expect(formatNameRef(...args)).toBe(expected);
  });

  it('round-trips through parseNameRef', () => {
    for (const sheet of [MAIN, OTHER, 'Sheet1', "'quoted'"]) {
      expect(parseNameRef(formatNameRef(sheet, 12, 703, 14, 704))).toEqual({
        sheet,
        from: { row: 12, col: 703 },
        to: { row: 14, col: 704 },
      });
    }
  });

  it.each([
    [0, 1],
    [1, 0],
    [1048577, 1],
    [1, 16385],
    [1.5, 1],
  ])('refuses row %d, column %d', (row, col) => {
    expect(() => formatNameRef('Sheet1', row, col)).toThrow(RangeError);
  });

  it('refuses an empty sheet name', () => {
    expect(() => formatNameRef('', 1, 1)).toThrow(/empty/);
  });
});

describe('parseWorkbookXml', () => {
  it('reads attributes in any order and quote style, entities, hidden and workbook-scoped names', () => {
    const xml =
      `${ROOT}<sheets><sheet r:id='rId1' state='hidden' sheetId='3' name='&#x4E8B;&#26989; &amp; &apos;x&apos;'/>` +
      `<sheet name="Two" sheetId="1" r:id="rId2"></sheet></sheets><definedNames>` +
      `<definedName localSheetId='1' hidden="1" name='Local'>Two!$A$1</definedName>\n` +
      `<definedName name="Global" comment="a &gt; b">&apos;&#x4E8B;&#26989; &amp; &apos;&apos;x&apos;&apos;&apos;!$B$2&lt;&gt;&quot;</definedName>` +
      `<definedName name="Empty"/></definedNames></workbook>`;
    expect(parseWorkbookXml(xml)).toEqual({
      sheets: [
        { name: "事業 & 'x'", index: 0, state: 'hidden' },
        { name: 'Two', index: 1 },
      ],
      names: [
        { name: 'Local', localSheetId: 1, formula: 'Two!$A$1', hidden: true },
        { name: 'Global', formula: `'事業 & ''x'''!$B$2<>"` },
        { name: 'Empty', formula: '' },
      ],
    });
  });

  it('reads a workbook without defined names', () => {
    expect(parseWorkbookXml(workbookXml()).names).toEqual([]);
  });

  it('reads a workbook whose elements carry a namespace prefix', () => {
    const xml =
      '<x:workbook xmlns:x="main"><x:sheets><x:sheet name="S" sheetId="1"/></x:sheets>' +
      '<x:definedNames><x:definedName name="N" localSheetId="0">S!$A$1</x:definedName></x:definedNames></x:workbook>';
    expect(parseWorkbookXml(xml)).toEqual({
      sheets: [{ name: 'S', index: 0 }],
      names: [{ name: 'N', localSheetId: 0, formula: 'S!$A$1' }],
    });
  });
});

describe('addDefinedNames', () => {
  const projectName: DefinedName = { name: 'ProjectName', localSheetId: 0, formula: 'A!$B$5' };

  it('creates <definedNames> right after </sheets>, before calcPr', () => {
    const xml = addDefinedNames(workbookXml(), [projectName]);
    expect(xml).toContain(
      '</sheets><definedNames><definedName name="ProjectName" localSheetId="0">A!$B$5</definedName></definedNames><calcPr',
    );
    expect(parseWorkbookXml(xml).names).toEqual([projectName]);
  });

  it('creates <definedNames> before </workbook> when nothing follows the sheets', () => {
    expect(addDefinedNames(workbookXml(''), [projectName])).toMatch(/<\/sheets><definedNames>.*<\/definedNames><\/workbook>$/);
  });

  it('keeps the schema order after functionGroups and externalReferences', () => {
    const after = '<functionGroups builtInGroupCount="18"/><externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr/>';
    expect(addDefinedNames(workbookXml(after), [projectName])).toMatch(/<\/externalReferences><definedNames>.*<\/definedNames><calcPr\/>/);
  });

  it('keeps existing names verbatim, replaces the same name in the same scope and leaves other scopes alone', () => {
    const printArea = '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;A&apos;!$A1:$E20</definedName>';
    const existing =
      `<definedNames>${printArea}<definedName name="projectname" localSheetId="0">A!$B$4</definedName>` +
      '<definedName name="ProjectName" localSheetId="1">B!$B$4</definedName></definedNames><calcPr/>';
    const xml = addDefinedNames(workbookXml(existing), [projectName]);
    expect(xml).toContain(printArea);
    expect(parseWorkbookXml(xml).names).toEqual([
      { name: '_xlnm.Print_Area', localSheetId: 0, formula: "'A'!$A1:$E20" },
      { name: 'ProjectName', localSheetId: 1, formula: 'B!$B$4' },
      projectName,
    ]);
  });

  it('fills a self-closing <definedNames/>', () => {
    const xml = addDefinedNames(workbookXml('<definedNames/><calcPr/>'), [projectName]);
    expect(xml).toContain('</sheets><definedNames><definedName name="ProjectName"');
    expect(parseWorkbookXml(xml).names).toEqual([projectName]);
  });

  it('writes elements with the prefix the workbook uses', () => {
    const xml = addDefinedNames('<x:workbook xmlns:x="main"><x:sheets><x:sheet name="S"/></x:sheets></x:workbook>', [
      { name: 'N', localSheetId: 0, formula: 'S!$A$1', hidden: true },
    ]);
    expect(xml).toContain('<x:definedNames><x:definedName name="N" localSheetId="0" hidden="1">S!$A$1</x:definedName></x:definedNames></x:workbook>');
  });

  it('escapes the formula', () => {
    const xml = addDefinedNames(workbookXml(), [{ name: 'Note', formula: `"a<b & 'c'"` }]);
    expect(xml).toContain(`<definedName name="Note">"a&lt;b &amp; 'c'"</definedName>`);
    expect(parseWorkbookXml(xml).names).toEqual([{ name: 'Note', formula: `"a<b & 'c'"` }]);
  });

  it.each(['A1', 'xfd1048576', 'R1C1', 'r', 'C', 'TRUE', 'has space', '1st', 'a-b', ''])('refuses the name %j', (name) => {
    expect(() => addDefinedNames(workbookXml(), [{ name, formula: '1' }])).toThrow(/does not accept/);
  });

  it('accepts names Excel accepts', () => {
    const accepted = ['_xlnm.Print_Area', 'ProjectName', 'Seika.Layout_2', '\\back', '事業名', 'XFD1A', 'Done?'];
    const names = accepted.map((name) => ({ name, formula: '1' }));
    expect(parseWorkbookXml(addDefinedNames(workbookXml(), names)).names).toEqual(names);
  });

  it('refuses a localSheetId past the last sheet and a name given twice for one scope', () => {
    expect(() => addDefinedNames(workbookXml(), [{ ...projectName, localSheetId: 2 }])).toThrow(RangeError);
    expect(() => addDefinedNames(workbookXml(), [projectName, { ...projectName, name: 'PROJECTNAME' }])).toThrow(/twice/);
  });
});

describe('replaceDefinedNames', () => {
  it('drops every other name, and the element itself when no name is left', () => {
    const existing = '<definedNames><definedName name="Old">A!$A$1</definedName></definedNames><calcPr/>';
    const replaced = replaceDefinedNames(workbookXml(existing), [{ name: 'New', formula: 'B!$A$1' }]);
    expect(parseWorkbookXml(replaced).names).toEqual([{ name: 'New', formula: 'B!$A$1' }]);
    expect(replaceDefinedNames(workbookXml(existing), [])).toBe(workbookXml('<calcPr/>'));
  });
});

describe('writing names into an ExcelJS workbook', () => {
  const names: DefinedName[] = [
    { name: 'ProjectName', localSheetId: 0, formula: formatNameRef(MAIN, 5, 2) },
    { name: 'SeikaLayout', localSheetId: 0, formula: '"project/1"' },
    { name: 'ProjectName', localSheetId: 1, formula: formatNameRef(OTHER, 2, 2) },
    { name: 'SeikaLayout', localSheetId: 1, formula: '"project/1"' },
  ];

  async function excelJsWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet(MAIN);
    main.getCell('B5').value = '表彰事業';
    main.mergeCells('C3:D4');
    main.getCell('C3').value = '見出し';
    main.getCell('B6').dataValidation = { type: 'list', allowBlank: true, formulae: ['"A,B"'] };
    main.getCell('C10').value = 5;
    main.getCell('C11').value = 2;
    main.getCell('C9').value = { formula: 'N(C10)-SUM(C11:C14)', result: 3 };
    main.pageSetup.printArea = 'A1:E20';
    const other = wb.addWorksheet(OTHER);
    // No print area here: ExcelJS writes it as 'R&D It's'!… with an undoubled quote and then fails to load its own file.
    other.getCell('B2').value = 'その他';
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async function workbookPart(xlsx: Uint8Array): Promise<string> {
    const part = (await JSZip.loadAsync(xlsx)).file('xl/workbook.xml');
    if (!part) throw new Error('no workbook.xml');
    return part.async('string');
  }

  it('reads back every scope, formula and constant, next to the print areas ExcelJS wrote', async () => {
    const written = await writeDefinedNames(await excelJsWorkbook(), names);
    const { sheets, names: read } = await readWorkbookNames(await JSZip.loadAsync(written));
    expect(sheets).toEqual([
      { name: MAIN, index: 0, state: 'visible' },
      { name: OTHER, index: 1, state: 'visible' },
    ]);
    expect(read).toEqual([
      { name: '_xlnm.Print_Area', localSheetId: 0, formula: `'${MAIN}'!$A1:$E20` },
      ...names,
    ]);
  });

  it('escapes the sheet name with & and a doubled quote', async () => {
    const xml = await workbookPart(await writeDefinedNames(await excelJsWorkbook(), names));
    expect(xml).toContain(`<definedName name="ProjectName" localSheetId="1">'R&amp;D It''s'!$B$2</definedName>`);
  });

  it('leaves a file ExcelJS still loads with its values intact', async () => {
    const wb = new ExcelJS.Workbook();
    const written = await writeDefinedNames(await excelJsWorkbook(), names);
    await wb.xlsx.load(new Uint8Array(written).buffer); // ExcelJS types its input as an ArrayBuffer
    const main = wb.getWorksheet(MAIN);
    expect(main?.getCell('B5').value).toBe('表彰事業');
    expect(main?.getCell('D4').master.address).toBe('C3');
    expect(main?.getCell('B6').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B"'] });
    expect(main?.getCell('C9').formula).toBe('N(C10)-SUM(C11:C14)');
    expect(main?.getCell('C9').result).toBe(3);
    expect(main?.pageSetup.printArea).toBe('A1:E20');
    expect(wb.getWorksheet(OTHER)?.getCell('B2').value).toBe('その他');
  });

  it('replaces rather than duplicates a name written twice', async () => {
    const once = await writeDefinedNames(await excelJsWorkbook(), names);
    const moved = { name: 'ProjectName', localSheetId: 0, formula: formatNameRef(MAIN, 6, 2) };
    const twice = await writeDefinedNames(once, [moved]);
    const { names: read } = await readWorkbookNames(await JSZip.loadAsync(twice));
    expect(read.filter((name) => name.name === 'ProjectName')).toEqual([names[2], moved]);
  });

  it('works on an ArrayBuffer without Buffer, compressing with DEFLATE', async () => {
    const written = await writeDefinedNamesBytes(new Uint8Array(await excelJsWorkbook()).buffer, names);
    expect(written).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(written)).toBe(false);
    // A zip's first local file header stores its compression method at offset 8: 8 is DEFLATE, 0 is stored.
    expect(written[8]).toBe(8);
    expect(await workbookPart(written)).toContain('<definedName name="SeikaLayout" localSheetId="1">"project/1"</definedName>');
  });
});
