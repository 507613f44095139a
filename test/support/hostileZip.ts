// Low-level tools for the hostile corpus (scripts/make-hostile.ts): edit a workbook's parts as Excel stores them
// (shared strings, styles, cells in place), and write zips by hand where JSZip would refuse to lie (declared sizes)
// or would need the whole of a huge part in memory (a zip bomb is deflated from a stream of chunks).
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { escapeXmlAttribute, escapeXmlText, parseXmlAttributes } from '../../src/xlsx/definedNames';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Text as Excel stores it in XML: escaped, and control characters (XML 1.0 cannot hold most; a parser turns CR into LF) as _xHHHH_ (and a literal _x…_ guarded). */
export function excelText(text: string): string {
  return escapeXmlText(text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)).replace(
    /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** An .xlsx opened for editing its parts in place, the way Excel rewrites them. */
export class XlsxPackage {
  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  async text(path: string): Promise<string> {
    const part = this.zip.file(path);
    if (!part) throw new Error(`${path} is missing`);
    return part.async('string');
  }

  set(path: string, text: string | Uint8Array): this {
    this.zip.file(path, text);
    return this;
  }

  remove(path: string): this {
    this.zip.remove(path);
    return this;
  }

  async edit(path: string, change: (xml: string) => string): Promise<this> {
    const before = await this.text(path);
    const after = change(before);
    if (after === before) throw new Error(`the edit changed nothing in ${path}`);
    return this.set(path, after);
  }

  /** The worksheet part of a tab, through xl/workbook.xml and its relationships. */
  async sheetPath(sheetName: string): Promise<string> {
    const workbook = await this.text('xl/workbook.xml');
    const rels = await this.text('xl/_rels/workbook.xml.rels');
    const tag = [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => parseXmlAttributes(m[0])).find((a) => a.get('name') === sheetName);
    if (!tag) throw new Error(`no sheet ${sheetName}`);
    const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => parseXmlAttributes(m[0])).find((a) => a.get('Id') === tag.get('r:id'));
    return `xl/${(rel?.get('Target') ?? '').replace(/^\/?xl\//, '')}`;
  }

  /** Appends a shared string (counts updated) and returns its index. */
  async addString(text: string): Promise<number> {
    const sst = await this.text('xl/sharedStrings.xml');
    const index = (sst.match(/<si>/g) ?? []).length;
    const next = sst
      .replace('</sst>', `<si><t xml:space="preserve">${excelText(text)}</t></si></sst>`)
      .replace(/uniqueCount="\d+"/, `uniqueCount="${index + 1}"`);
    this.set('xl/sharedStrings.xml', next);
    return index;
  }

  /** Adds a cell format with the given number format (14 = m/d/yyyy, a date) and returns its index. */
  async addNumberFormat(numFmtId: number): Promise<number> {
    const styles = await this.text('xl/styles.xml');
    const cellXfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles);
    if (!cellXfs) throw new Error('no cellXfs');
    const index = Number(cellXfs[1]);
    const xf = `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    this.set('xl/styles.xml', styles.replace(cellXfs[0], `<cellXfs count="${index + 1}">${cellXfs[2]}${xf}</cellXfs>`));
    return index;
  }

  /** Puts a cell in place of whatever the sheet held at that address (see putCell). */
  async setCell(sheetName: string, address: string, inner: string, type?: string, style?: number): Promise<this> {
    return this.edit(await this.sheetPath(sheetName), (xml) => putCell(xml, address, inner, type, style));
  }

  async setText(sheetName: string, address: string, text: string): Promise<this> {
    return this.setCell(sheetName, address, `<v>${await this.addString(text)}</v>`, 's');
  }

  async setNumber(sheetName: string, address: string, n: number, style?: number): Promise<this> {
    return this.setCell(sheetName, address, `<v>${n}</v>`, undefined, style);
  }

  bytes(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
}

/**
 * A worksheet's XML with one cell replaced, its style kept unless given: `inner` is the cell's content
 * (`<v>…</v>`, `<f>…</f><v>…</v>`), `type` its t attribute. A cell missing from its row is added at the row's end.
 */
export function putCell(xml: string, address: string, inner: string, type?: string, style?: number): string {
  const cell = new RegExp(`<c r="${address}"(\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
  const match = cell.exec(xml);
  const kept = style ?? (match ? /\ss="(\d+)"/.exec(match[1] ?? '')?.[1] : undefined);
  const next = `<c r="${address}"${kept !== undefined ? ` s="${kept}"` : ''}${type ? ` t="${type}"` : ''}>${inner}</c>`;
  if (match) return xml.replace(cell, () => next);
  const row = Number(/\d+$/.exec(address)![0]);
  const rowTag = new RegExp(`(<row r="${row}"[^>]*>)([\\s\\S]*?)(</row>)`);
  if (!rowTag.test(xml)) throw new Error(`no row ${row}`);
  return xml.replace(rowTag, (_w, open: string, cells: string, close: string) => open + cells + next + close);
}

export function attr(value: string): string {
  return escapeXmlAttribute(value);
}

export { MAIN_NS };

// ---- zips written by hand ----

export interface RawEntry {
  name: string;
  /** Deflated content and what it inflates to. */
  deflated: Buffer;
  crc: number;
  size: number;
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

export function rawEntry(name: string, data: Uint8Array): RawEntry {
  return { name, deflated: zlib.deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** Deflates a part given as pieces (a piece repeated `count` times in the middle) without holding it whole. */
export async function streamedEntry(name: string, head: string, piece: string, count: number, tail: string): Promise<RawEntry> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((r) => deflate.once('drain', r));
  };
  await write(head);
  for (let i = 0; i < count; i++) await write(piece);
  await write(tail);
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc, size };
}

/** Every part of a zip, in order, as raw entries ready to be written again. */
export async function rawEntries(bytes: Uint8Array): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => rawEntry(f.name, await f.async('uint8array'))));
}

/** A zip of deflated entries: local headers, data, central directory, end record. */
export function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const declared = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(e.crc >>> 0, 16);
    header.writeUInt32LE(e.deflated.length, 20);
    header.writeUInt32LE(declared, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    central.push(header, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Where a part's deflated bytes sit in a zip (after its local header), to damage them. */
export function dataRange(zip: Buffer, name: string): { start: number; length: number } {
  const at = zip.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]));
  for (let p = at; p >= 0 && p < zip.length; p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), p + 4)) {
    const nameLength = zip.readUInt16LE(p + 26);
    const extraLength = zip.readUInt16LE(p + 28);
    if (zip.toString('utf8', p + 30, p + 30 + nameLength) === name) {
      return { start: p + 30 + nameLength + extraLength, length: zip.readUInt32LE(p + 18) };
    }
  }
  throw new Error(`${name} not found`);
}

function crc32(data: Uint8Array, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) return native(data, previous);
  let crc = ~previous;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
