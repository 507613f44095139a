// Which part holds each sheet (xl/workbook.xml and its relationships), and the small package ExcelJS is given:
// our own workbook.xml listing only the sheets to read (named S1, S2…, so no tab name can trouble ExcelJS), their
// cut-down parts, the shared strings and the styles. No defined names (ExcelJS expands every named range cell by
// cell, and ours are read from xl/workbook.xml by definedNames.ts), no drawings, media, links or macros.
import { loadJsZip } from './lazyLibraries';
import { decodeXmlEntities, parseXmlAttributes } from './definedNames';

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>`;

export interface SheetPart {
  /** Position in <sheets>, which localSheetId counts. */
  index: number;
  name: string;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml; undefined when its relationship is missing. */
  path?: string;
  /** Worksheets only are read; chart sheets, dialog and macro sheets hold no fields. */
  isWorksheet: boolean;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

/** Reads xl/workbook.xml's <sheets> and xl/_rels/workbook.xml.rels; never throws on odd XML (it finds less). */
export function workbookParts(workbookXml: string, relsXml: string): WorkbookParts {
  const rels = new Map<string, { target: string; type: string; external: boolean }>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship(\s[^>]*?)\/?>/g)) {
    const a = parseXmlAttributes(m[1]);
    rels.set(a.get('Id') ?? '', { target: a.get('Target') ?? '', type: a.get('Type') ?? '', external: a.get('TargetMode') === 'External' });
  }
  const partOf = (type: string) => [...rels.values()].find((r) => !r.external && r.type.endsWith(`/${type}`));
  const sheetsSection = /<(?:[\w.-]+:)?sheets(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?sheets\s*>/.exec(workbookXml)?.[1] ?? '';
  const sheets = [...sheetsSection.matchAll(/<(?:[\w.-]+:)?sheet(\s[^>]*?)\/?>/g)].map((m, index): SheetPart => {
    const a = parseXmlAttributes(m[1]);
    const idKey = [...a.keys()].find((k) => /^(?:[\w.-]+:)?id$/.test(k) && k !== 'sheetId');
    const rel = idKey ? rels.get(a.get(idKey) ?? '') : undefined;
    const usable = rel && !rel.external;
    return { index, name: a.get('name') ?? '', path: usable ? resolveTarget(rel.target) : undefined, isWorksheet: !rel || rel.type.endsWith('/worksheet') };
  });
  const sharedStrings = partOf('sharedStrings');
  const styles = partOf('styles');
  const workbookPr = /<(?:[\w.-]+:)?workbookPr(\s[^>]*?)\/?>/.exec(workbookXml);
  const date1904 = workbookPr ? ['1', 'true'].includes(parseXmlAttributes(workbookPr[1]).get('date1904') ?? '') : false;
  return { sheets, sharedStrings: sharedStrings && resolveTarget(sharedStrings.target), styles: styles && resolveTarget(styles.target), date1904 };
}

/** Targets are relative to xl/ unless they start with '/'. */
function resolveTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of decodeXmlEntities(target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

export interface PackageInput {
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
  /** Cut-down worksheet parts, in the order given; ExcelJS names them S1, S2… */
  sheets: string[];
}

/** The package ExcelJS loads: stored, not deflated, since it is unzipped again at once. */
export async function excelJsPackage(input: PackageInput): Promise<Uint8Array> {
  const zip = new (await loadJsZip())();
  const sheetTags = input.sheets.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const date1904 = input.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_TYPE}">${date1904}<sheets>${sheetTags}</sheets></workbook>`);
  const rels = input.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}">${rels}</Relationships>`);
  input.sheets.forEach((xml, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  if (input.sharedStrings !== undefined) zip.file('xl/sharedStrings.xml', input.sharedStrings);
  zip.file('xl/styles.xml', input.styles ?? MINIMAL_STYLES);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
