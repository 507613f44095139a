import { parseDefinedNames } from './definedNames';
import { plainNamesBytes } from './plainNamesBytes';
import { workbookNamesOf, type WorkbookNames } from './workbookNames';
import { workbookParts } from './workbookParts';
import { japaneseText } from './zipParts';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="main" xmlns:r="r"><workbookPr date1904="1"/>' +
  '<sheets><sheet name="施策1-1" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/><sheet name="It&apos;s" sheetId="3" r:id="rId3"/></sheets>';
const TAIL = '<calcPr calcId="171027"/></workbook>';
const RELS =
  '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" ' +
  'Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="x/worksheet" Target="worksheets/sheet3.xml"/></Relationships>';

const name = (n: string, formula: string, scope?: number, hidden?: string) =>
  `<definedName name="${n}"${scope === undefined ? '' : ` localSheetId="${scope}"`}${hidden ? ` hidden="${hidden}"` : ''}>${formula}</definedName>`;
const workbook = (...names: string[]) => `${HEAD}<definedNames>${names.join('')}</definedNames>${TAIL}`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the reader takes from a workbook's names, comparable with toEqual. */
function seen(names: WorkbookNames, asked: string[]) {
  return {
    sheets: [...names.sheets].map(([id, own]) => [id, [...own.byName], own.refs]),
    workbook: asked.map((n) => names.formulaOf(n)),
  };
}

/** The general path's reading of the same bytes, as readWorkbook makes it. */
function general(bytes: Uint8Array) {
  const xml = japaneseText(bytes);
  return { names: workbookNamesOf(parseDefinedNames(xml)), parts: workbookParts(xml, RELS) };
}

const ASKED = ['SeikaFormat', 'SeikaReportYear', 'Other', 'ProjectName'];

/** The byte path gives what the general path gives, or leaves the workbook to it; `plain` says which is expected. */
function expectSame(bytes: Uint8Array, plain: boolean) {
  const fast = plainNamesBytes(bytes);
  expect(fast !== undefined).toBe(plain);
  if (!fast) return;
  const slow = general(bytes);
  expect(seen(fast.names, ASKED)).toEqual(seen(slow.names, ASKED));
  expect(workbookParts(fast.xml, RELS)).toEqual(slow.parts);
}

