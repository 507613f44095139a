// The shared strings (xl/sharedStrings.xml) as plain texts: a rich text's runs joined, the phonetic guides (<rPh>,
// the furigana Japanese workbooks carry) left out, Excel's _xHHHH_ escapes decoded, as ExcelJS read them.
import { detached } from './detached';
import { scanXml } from './xmlScan';

export function parseSharedStrings(xml: string): string[] {
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
