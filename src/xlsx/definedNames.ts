// Reads and writes defined names in xl/workbook.xml directly, because ExcelJS drops sheet-scoped and constant names.
import type JSZip from 'jszip';
import { colLetters } from '../core/cells';
import { detached } from './detached';
import { loadJsZip } from './lazyLibraries';
export { parseNameRef, type NameRef } from '../core/nameRef';

export interface DefinedName {
  name: string;
  /** Position of the owning sheet in <sheets>; absent for a workbook-scoped name. */
  localSheetId?: number;
  /** The text inside <definedName>, unescaped: `Sheet1!$B$5`, `"project/1"`, `#REF!`. */
  formula: string;
  hidden?: boolean;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheetEntry {
  name: string;
  /** Position in <sheets>, which is what localSheetId counts (not sheetId). */
  index: number;
  state?: SheetState;
}

const WORKBOOK_PART = 'xl/workbook.xml';
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// Some producers (the Open XML SDK) write `<x:workbook>`, so every element may carry a namespace prefix.
const PREFIX = String.raw`(?:[\w.-]+:)?`;
// Matching attributes one by one (rather than [^>]*) keeps a '>' or '/' inside a quoted value from ending the tag.
const ATTRIBUTES = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

// CT_Workbook is a sequence: a new <definedNames> must precede the first of these to stay schema-valid.
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

// Excel refuses (and "repairs" away) names that could be read as a cell in A1 or R1C1 style, or as a boolean.
const REFERENCE_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*|TRUE|FALSE)$/i;
const NAME_SYNTAX = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;
const BARE_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;


const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export async function readWorkbookNames(zip: JSZip): Promise<{ sheets: WorkbookSheetEntry[]; names: DefinedName[] }> {
  return parseWorkbookXml(await readWorkbookXml(zip));
}

export function parseWorkbookXml(workbookXml: string): { sheets: WorkbookSheetEntry[]; names: DefinedName[] } {
  const sheets = [...sectionContent(workbookXml, 'sheets').matchAll(elementPattern('sheet'))].map((m, index) =>
    toSheetEntry(parseXmlAttributes(m[2]), index),
  );
  return { sheets, names: parseDefinedNames(workbookXml) };
}

/** The workbook's defined names in the order written: what a reader needs of workbook.xml besides its sheets' parts. */
export function parseDefinedNames(workbookXml: string): DefinedName[] {
  return plainDefinedNames(workbookXml) ?? generalDefinedNames(workbookXml);
}

function generalDefinedNames(workbookXml: string): DefinedName[] {
  const names: DefinedName[] = [];
  const section = sectionContent(workbookXml, 'definedNames');
  const element = new RegExp(`${PLAIN_DEFINED_NAME.source}|${elementPattern('definedName', 5).source}`, 'g');
  for (let m = element.exec(section); m; m = element.exec(section)) {
    names.push(m[1] !== undefined ? plainDefinedName(m) : toDefinedName(m[6], m[7]));
  }
  return names;
}

/**
 * The shape Excel and ExcelJS write a name in, matched before the general pattern (it is most of the cost of a
 * workbook of 1,000 names, parsing each one's attributes): no prefix, `name` (nothing to unescape) then
 * `localSheetId` then `hidden`, a formula without markup. Where it matches, the general pattern gives the same.
 * Captures 1 name, 2 localSheetId, 3 hidden, 4 formula.
 */
const PLAIN_DEFINED_NAME = /<definedName name="([^"&<]*)"(?: localSheetId="(\d{1,9})")?(?: hidden="(1|true|0|false)")?>([^<]*)<\/definedName>/;

function plainDefinedName(m: RegExpExecArray): DefinedName {
  const name: DefinedName = { name: detached(m[1]), formula: detached(decodeXmlEntities(m[4])) };
  if (m[2] !== undefined) name.localSheetId = Number(m[2]);
  if (isXmlTrue(m[3])) name.hidden = true;
  return name;
}