describe('plainNamesBytes', () => {
  it.each([
    ['quoted Japanese sheets, in either quote', name('ProjectName', "'施策1-1'!$C$5", 0) + name('Budget_1', '&apos;施策1-1&apos;!$D$9', 0)],
    ['bare sheets and lower-case columns', name('A', 'Sheet2!$B$5', 1) + name('B', 'Sheet2!$aa$10', 1) + name('C', 'Sheet_2.x!$XFD$1048576', 1)],
    ['print areas, constants and workbook names', name('_xlnm.Print_Area', '&apos;施策1-1&apos;!$A1:$H44', 0) + name('SeikaLayout', '"project/1"', 0) + name('SeikaFormat', '"komoro/1"') + name('SeikaReportYear', '2024')],
    ['a doubled quote and other entities', name('A', '&apos;It&apos;&apos;s&apos;!$B$5', 2) + name('B', "'R&amp;D'!$A$1", 2) + name('C', "'S'!&#36;A$1", 2)],
    ['references past the edge or not of a cell', name('A', "'S'!$XFE$1", 0) + name('B', "'S'!$A$0", 0) + name('C', "'S'!$A$12345678", 0) + name('D', "'S'!$ABCD$1", 0) + name('E', "''!$A$1", 0) + name('F', '#REF!', 0) + name('G', "'S'!$A$1:$B$2", 0)],
    ['odd formulas', name('A', " 'S'!$A$1", 0) + name('B', "='S'!$A$1", 0) + name('C', 'S!A1', 0) + name('D', "'S'!$A$1 ", 0) + name('E', '事務事業!$AA$10', 0) + name('F', '　S!$A$1', 0) + name('G', '', 0)],
    ['non-ASCII names and a sheet starting with U+FEFF', name('名前', "'施策1-1'!$C$5", 0) + name('B', "'\uFEFFS'!$A$1", 0)],
    ['hidden, scopes out of order, a name twice', name('A', "'S'!$A$1", 1, '1') + name('B', "'S'!$A$2", 0, 'false') + name('A', "'S'!$A$3", 1) + name('Other', '1') + name('Other', '2') + name('C', "'S'!$A$4", 7, 'true')],
    ['long scopes', name('A', "'S'!$A$1", 123456789) + name('B', "'S'!$A$1", 7)],
    ['areas and cells without $', name('A', "'S'!B7:A5", 0) + name('B', 'Sheet2!$A1:$H44', 1) + name('C', "'S'!A1", 0) + name('D', "'S'!$A$1:", 0) + name('E', "'S'!$A$1:$XFE$2", 0) + name('F', "'S'!$A$1:$B$2:$C$3", 0) + name('G', "'S'!$A$0:$B$2", 0) + name('H', "'S'!A00000001", 0)],
    ['string constants', name('A', '""', 0) + name('B', '"', 0) + name('C', '"a""b"', 0) + name('D', '"x" ', 0) + name('E', '"R&amp;D"', 0) + name('F', '"施策"', 0) + name('G', '"a"b"', 0)],
    ['one sheet after another, of the same length', name('A', "'施策1-1'!$A$1", 0) + name('B', "'施策1-2'!$A$1", 1) + name('C', "'施策1-2'!$A$2", 1) + name('D', "'施策1-1'!$A$3", 0)],
    ['a sheet named as the last one and more, quoted or not', name('A', "'施策1-1'!$A$1", 0) + name('B', "'施策1-10'!$A$1", 0) + name('C', "'施策1-1'!$A$2", 0) + name('D', 'S1!$A$1', 1) + name('E', "'S1'!$A$1", 1) + name('F', 'S1x!$A$1', 1) + name('G', "'S1 x'!$A$1", 1) + name('H', 'S1 x!$A$1', 1) + name('I', 'S1!$A$1', 1) + name('J', 'S1 x!$A$1', 1) + name('K', "'#S'!$A$1", 1) + name('L', '#S!$A$1', 1)],
    [
      'print areas, then each scope naming its sheet, another sheet or one that starts as its sheet does',
      name('_xlnm.Print_Area', '&apos;施策1-1&apos;!$A1:$H44', 0) + name('_xlnm.Print_Area', '&apos;施策1-10&apos;!$A1:$H30', 1) + name('_xlnm.Print_Area', 'S1!$A1:$H30', 2) +
        name('A', "'施策1-1'!$B$2", 0) + name('B', "'施策1-10'!$B$3", 0) + name('C', "'施策1-1'!$B$4", 0) + name('A', "'施策1-1'!$B$5", 1) + name('B', "'施策1-10'!$B$6", 1) +
        name('A', 'S1!$B$7', 2) + name('B', "'S1'!$B$8", 2) + name('C', 'S10!$B$9', 2) + name('D', 'S1!$B$10', 0),
    ],
  ])('reads %s as the general path does', (_what, names) => {
    expectSame(utf8(workbook(names)), true);
    expectSame(utf8(`\uFEFF${workbook(names)}`), true);
  });

  it('reads a workbook with no names, or an empty section, as the general path does', () => {
    expectSame(utf8(workbook()), true);
  });

  it.each([
    ['a prefix', workbook().replace('<definedNames></definedNames>', `<x:definedNames>${name('A', "'S'!$A$1", 0)}</x:definedNames>`)],
    ['an entity in a name', workbook(name('R&amp;D', "'S'!$A$1", 0))],
    ['space between names', workbook(name('A', "'S'!$A$1", 0), '\n', name('B', "'S'!$A$2", 0))],
    ['another attribute', workbook('<definedName name="A" comment="c" localSheetId="0">\'S\'!$A$1</definedName>')],
    ['hidden before localSheetId', workbook('<definedName name="A" hidden="1" localSheetId="0">\'S\'!$A$1</definedName>')],
    ['a scope of ten digits', workbook(name('A', "'S'!$A$1", 1234567890))],
    ['a hidden of another value', workbook(name('A', "'S'!$A$1", 0, 'yes'))],
    ['a self-closing section', `${HEAD}<definedNames/>${TAIL}`],
    ['no section', `${HEAD}${TAIL}`],
    ['markup inside a formula', workbook(name('A', "<b>'S'!$A$1</b>", 0))],
    ['a second section after the first', `${workbook(name('A', "'S'!$A$1", 0))}<extLst><definedNames></definedNames></extLst>`],
    ['an unfinished name', `${HEAD}<definedNames><definedName name="A" localSheetId="0">'S'!$A$1</definedNames>${TAIL}`],
  ])('leaves %s to the general path', (_what, xml) => {
    expectSame(utf8(xml), false);
  });

  it('leaves a sheet or name that is not UTF-8 to the general path, which reads the whole part', () => {
    const [before, after] = workbook(name('A', "'S!'!$A$1", 0)).split('S!');
    const broken = new Uint8Array([...utf8(before), 0xe6, 0x96, ...utf8(after)]);
    expectSame(broken, false);
    expect(seen(general(broken).names, []).sheets).toEqual([[0, [['A', { sheet: '\uFFFD', from: { row: 1, col: 1 }, to: { row: 1, col: 1 } }]], [{ sheet: '\uFFFD', from: { row: 1, col: 1 }, to: { row: 1, col: 1 } }]]]);
  });

  it('reads names that follow one another otherwise than in the workbooks read before as the general path does', () => {
    const names = (...given: string[]) => utf8(workbook(...given.map((n, i) => name(n, `'S'!$A$${i + 1}`, 0))));
    expectSame(names('A', 'BC', 'D', 'A', 'BC', 'D'), true);
    expectSame(names('A', 'B', 'D', 'A', 'BCD', 'BC', 'D'), true);
    expectSame(names('A', 'BC', 'D', 'A', 'B&amp;C'), false);
    expectSame(names('BC', 'A', 'BC', 'BC', 'D', 'A'), true);
  });

  it('gives names and sheets of the same length read one after another their own texts', () => {
    const first = plainNamesBytes(utf8(workbook(name('Aa', "'施策1-1'!$A$1", 0))));
    const second = plainNamesBytes(utf8(workbook(name('BB', "'施策1-2'!$A$1", 0))));
    expect([...(first?.names.sheets.get(0)?.byName ?? [])]).toEqual([['Aa', { sheet: '施策1-1', from: { row: 1, col: 1 }, to: { row: 1, col: 1 } }]]);
    expect([...(second?.names.sheets.get(0)?.byName ?? [])]).toEqual([['BB', { sheet: '施策1-2', from: { row: 1, col: 1 }, to: { row: 1, col: 1 } }]]);
  });
});

