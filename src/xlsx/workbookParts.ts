// Which part holds each sheet (xl/workbook.xml's <sheets> and its relationships), where the shared strings and
// styles are, and whether dates count from 1904.
import { decodeXmlEntities, parseXmlAttributes } from './definedNames';
import { detached } from './detached';

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
    return { index, name: detached(a.get('name') ?? ''), path: usable ? resolveTarget(rel.target) : undefined, isWorksheet: !rel || rel.type.endsWith('/worksheet') };
  });
  const sharedStrings = partOf('sharedStrings');
  const styles = partOf('styles');
  const workbookPr = /<(?:[\w.-]+:)?workbookPr(\s[^>]*?)\/?>/.exec(workbookXml);
  const date1904 = workbookPr ? ['1', 'true'].includes(parseXmlAttributes(workbookPr[1]).get('date1904') ?? '') : false;
  return { sheets, sharedStrings: sharedStrings && resolveTarget(sharedStrings.target), styles: styles && resolveTarget(styles.target), date1904 };
}

/** Targets are relative to xl/ unless they start with '/'. */
function resolveTarget(target: string): string {
  return plainTarget(target) ?? resolvedTarget(target);
}

/**
 * A target as Excel writes it (`worksheets/sheet1.xml`): relative, no entity, no empty, `.` or `..` segment (no `//`
 * or `./`, not ending in `/` or `.`), so the general way's segments are xl and the target's, joined as they were.
 */
function plainTarget(target: string): string | undefined {
  const plain = !target.startsWith('/') && !target.endsWith('/') && !target.endsWith('.') && !target.includes('&') && !target.includes('//') && !target.includes('./');
  return plain && target !== '' ? `xl/${target}` : undefined;
}

function resolvedTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of decodeXmlEntities(target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}