/**
 * The names of a workbook as Excel and ExcelJS write them, read before the general path: a plain `<definedNames>`
 * (found as sectionContent finds it) holding only names of PLAIN_DEFINED_NAME's shape, one right after another,
 * up to the part's last `</definedNames>`, read in place by the pattern made sticky. Finding the section's end
 * by a lazy scan through the thousand names, and trying the alternation at each, was a third of reading them.
 * Where this reads up to that end, the general path reads the same names: no plain name holds `</definedNames`,
 * so that end is also the first after the section's start, and the alternation tries the plain shape first at
 * each name. Undefined for anything else (a prefix, another attribute, space between names, an entity in a
 * name), which goes the general way whole.
 */
function plainDefinedNames(xml: string): DefinedName[] | undefined {
  const from = plainSectionStart(xml, 'definedNames');
  const to = xml.lastIndexOf('</definedNames>');
  if (from < 0 || to < from) return undefined;
  const element = new RegExp(PLAIN_DEFINED_NAME.source, 'y');
  element.lastIndex = from;
  const names: DefinedName[] = [];
  while (element.lastIndex < to) {
    const m = element.exec(xml);
    if (!m) return undefined;
    names.push(plainDefinedName(m));
  }
  return element.lastIndex === to ? names : undefined;
}

/** Adds names, replacing any existing one with the same (name, localSheetId) and keeping the rest verbatim. */
export function addDefinedNames(workbookXml: string, names: DefinedName[]): string {
  const replaced = new Set(names.map(nameKey));
  return rewriteDefinedNames(workbookXml, names, (existing) => !replaced.has(nameKey(existing)));
}

/** Makes `names` the workbook's only defined names, for edits that renumber or move every name at once. */
export function replaceDefinedNames(workbookXml: string, names: DefinedName[]): string {
  return rewriteDefinedNames(workbookXml, names, () => false);
}

