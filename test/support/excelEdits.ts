// Edits an .xlsx the way Excel's own commands do, so tests can prove our reader still finds every field afterwards.
// Only what our templates contain is covered: tables, drawings, pivot caches and calcChain.xml are left untouched.
import JSZip from 'jszip';
import {
  DefinedName,
  decodeXmlEntities,
  escapeXmlAttribute,
  escapeXmlText,
  parseWorkbookXml,
  parseXmlAttributes,
  quoteSheetName,
  replaceDefinedNames,
} from '../../src/xlsx/definedNames';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

const ATTRIBUTES = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const ATTRIBUTE = /(\s+)([\w:.-]+)(\s*=\s*)(["'])([\s\S]*?)\4/g;
const START_TAG = new RegExp(String.raw`<((?:[\w.-]+:)?)([\w.-]+)${ATTRIBUTES}(/?>)`, 'g');
// Elements whose text is a formula or a list of areas; `xm:` ones live in the x14 extensions.
const FORMULA_ELEMENT = new RegExp(
  String.raw`(<((?:[\w.-]+:)?(?:f|formula|formula1|formula2|sqref))${ATTRIBUTES}>)([\s\S]*?)(</\2\s*>)`,
  'g',
);
// The attributes Excel moves when rows are inserted above them.
const POSITION_ATTRIBUTES = new Map([
  ['row', 'r'],
  ['c', 'r'],
  ['f', 'ref'],
  ['dimension', 'ref'],
  ['mergeCell', 'ref'],
  ['hyperlink', 'ref'],
  ['dataValidation', 'sqref'],
  ['conditionalFormatting', 'sqref'],
]);

// A string literal (kept as it is), or an optionally sheet-qualified A1 area or row range. The look-arounds keep
// function names (LOG10), defined names (Tax2019x), external books ([1]Sheet1!A1), 3-D ranges and areas behind a
// qualifier we could not read out. A lone quote inside a quoted sheet name is how ExcelJS writes `'It's'!$A1`.
const REFERENCE = new RegExp(
  String.raw`"(?:[^"]|"")*"|` +
    String.raw`(?<![\w.$:!'\]\u0080-\uffff])(?:'((?:[^']|''|'(?!!))+)'!|([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)!)?` +
    String.raw`(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)(?![\w.(!\u0080-\uffff])`,
  'g',
);

interface Tag {
  text: string;
  index: number;
  attributes: Map<string, string>;
}

interface SheetPart {
  name: string;
  index: number;
  tag: Tag;
  /** `r:id` in practice, but the prefix is whatever the file bound to the relationships namespace. */
  relationshipAttribute: string;
  relationship: Tag;
  path: string;
}

interface Package {
  zip: JSZip;
  workbook: string;
  relationships: string;
  sheets: SheetPart[];
}

type ReferenceRewrite = (sheet: string | undefined, area: string) => { sheet: string | undefined; area: string };

/** Excel's "Move or Copy… → Create a copy", placing the copy right after the source. */
export async function copySheetLikeExcel(xlsx: Buffer, sheetName: string, newName: string): Promise<Buffer> {
  const pkg = await openPackage(xlsx);
  const source = findSheet(pkg, sheetName);
  if (pkg.sheets.some((sheet) => sameSheetName(sheet.name, newName))) throw new Error(`${newName} already exists`);
  const path = unusedWorksheetPath(pkg.zip, source.path);
  await copyWorksheetPart(pkg.zip, source.path, path);
  const relationshipId = unusedRelationshipId(pkg.relationships);
  pkg.zip.file(WORKBOOK_RELS, insertBeforeRootEnd(pkg.relationships, copiedRelationship(source, relationshipId, path)));
  pkg.zip.file(CONTENT_TYPES, await withCopiedOverride(pkg.zip, source.path, path));
  const workbook = insertSheetTag(pkg, source, newName, relationshipId);
  const names = namesAfterCopy(parseWorkbookXml(pkg.workbook).names, source, newName);
  pkg.zip.file(WORKBOOK, replaceDefinedNames(workbook, names));
  return generate(pkg.zip);
}

/** Excel's "Insert rows" above `beforeRow`: everything at or below it moves down, and so does every reference to it. */
export async function insertRowsLikeExcel(
  xlsx: Buffer,
  sheetName: string,
  beforeRow: number,
  count: number,
): Promise<Buffer> {
  const pkg = await openPackage(xlsx);
  const target = findSheet(pkg, sheetName);
  const shiftFrom = (ownSheet: string | undefined) => rowShift(target.name, ownSheet, beforeRow, count);
  for (const sheet of pkg.sheets) {
    const formulasShifted = rewriteFormulaElements(await readPart(pkg.zip, sheet.path), shiftFrom(sheet.name));
    const xml = sheet === target ? shiftPositions(formulasShifted, beforeRow, count) : formulasShifted;
    pkg.zip.file(sheet.path, xml);
  }
  const names = parseWorkbookXml(pkg.workbook).names.map((name) => ({
    ...name,
    formula: rewriteReferences(name.formula, shiftFrom(undefined)),
  }));
  pkg.zip.file(WORKBOOK, replaceDefinedNames(pkg.workbook, names));
  return generate(pkg.zip);
}

async function openPackage(xlsx: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await readPart(zip, WORKBOOK);
  const relationships = await readPart(zip, WORKBOOK_RELS);
  const relationshipTags = tags(relationships, 'Relationship');
  const sheetsSection = /<(?:[\w.-]+:)?sheets[\s>][\s\S]*?<\/(?:[\w.-]+:)?sheets\s*>/.exec(workbook);
  const sheetTags = sheetsSection ? tags(sheetsSection[0], 'sheet', sheetsSection.index) : [];
  const sheets = sheetTags.map((tag, index) => toSheetPart(tag, index, relationshipTags));
  return { zip, workbook, relationships, sheets };
}

function toSheetPart(tag: Tag, index: number, relationshipTags: Tag[]): SheetPart {
  const name = tag.attributes.get('name') ?? '';
  const relationshipAttribute = [...tag.attributes.keys()].find((key) => /^[\w.-]+:id$/.test(key));
  const id = relationshipAttribute && tag.attributes.get(relationshipAttribute);
  const relationship = relationshipTags.find((rel) => rel.attributes.get('Id') === id);
  if (!relationshipAttribute || !relationship) throw new Error(`sheet ${name} has no relationship in ${WORKBOOK_RELS}`);
  const path = resolveTarget('xl', relationship.attributes.get('Target') ?? '');
  return { name, index, tag, relationshipAttribute, relationship, path };
}

function tags(xml: string, localName: string, offset = 0): Tag[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}${ATTRIBUTES}/?>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({
    text: m[0],
    index: offset + m.index,
    attributes: parseXmlAttributes(m[1]),
  }));
}