describe('plainNamesBytes, names repeating the last name read of their scope', () => {
  // A template's sheet: its names in the same order in every workbook, each repeating its scope and sheet.
  const sheetNames = (scope: number, sheet: string, formulas: (string | undefined)[] = [], hidden?: string) =>
    ['Layout', 'Year', 'Name', 'Sum_1', 'Sum_2', 'State', 'By'].map((n, i) =>
      name(n, formulas[i] ?? (n === 'Layout' ? '"project/1"' : n === 'State' ? '"作成中"' : n === 'By' ? '""' : `'${sheet}'!$${'ABCDEFG'[i]}$${i + 3}`), scope, hidden),
    );

  it.each([
    ['as the template wrote them', sheetNames(0, '施策1-1')],
    ['on several sheets, quoted either way', [...sheetNames(0, '施策1-1'), ...sheetNames(1, '事業1-2', [, '&apos;事業1-2&apos;!$H$1']), ...sheetNames(12, 'S12')]],
    ['moved, as rows inserted above move them', sheetNames(0, '施策1-1', [, , "'施策1-1'!$C$40", "'施策1-1'!$XFD$1048576"])],
    ['past the edge, as areas, without $ or of another shape', sheetNames(0, 'S', [, , "'S'!$C$0", "'S'!$D$1:$E$2", "'S'!E5", "'S'!$E$5 ", '#REF!'])],
    ['on another sheet, of another scope, or hidden', [...sheetNames(0, 'S', [, , "'T'!$C$5", 'T!$D$6', "'S'!$E$7"]), ...sheetNames(10, 'S'), ...sheetNames(1, 'S')]],
    ['hidden, or with another constant', [...sheetNames(0, 'S', [, , , , , '"提出済"', '"a&amp;b"'], '1'), ...sheetNames(1, 'S', [, , , , , '"', '"a""b"'])]],
    ['with a name of the same shape in between, or left out', [...sheetNames(0, 'S').slice(0, 3), name('Other', "'S'!$A$1", 0), ...sheetNames(0, 'S').slice(4)]],
    ['as a workbook name, or between scopes', [...sheetNames(0, 'S').slice(0, 3), name('Sum_1', "'S'!$A$1"), ...sheetNames(1, 'S').slice(4)]],
  ])('reads them %s as the general path does', (_what, names) => {
    expectSame(utf8(workbook(...sheetNames(0, '施策1-1'), ...sheetNames(1, '施策1-1'))), true);
    expectSame(utf8(workbook(...names)), true);
    expectSame(utf8(workbook(...names)), true);
  });

  it('reads a part ending within a name it would repeat as the general path does', () => {
    const full = workbook(...sheetNames(0, 'S'));
    expectSame(utf8(full), true);
    const last = full.lastIndexOf('</definedName>');
    for (const cut of [last - 3, last + 5]) expectSame(utf8(`${full.slice(0, cut)}</definedNames>`), false);
  });

  it('leaves a name it would repeat but for its end tag to the general path', () => {
    const names = sheetNames(0, 'S');
    expectSame(utf8(workbook(...names)), true);
    for (const end of ['</definedNameX>', '<x/></definedName>', '</definedNames>']) {
      expectSame(utf8(workbook(...names.slice(0, 3), names[3].replace('</definedName>', end), ...names.slice(4))), false);
      expectSame(utf8(workbook(...names.slice(0, 6), names[6].replace('</definedName>', end))), false);
    }
  });
});