/** The browser-safe core of writeDefinedNames: bytes in, bytes out, no Node Buffer. */
export async function writeDefinedNamesBytes(
  xlsx: Uint8Array | ArrayBuffer,
  names: DefinedName[],
): Promise<Uint8Array> {
  const zip = await (await loadJsZip()).loadAsync(xlsx);
  zip.file(WORKBOOK_PART, addDefinedNames(await readWorkbookXml(zip), names));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function writeDefinedNames(xlsx: Buffer | Uint8Array, names: DefinedName[]): Promise<Buffer> {
  const bytes = await writeDefinedNamesBytes(xlsx, names);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function formatNameRef(sheet: string, row: number, col: number, row2 = row, col2 = col): string {
  const from = absoluteCell(row, col);
  const to = absoluteCell(row2, col2);
  return `${quoteSheetName(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

/** Quotes like Excel for plain ASCII names and always otherwise: quoting is valid for every sheet name. */
export function quoteSheetName(sheet: string): string {
  if (sheet === '') throw new Error('a sheet name cannot be empty');
  const bare = BARE_SHEET_NAME.test(sheet) && !REFERENCE_LIKE.test(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  // ExcelJS writes a quote as &apos; in every name of a quoted sheet ('施策1-1'!$B$5) and nothing else is
  // escaped there: replaced without the general pattern's call per entity. Where no other `&` is left, the
  // general pattern had only these to decode, so it gives the same.
  const apostrophes = text.replaceAll('&apos;', "'");
  if (!apostrophes.includes('&')) return apostrophes;
  return text.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
    (whole: string, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (named) return NAMED_ENTITIES[named];
      const codePoint = hex ? parseInt(hex, 16) : Number(dec);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    },
  );
}

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => XML_ESCAPES[c]);
}

export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

/** Attribute values by qualified name (`r:id` keeps its prefix), entities decoded. */
export function parseXmlAttributes(attributes: string): Map<string, string> {
  return plainAttributes(attributes) ?? generalAttributes(attributes);
}

function generalAttributes(attributes: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) values.set(m[1], decodeXmlEntities(m[2] ?? m[3]));
  return values;
}

/**
 * The fast path in front of the pattern (decision 39): attributes as Excel and ExcelJS write them, each a space, its
 * name, `="`, its value and `"` (` Id="rId1" Type="…" Target="styles.xml"`), read by position (a workbook's
 * relationships and sheets are a few dozen elements, each through the pattern's iterator and match arrays). Where
 * the whole text is of that shape, the pattern finds exactly these pairs in this order (a name is the run of name
 * characters before the `=`, a value runs to the next `"`), so the Map is the same; any other text is undefined.
 */
function plainAttributes(text: string): Map<string, string> | undefined {
  const values = new Map<string, string>();
  for (let pos = 0; pos < text.length; ) {
    if (text.charCodeAt(pos) !== 0x20) return undefined;
    const nameStart = ++pos;
    while (isAttributeNameChar(text.charCodeAt(pos))) pos++;
    if (pos === nameStart || text.charCodeAt(pos) !== 0x3d /* = */ || text.charCodeAt(pos + 1) !== 0x22 /* " */) return undefined;
    const valueEnd = text.indexOf('"', pos + 2);
    if (valueEnd < 0) return undefined;
    values.set(text.slice(nameStart, pos), decodeXmlEntities(text.slice(pos + 2, valueEnd)));
    pos = valueEnd + 1;
  }
  return values;
}

/** ATTRIBUTE's name characters: `[\w:.-]`. */
function isAttributeNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/**
 * Captures 1 prefix, 2 attributes, 3 content (undefined when self-closing); `first` numbers them from another
 * group when the pattern follows others in one alternation.
 */
function elementPattern(localName: string, first = 1): RegExp {
  return new RegExp(String.raw`<(${PREFIX})${localName}${ATTRIBUTES}(?:/>|>([\s\S]*?)</${'\\'}${first}${localName}\s*>)`, 'g');
}

function sectionContent(xml: string, localName: string): string {
  return plainSectionContent(xml, localName) ?? elementPattern(localName).exec(xml)?.[3] ?? '';
}

/**
 * The section as Excel and ExcelJS write it (`<sheets>…</sheets>`, no prefix or attributes) found by position,
 * before the general pattern's lazy scan with its backreference. Where this finds it, the pattern does too: the
 * section opens where plainSectionStart says, and the first closing tag after it, ending `>` at once, closes it
 * (the pattern's content is the shortest). Anything else is undefined, for the general pattern.
 */
function plainSectionContent(xml: string, localName: string): string | undefined {
  const from = plainSectionStart(xml, localName);
  if (from < 0) return undefined;
  const close = `</${localName}`;
  const to = xml.indexOf(close, from);
  return to >= 0 && xml.charCodeAt(to + close.length) === 62 ? xml.slice(from, to) : undefined;
}

/**
 * Where the section's content starts when the part's first `localName` is a plain opening tag (`<sheets>`), else
 * -1. No match of the general pattern can start before it (a prefix is word characters then a colon), and the
 * pattern matches there (given its closing tag, which the caller looks for).
 */
function plainSectionStart(xml: string, localName: string): number {
  const at = xml.indexOf(localName);
  const from = at + localName.length + 1;
  return at >= 1 && xml.charCodeAt(at - 1) === 60 && xml.charCodeAt(from - 1) === 62 ? from : -1;
}

async function readWorkbookXml(zip: JSZip): Promise<string> {
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`${WORKBOOK_PART} is missing: this is not an .xlsx workbook`);
  return part.async('string');
}

function toSheetEntry(attributes: Map<string, string>, index: number): WorkbookSheetEntry {
  const state = attributes.get('state');
  const entry: WorkbookSheetEntry = { name: attributes.get('name') ?? '', index };
  if (state === 'visible' || state === 'hidden' || state === 'veryHidden') entry.state = state;
  return entry;
}

function toDefinedName(attributeText: string, content: string | undefined): DefinedName {
  const attributes = parseXmlAttributes(attributeText);
  const name: DefinedName = { name: detached(attributes.get('name') ?? ''), formula: detached(decodeXmlEntities(content ?? '')) };
  const localSheetId = attributes.get('localSheetId');
  if (localSheetId !== undefined) name.localSheetId = Number(localSheetId);
  if (isXmlTrue(attributes.get('hidden'))) name.hidden = true;
  return name;
}

function isXmlTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Excel compares names case-insensitively, so `projectName` on the same sheet would clash with `ProjectName`. */
function nameKey(name: DefinedName): string {
  return `${name.name.toUpperCase()}\u0000${name.localSheetId ?? ''}`;
}

function rewriteDefinedNames(
  workbookXml: string,
  names: DefinedName[],
  keepExisting: (existing: DefinedName) => boolean,
): string {
  assertWritable(names, parseWorkbookXml(workbookXml).sheets.length);
  const prefix = rootPrefix(workbookXml);
  const added = names.map((name) => serializeDefinedName(name, prefix)).join('');
  const section = elementPattern('definedNames').exec(workbookXml);
  if (!section) {
    return added ? insertDefinedNamesSection(workbookXml, wrapDefinedNames(prefix, '', added)) : workbookXml;
  }
  const [whole, sectionPrefix, attributes, content = ''] = section;
  const kept = content.replace(
    elementPattern('definedName'),
    (element: string, _prefix: string, attrs: string, text?: string) =>
      keepExisting(toDefinedName(attrs, text)) ? element : '',
  );
  const children = kept.trim() ? kept + added : added;
  const replacement = children ? wrapDefinedNames(sectionPrefix, attributes, children) : '';
  return workbookXml.slice(0, section.index) + replacement + workbookXml.slice(section.index + whole.length);
}

function assertWritable(names: DefinedName[], sheetCount: number): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (!NAME_SYNTAX.test(name.name) || REFERENCE_LIKE.test(name.name) || name.name.length > 255) {
      throw new Error(`Excel does not accept the defined name ${JSON.stringify(name.name)}`);
    }
    const sheet = name.localSheetId;
    if (sheet !== undefined && !(Number.isInteger(sheet) && sheet >= 0 && sheet < sheetCount)) {
      throw new RangeError(`${name.name}: localSheetId ${sheet} is not one of the ${sheetCount} sheets`);
    }
    if (seen.has(nameKey(name))) throw new Error(`${name.name} is given twice for the same scope`);
    seen.add(nameKey(name));
  }
}

