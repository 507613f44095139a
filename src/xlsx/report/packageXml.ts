// The report's package parts around its sheets: xl/workbook.xml (the sheets in tab order, each one's print area and
// rows repeated on every page as the defined names Excel and LibreOffice print by), its relationships,
// [Content_Types].xml, the package's relationships and docProps/core.xml. Written once the sheets are in the zip.
import { parseRange } from '../../core/cells';
import type { PageSetup } from '../../core/layout/drawing';
import { escapeXmlAttribute, formatNameRef, quoteSheetName } from '../definedNames';
import { xmlText } from './sheetXml';

export interface SheetEntry {
  title: string;
  page: PageSetup;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SPREADSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const sheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

/** The parts to add after the sheets, by path. */
export function packageParts(sheets: SheetEntry[], stylesXml: string, created: Date): Array<[string, string]> {
  return [
    ['xl/styles.xml', stylesXml],
    ['xl/workbook.xml', workbookXml(sheets)],
    ['xl/_rels/workbook.xml.rels', workbookRels(sheets.length)],
    ['[Content_Types].xml', contentTypes(sheets.length)],
    ['_rels/.rels', rels([['rId1', `${RELATIONSHIPS}/officeDocument`, 'xl/workbook.xml'], ['rId2', `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml']])],
    ['docProps/core.xml', coreXml(created)],
  ];
}

function workbookXml(sheets: SheetEntry[]): string {
  const entries = sheets.map((s, i) => `<sheet name="${escapeXmlAttribute(s.title)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join('');
  const names = sheets.flatMap((s, i) => printNames(s, i)).join('');
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${entries}</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`
  );
}

function printNames(s: SheetEntry, index: number): string[] {
  const { from, to } = parseRange(s.page.printArea);
  const name = (n: string, ref: string) => `<definedName name="_xlnm.${n}" localSheetId="${index}">${xmlText(ref)}</definedName>`;
  const area = name('Print_Area', formatNameRef(s.title, from.row, from.col, to.row, to.col));
  if (!s.page.printTitleRows) return [area];
  const [first, last] = s.page.printTitleRows.split(':');
  return [area, name('Print_Titles', `${quoteSheetName(s.title)}!$${first}:$${last}`)];
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i): [string, string, string] => [`rId${i + 2}`, `${RELATIONSHIPS}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  return rels([['rId1', `${RELATIONSHIPS}/styles`, 'styles.xml'], ...sheets]);
}

function rels(list: Array<[id: string, type: string, target: string]>): string {
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) => override(sheetPath(i), `${SPREADSHEET_TYPE}.worksheet+xml`)).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${override('xl/workbook.xml', `${SPREADSHEET_TYPE}.sheet.main+xml`)}${sheets}${override('xl/styles.xml', `${SPREADSHEET_TYPE}.styles+xml`)}` +
    `${override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')}</Types>`
  );
}

function coreXml(created: Date): string {
  const when = `${created.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>seika</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}
