// Cell values as the reader takes them from a sheet's XML: every shape Excel and other tools write.
import { parseDateStyles } from './numberFormats';
import { parseSharedStrings } from './sharedStrings';
import { SheetValues, type CellContext } from './sheetCells';
import { SheetSlimmer } from './slimSheet';
import { XmlError, scanXml } from './xmlScan';

const STYLES = `<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="180" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="3"><alignment/></xf><xf numFmtId="180"/></cellXfs></styleSheet>`;
const STRINGS = `<sst xmlns="m"><si><t>事業費</t></si><si><r><rPr><b/></rPr><t>太字</t></r><r><t xml:space="preserve"> と普通</t></r></si>
<si><t>小諸</t><rPh sb="0" eb="2"><t>コモロ</t></rPh></si><si><t>改行_x000D_あり</t></si><si><t/></si></sst>`;

function cells(rowsXml: string, date1904 = false): Record<string, unknown> {
  const slimmer = new SheetSlimmer({ rows: 50, cols: 26, cells: new Set() });
  slimmer.push(`<worksheet xmlns="m"><sheetData>${rowsXml}</sheetData></worksheet>`);
  const context: CellContext = { sharedStrings: parseSharedStrings(STRINGS), dateStyles: () => parseDateStyles(STYLES), date1904 };
  const values = new SheetValues(slimmer.finish().cells, context);
  return Object.fromEntries(values.places().map(({ row, col }) => [`${row}:${col}`, values.at(row, col)]));
}

it('reads shared strings, rich text without its phonetic guide, and Excel escapes', () => {
  expect(parseSharedStrings(STRINGS)).toEqual(['事業費', '太字 と普通', '小諸', '改行\rあり', '']);
  expect(cells('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>4</v></c></row>')).toEqual({ '1:1': { value: '太字 と普通' }, '1:2': { value: null } });
});

it('reads shared strings as Excel writes them by hand, giving what the scanner gives', () => {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="m" count="9" uniqueCount="9">';
  const items = [
    '<si><t>事業費</t></si>',
    '<si><t xml:space="preserve"> 前後 </t></si>',
    '<si><t>A&amp;B &#x41;&lt;</t></si>',
    '<si><r><rPr><b/></rPr><t>太字</t></r><r><t>普通</t></r></si>',
    '<si><t>小諸</t><rPh sb="0" eb="2"><t>コモロ</t></rPh><phoneticPr fontId="1"/></si>',
    '<si><t>改行_x000D_あり</t></si>',
    '<si><t/></si>',
    '<si><t></t></si>',
    '<si><t><![CDATA[</si>]]></t></si>',
  ];
  const expected = ['事業費', ' 前後 ', 'A&B A<', '太字普通', '小諸', '改行\rあり', '', '', '</si>'];
  expect(parseSharedStrings(`${head}${items.join('')}</sst>\n`)).toEqual(expected);
  // A newline between items is a shape the hand path leaves to the scanner.
  expect(parseSharedStrings(`${head}${items.join('\n')}</sst>`)).toEqual(expected);
  expect(() => parseSharedStrings(`${head}<si><t>a &bad; b</t></si></sst>`)).toThrow('an unknown entity');
  expect(() => parseSharedStrings(`${head}<si><t>a</t></si>`)).toThrow('<sst> is not closed');
  expect(() => parseSharedStrings(`${head}<si><t>a</t></si></sst><si>`)).toThrow('<si> is not closed');
  expect(() => parseSharedStrings(`${head}<si><r><t>a</t></si></sst>`)).toThrow('</si> closes <r>');
});

it('reads inline strings, numbers stored as text, booleans and error values', () => {
  const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>141,244</t></is></c><c r="B2" t="str"><v>0123</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2" s="2"><v>-3760.5</v></c></row>';
  expect(cells(row)).toEqual({ '2:1': { value: '141,244' }, '2:2': { value: '0123' }, '2:3': { value: 'TRUE' }, '2:4': { value: null, error: '#DIV/0!' }, '2:5': { value: -3760.5 } });
});

it('reads a number in a date format as a date, counting from 1904 when the workbook does', () => {
  const row = '<row r="3"><c r="A3" s="1"><v>43556</v></c><c r="B3" s="3"><v>43556</v></c></row>';
  expect(cells(row)).toEqual({ '3:1': { value: '2019-04-01', date: true }, '3:2': { value: '2019-04-01', date: true } });
  expect(cells('<row r="3"><c r="A3" s="1"><v>42094</v></c></row>', true)).toEqual({ '3:1': { value: '2019-04-01', date: true } });
});

it('reads a formula with its cached result, and a shared formula as it reads in each cell', () => {
  const rows =
    '<row r="4"><c r="A4" t="e"><f>G10/0</f><v>#DIV/0!</v></c><c r="B4"><f t="shared" ref="B4:B5" si="0">[1]Sheet1!A4*2</f><v>0</v></c></row>' +
    '<row r="5"><c r="B5"><f t="shared" si="0"/><v>6</v></c><c r="C5" t="str"><f>A1&amp;"円"</f><v>事業費円</v></c><c r="D5"><f>SUM(A1:A2)</f></c></row>';
  expect(cells(rows)).toEqual({
    '4:1': { value: null, error: '#DIV/0!', formula: 'G10/0' },
    '4:2': { value: 0, formula: '[1]Sheet1!A4*2' },
    '5:2': { value: 6, formula: '[1]Sheet1!A5*2' },
    '5:3': { value: '事業費円', formula: 'A1&"円"' },
    '5:4': { value: null, formula: 'SUM(A1:A2)' },
  });
});

it('refuses a cell that is not well-formed, or a shared string that is not there', () => {
  expect(() => cells('<row r="1"><c r="A1" t="s"><v>1</v></v></c></row>')).toThrow('</v> closes <c>');
  expect(() => cells('<row r="1"><c r="A1" t="s"><v>99</v></c></row>')).toThrow('shared string 99');
});

it('refuses a DOCTYPE and unknown entities rather than expanding them', () => {
  const events = { open: () => undefined, close: () => undefined, text: () => undefined };
  expect(() => scanXml('<!DOCTYPE sst [<!ENTITY a "b">]><sst/>', events)).toThrow(XmlError);
  expect(() => scanXml('<sst><si><t>&a;</t></si></sst>', events)).toThrow(XmlError);
  expect(() => scanXml('<sst><si>', events)).toThrow('<si> is not closed');
});

it('reads a tag name up to its first white space, and refuses one that is not all [\\w.:-]', () => {
  const seen: string[] = [];
  const events = { open: (name: string, attributes: string) => void seen.push(`${name}|${attributes}`), close: () => undefined, text: () => undefined };
  scanXml('<x:a-1.b\tk="v"><c/><d\u3000e="f"></d><g></g></x:a-1.b>', events);
  expect(seen).toEqual(['a-1.b|\tk="v"', 'c|', 'd|\u3000e="f"', 'g|']);
  for (const bad of ['<>', '< a></a>', '<a/ >', '<a"b></a"b>', '<事業></事業>', '<a=b></a=b>']) expect(() => scanXml(bad, events)).toThrow('a bad tag name at 0');
});