function rootPrefix(workbookXml: string): string {
  return /<([\w.-]+:)?workbook[\s>]/.exec(workbookXml)?.[1] ?? '';
}

function serializeDefinedName(name: DefinedName, prefix: string): string {
  const scope = name.localSheetId === undefined ? '' : ` localSheetId="${name.localSheetId}"`;
  const hidden = name.hidden ? ' hidden="1"' : '';
  const tag = `${prefix}definedName`;
  return `<${tag} name="${escapeXmlAttribute(name.name)}"${scope}${hidden}>${escapeXmlText(name.formula)}</${tag}>`;
}

function wrapDefinedNames(prefix: string, attributes: string, children: string): string {
  return `<${prefix}definedNames${attributes}>${children}</${prefix}definedNames>`;
}

function insertDefinedNamesSection(workbookXml: string, section: string): string {
  const laterSibling = `<${PREFIX}(?:${AFTER_DEFINED_NAMES.join('|')})[\\s/>]`;
  const later = new RegExp(`${laterSibling}|</${PREFIX}workbook\\s*>`).exec(workbookXml);
  if (!later) throw new Error(`${WORKBOOK_PART} has no closing </workbook>`);
  return workbookXml.slice(0, later.index) + section + workbookXml.slice(later.index);
}

function isRow(row: number): boolean {
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROW;
}

function isColumn(col: number): boolean {
  return Number.isInteger(col) && col >= 1 && col <= MAX_COL;
}

function absoluteCell(row: number, col: number): string {
  if (!isRow(row) || !isColumn(col)) throw new RangeError(`row ${row}, column ${col} is outside the sheet`);
  return `$${colLetters(col)}$${row}`;
}
