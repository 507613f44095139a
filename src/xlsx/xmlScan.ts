// A small strict XML scanner for the parts the reader parses whole (shared strings, styles, each kept cell): one
// pass of indexOf over the text, events for start tags, end tags and text. It refuses what a spreadsheet part never
// holds and a hostile one might: a DOCTYPE (entity expansion, "billion laughs"), an unknown entity, an end tag
// that does not match, an element left open. Names are given without their namespace prefix (`x:c` is `c`).
import { decodeXmlEntities } from './definedNames';

/** The part is not well-formed XML, or holds what no spreadsheet part holds. */
export class XmlError extends Error {}

export interface XmlEvents {
  /** A start tag; `attributes` is its raw text after the name (parse it with parseXmlAttributes when needed). */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities decoded; never called for the whitespace between elements outside any element. */
  text(text: string): void;
}

const ENTITY = /&(?:#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;

export function scanXml(xml: string, events: XmlEvents): void {
  const open: string[] = [];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const end = lt < 0 ? xml.length : lt;
    if (end > pos && open.length) events.text(decodeText(xml.slice(pos, end)));
    if (lt < 0) break;
    pos = markup(xml, lt, open, events);
  }
  if (open.length) throw new XmlError(`<${open[open.length - 1]}> is not closed`);
}

/** Handles the markup at `lt`; returns where the scan goes on. */
function markup(xml: string, lt: number, open: string[], events: XmlEvents): number {
  const next = xml.charCodeAt(lt + 1);
  if (next === 0x3f /* ? */) return past(xml, '?>', lt);
  if (next === 0x21 /* ! */) {
    if (xml.startsWith('<!--', lt)) return past(xml, '-->', lt);
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = past(xml, ']]>', lt);
      if (open.length) events.text(xml.slice(lt + 9, end - 3));
      return end;
    }
    throw new XmlError(xml.startsWith('<!DOCTYPE', lt) ? 'a DOCTYPE is not allowed in a spreadsheet part' : `unknown markup at ${lt}`);
  }
  const gt = xml.indexOf('>', lt);
  if (gt < 0) throw new XmlError(`a tag at ${lt} is not closed`);
  if (next === 0x2f /* / */) {
    const name = xml.slice(lt + 2, gt).trimEnd();
    const expected = open.pop();
    if (name !== expected) throw new XmlError(expected ? `</${name}> closes <${expected}>` : `</${name}> closes nothing`);
    events.close(localName(name));
    return gt + 1;
  }
  const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
  const bodyEnd = selfClosing ? gt - 1 : gt;
  // The name runs to the first white space of the tag and is all [\w.:-]: read by its character codes (a regular
  // expression to find its end and another to check it, per tag, were half the scanner's time).
  let nameEnd = lt + 1;
  while (nameEnd < bodyEnd && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === lt + 1 || (nameEnd < bodyEnd && !isSpace(xml, nameEnd))) throw new XmlError(`a bad tag name at ${lt}`);
  const name = xml.slice(lt + 1, nameEnd);
  if (!selfClosing) open.push(name);
  const local = localName(name);
  events.open(local, xml.slice(nameEnd, bodyEnd), selfClosing);
  if (selfClosing) events.close(local);
  return gt + 1;
}

/** [\w.:-] */
function isNameChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** Whether the character at `at` is white space as \s has it (the ASCII ones without a regular expression). */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(text.charAt(at)));
}

function past(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlError(`markup at ${from} is not closed`);
  return at + marker.length;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Text with its entities decoded; an '&' that starts no known entity is an error, as in any XML parser. */
function decodeText(raw: string): string {
  const text = xmlText(raw);
  if (text === undefined) throw new XmlError(`an unknown entity in "${raw.slice(0, 40)}"`);
  return text;
}

/** Character data as the scanner gives it, entities decoded; undefined where it refuses it (an unknown entity). */
export function xmlText(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, '').includes('&') ? undefined : decodeXmlEntities(raw);
}