/** Relationship targets are relative to the source part's folder unless they start with '/'. */
function resolveTarget(baseFolder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : baseFolder.split('/');
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function findSheet(pkg: Package, sheetName: string): SheetPart {
  const sheet = pkg.sheets.find((candidate) => sameSheetName(candidate.name, sheetName));
  if (!sheet) throw new Error(`no sheet named ${sheetName}`);
  return sheet;
}

/** Excel treats sheet names case-insensitively, in formulas as well as in the tab bar. */
function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

async function readPart(zip: JSZip, path: string): Promise<string> {
  const part = zip.file(path);
  if (!part) throw new Error(`${path} is missing from the package`);
  return part.async('string');
}

function generate(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function insertBeforeRootEnd(xml: string, content: string): string {
  const rootEnd = xml.lastIndexOf('</');
  return xml.slice(0, rootEnd) + content + xml.slice(rootEnd);
}

/** Rewrites the named attributes of one start tag, leaving its other attributes and quoting as they were. */
function setAttributes(tag: string, values: Record<string, string>): string {
  return tag.replace(ATTRIBUTE, (whole: string, space: string, name: string, equals: string) =>
    Object.hasOwn(values, name) ? `${space}${name}${equals}"${escapeXmlAttribute(values[name])}"` : whole,
  );
}

function unusedWorksheetPath(zip: JSZip, sourcePath: string): string {
  const folder = sourcePath.slice(0, sourcePath.lastIndexOf('/'));
  let n = 1;
  while (zip.file(`${folder}/sheet${n}.xml`)) n++;
  return `${folder}/sheet${n}.xml`;
}

function partRelationshipsPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** The copy shares the source's related parts (hyperlink targets, printer settings) exactly as its rels name them. */
async function copyWorksheetPart(zip: JSZip, sourcePath: string, path: string): Promise<void> {
  zip.file(path, await readPart(zip, sourcePath));
  const relationships = zip.file(partRelationshipsPath(sourcePath));
  if (relationships) zip.file(partRelationshipsPath(path), await relationships.async('string'));
}

function unusedRelationshipId(relationships: string): string {
  const ids = new Set(tags(relationships, 'Relationship').map((rel) => rel.attributes.get('Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function copiedRelationship(source: SheetPart, id: string, path: string): string {
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const target = (source.relationship.attributes.get('Target') ?? '').replace(/[^/]*$/, fileName);
  return setAttributes(source.relationship.text, { Id: id, Target: target });
}

async function withCopiedOverride(zip: JSZip, sourcePath: string, path: string): Promise<string> {
  const contentTypes = await readPart(zip, CONTENT_TYPES);
  const override = tags(contentTypes, 'Override').find((tag) => tag.attributes.get('PartName') === `/${sourcePath}`);
  if (!override) throw new Error(`${CONTENT_TYPES} declares no content type for /${sourcePath}`);
  return insertBeforeRootEnd(contentTypes, setAttributes(override.text, { PartName: `/${path}` }));
}

function insertSheetTag(pkg: Package, source: SheetPart, newName: string, relationshipId: string): string {
  const sheetId = Math.max(...pkg.sheets.map((sheet) => Number(sheet.tag.attributes.get('sheetId')))) + 1;
  const tag = setAttributes(source.tag.text, {
    name: newName,
    sheetId: String(sheetId),
    [source.relationshipAttribute]: relationshipId,
  });
  const after = source.tag.index + source.tag.text.length;
  return pkg.workbook.slice(0, after) + tag + pkg.workbook.slice(after);
}

/** The copy gets the source's sheet-scoped names, and every later sheet's names move up one position with it. */
function namesAfterCopy(names: DefinedName[], source: SheetPart, newName: string): DefinedName[] {
  const renameSheet: ReferenceRewrite = (sheet, area) => ({
    sheet: sheet !== undefined && sameSheetName(sheet, source.name) ? newName : sheet,
    area,
  });
  return names.flatMap((name) => {
    if (name.localSheetId === undefined || name.localSheetId < source.index) return [name];
    if (name.localSheetId > source.index) return [{ ...name, localSheetId: name.localSheetId + 1 }];
    const copy = { ...name, localSheetId: source.index + 1, formula: rewriteReferences(name.formula, renameSheet) };
    return [name, copy];
  });
}

/** Unqualified references belong to the formula's own sheet; workbook-level formulas have none. */
function rowShift(target: string, ownSheet: string | undefined, beforeRow: number, count: number): ReferenceRewrite {
  return (sheet, area) => {
    const home = sheet ?? ownSheet;
    const moves = home !== undefined && sameSheetName(home, target);
    return { sheet, area: moves ? shiftArea(area, beforeRow, count) : area };
  };
}

function shiftArea(area: string, beforeRow: number, count: number): string {
  return area.replace(/(\$?[A-Za-z]*\$?)(\d+)/g, (_whole: string, column: string, row: string) => {
    const n = Number(row);
    return column + (n >= beforeRow ? n + count : n);
  });
}

function rewriteReferences(formula: string, rewrite: ReferenceRewrite): string {
  return formula.replace(
    REFERENCE,
    (token: string, quoted: string | undefined, bare: string | undefined, area: string | undefined) => {
      if (area === undefined) return token;
      const sheet = quoted === undefined ? bare : quoted.replace(/''/g, "'");
      const next = rewrite(sheet, area);
      if (next.sheet === sheet && next.area === area) return token;
      return qualifierFor(token, sheet, area, next.sheet) + next.area;
    },
  );
}

/** An unchanged qualifier keeps its original spelling, quoted or not. */
function qualifierFor(token: string, sheet: string | undefined, area: string, nextSheet: string | undefined): string {
  if (nextSheet === sheet) return token.slice(0, token.length - area.length);
  return nextSheet === undefined ? '' : `${quoteSheetName(nextSheet)}!`;
}

function rewriteFormulaElements(xml: string, rewrite: ReferenceRewrite): string {
  return xml.replace(
    FORMULA_ELEMENT,
    (_whole: string, open: string, _tag: string, _attributes: string, text: string, close: string) =>
      open + escapeXmlText(rewriteReferences(decodeXmlEntities(text), rewrite)) + close,
  );
}

function shiftPositions(sheetXml: string, beforeRow: number, count: number): string {
  return sheetXml.replace(START_TAG, (tag: string, _prefix: string, localName: string) => {
    const attribute = POSITION_ATTRIBUTES.get(localName);
    if (attribute === undefined) return tag;
    const value = parseXmlAttributes(tag).get(attribute);
    return value === undefined ? tag : setAttributes(tag, { [attribute]: shiftArea(value, beforeRow, count) });
  });
}

/** Excel's "Rename" of a tab: the sheet entry and every defined name that points at it follow the new name. */
export async function renameSheetLikeExcel(xlsx: Buffer, sheetName: string, newName: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file(WORKBOOK)!.async('string');
  const { names } = parseWorkbookXml(workbook);
  const qualifiers = [`${quoteSheetName(sheetName)}!`, `${sheetName}!`];
  const renamedNames = names.map((n) => ({ ...n, formula: qualifiers.reduce((f, q) => f.split(q).join(`${quoteSheetName(newName)}!`), n.formula) }));
  const renamedSheet = workbook.replace(`name="${escapeXmlAttribute(sheetName)}"`, `name="${escapeXmlAttribute(newName)}"`);
  zip.file(WORKBOOK, replaceDefinedNames(renamedSheet, renamedNames));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** What Excel leaves in a cell whose reference was deleted: the error value itself (t="e"), e.g. #REF!. */
export async function putErrorValueLikeExcel(xlsx: Buffer, sheetName: string, address: string, error: string): Promise<Buffer> {
  const pkg = await openPackage(xlsx);
  const part = findSheet(pkg, sheetName);
  const xml = await readPart(pkg.zip, part.path);
  const cell = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const match = cell.exec(xml);
  if (!match) throw new Error(`no cell ${address} on ${sheetName}`);
  const style = /\ss="\d+"/.exec(match[1])?.[0] ?? '';
  pkg.zip.file(part.path, xml.replace(cell, `<c r="${address}"${style} t="e"><v>${escapeXmlText(error)}</v></c>`));
  return generate(pkg.zip);
}
