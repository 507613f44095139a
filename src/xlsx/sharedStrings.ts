// The shared strings (xl/sharedStrings.xml) as plain texts: a rich text's runs joined, the phonetic guides (<rPh>,
// the furigana Japanese workbooks carry) left out, Excel's _xHHHH_ escapes decoded, as ExcelJS read them.
import { detached } from './detached';
import { scanXml, xmlText } from './xmlScan';

export function parseSharedStrings(xml: string): string[] {
  return plainSharedStrings(xml) ?? generalSharedStrings(xml);
}

function generalSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const item = new StringItem();
  scanXml(xml, {
    open(name) {
      if (name === 'si') item.reset();
      else item.open(name);
    },
    close(name) {
      if (name === 'si') out.push(detached(item.text()));
      else item.close(name);
    },
    text: (t) => item.add(t),
  });
  return out;
}

const ITEM_OPEN = '<si>';
const PLAIN_OPEN = '<si><t>';
const PRESERVED_OPEN = '<si><t xml:space="preserve">';
const PLAIN_CLOSE = '</t></si>';
const ITEM_CLOSE = '</si>';
const ROOT_CLOSE = '</sst>';

/**
 * The fast path in front of the scanner (decision 39): the part as Excel and ExcelJS write it, `<?xml …?>`, `<sst …>`,
 * then one `<si>` after another and `</sst>`. An item that is one plain `<t>` is read by hand (a workbook holds
 * hundreds, each five scanner events); any other item (rich text, phonetic guides) goes through the general path on
 * its own text, which gives what it gives inside the whole part when that text is well-formed on its own (it starts
 * at its `<si>` and ends at the first `</si>`; the scanner refuses it otherwise, and then the whole part goes the
 * general way). Undefined for any other shape, or any error, so the general path reads or refuses the part.
 */
function plainSharedStrings(xml: string): string[] | undefined {
  let pos = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return undefined;
    pos = end + 2;
  }
  while (isXmlSpace(xml.charCodeAt(pos))) pos++;
  if (!xml.startsWith('<sst', pos) || !(xml.charCodeAt(pos + 4) === 0x3e || xml.charCodeAt(pos + 4) === 0x20)) return undefined;
  const rootEnd = xml.indexOf('>', pos);
  if (xml.charCodeAt(rootEnd - 1) === 0x2f /* / */) return undefined;
  pos = rootEnd + 1;
  const out: string[] = [];
  while (xml.startsWith(ITEM_OPEN, pos)) {
    const open = xml.startsWith(PLAIN_OPEN, pos) ? PLAIN_OPEN.length : xml.startsWith(PRESERVED_OPEN, pos) ? PRESERVED_OPEN.length : 0;
    const lt = open ? xml.indexOf('<', pos + open) : -1;
    if (lt >= 0 && xml.startsWith(PLAIN_CLOSE, lt)) {
      const text = plainText(xml.slice(pos + open, lt));
      if (text === undefined) return undefined;
      out.push(detached(text));
      pos = lt + PLAIN_CLOSE.length;
      continue;
    }
    const end = xml.indexOf(ITEM_CLOSE, pos);
    if (end < 0) return undefined;
    let item: string[];
    try {
      item = generalSharedStrings(xml.slice(pos, end + ITEM_CLOSE.length));
    } catch {
      return undefined;
    }
    out.push(...item);
    pos = end + ITEM_CLOSE.length;
  }
  if (!xml.startsWith(ROOT_CLOSE, pos)) return undefined;
  for (pos += ROOT_CLOSE.length; pos < xml.length; pos++) if (!isXmlSpace(xml.charCodeAt(pos))) return undefined;
  return out;
}

/** A plain item's text as the scanner and StringItem give it; undefined where the scanner would refuse it. */
function plainText(raw: string): string | undefined {
  const text = xmlText(raw);
  return text === undefined ? undefined : decodeExcelEscapes(text);
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * One string item's text, fed the events inside it (an <si>, or a cell's inline <is>): the last <t> directly in
 * it, or its runs' texts (<r><t>) joined; nothing of a phonetic guide (<rPh><t>).
 */
export class StringItem {
  private plain: string | undefined;
  private runs: string[] = [];
  private inRun = 0;
  private inPhonetic = 0;
  private collecting: string | undefined;

  reset(): void {
    this.plain = undefined;
    this.runs = [];
    this.inRun = this.inPhonetic = 0;
    this.collecting = undefined;
  }

  open(name: string): void {
    if (name === 'r') this.inRun += 1;
    else if (name === 'rPh') this.inPhonetic += 1;
    else if (name === 't' && !this.inPhonetic) this.collecting = '';
  }

  close(name: string): void {
    if (name === 'r') this.inRun -= 1;
    else if (name === 'rPh') this.inPhonetic -= 1;
    else if (name === 't' && this.collecting !== undefined) {
      const text = decodeExcelEscapes(this.collecting);
      this.collecting = undefined;
      if (this.inRun) this.runs.push(text);
      else this.plain = text;
    }
  }

  add(text: string): void {
    if (this.collecting !== undefined) this.collecting += text;
  }

  /** Whether any text element was seen (an <is> without one holds no value). */
  get isRich(): boolean {
    return this.runs.length > 0;
  }

  text(): string {
    return this.runs.length ? this.runs.join('') : (this.plain ?? '');
  }
}

/** Excel writes characters XML cannot hold (control characters) as _xHHHH_. */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
