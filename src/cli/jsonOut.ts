// JSON output in pieces: the same text as JSON.stringify(value, null, 2) and a newline, written a few levels of
// the value at a time, so a city's report (22 MB of JSON at 10×) never sits in memory as one string and again as
// the bytes written (about 80 MB of the command's peak at 10×).
//
// Why it is shaped so: walking the value in JavaScript (a piece per key, each re-indented with a pattern) took
// more time than V8's own JSON.stringify of the whole value. So the walk goes only a few levels deep; below them
// the native stringify writes each piece already indented (`stringifyAt`), and an array's small items are
// stringified many at a time (findings: hundreds to a piece), its large ones (a city's policies) one at a time.
//
// The pieces are written as UTF-8 into a buffer that is handed to `write` when full: the encoding a write of text
// does anyway, done here, so that text made beforehand as UTF-8 (`ReadyTexts`: the sheets a reading thread read,
// made there while this thread consolidates, decision 55) is copied in as it is, neither made nor encoded here. To
// reach such a value the walk goes down, however deep, through the containers that hold it.

/** Levels of the value walked at most; below them each value is stringified whole. */
const LEVELS = 4;

/** How many characters of JSON an array's items are gathered up to, to be stringified together. */
const CHUNK_CHARS = 1 << 16;

/** Bytes handed to `write` at a time: pieces are gathered up to this, so a file or pipe is not written per value. */
const CHUNK_BYTES = 1 << 18;

/** Pieces shorter than this are put together before they are encoded. */
const SMALL_CHARS = 4096;

/** What JSON text is handed to: the text, or its UTF-8 bytes (never a character cut in two). */
export type JsonSink = (chunk: string | Uint8Array) => void;

/** A value's JSON made beforehand, as UTF-8: `stringifyAt(value, depth)`, and how many characters that text has. */
export interface ReadyText {
  depth: number;
  bytes: Uint8Array;
  chars: number;
}

/** Values whose JSON was made before the value is written, and the way down to them. */
export interface ReadyTexts {
  /**
   * By the value's identity: its text is written only for that very object, and only where it sits `depth` levels
   * deep (elsewhere the value is stringified here, as any other). The maker answers for the text being that value's
   * JSON (a reading thread's: made from the object this one is a structured clone of; clone keeps all that JSON
   * writes of plain data).
   */
  texts: Map<unknown, ReadyText>;
  /** The containers that hold such values, at any depth below them: walked into, where others are stringified whole. */
  holders: Set<unknown>;
}

const NOTHING_READY: ReadyTexts = { texts: new Map(), holders: new Set() };

export function writeJson(write: JsonSink, value: unknown, ready = NOTHING_READY): void {
  const out = new Chunks(write, ready);
  writeValue(out, value, 0, LEVELS);
  out.push('\n');
  out.flush();
}

/**
 * Pieces gathered as UTF-8 into chunks of up to CHUNK_BYTES; a piece too large for one is written on its own. Small
 * pieces (a key, a bracket, an indent) are first put together as text and encoded a few thousand characters at a time:
 * encoding each on its own cost more in calls than in encoding.
 */
class Chunks {
  /** A new buffer for each chunk: a stream may keep the one it was given until it has written it. */
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private length = 0;
  private small = '';
  /** Every character pushed so far: how large the items of an array turn out to be. */
  written = 0;

  constructor(
    private readonly write: JsonSink,
    /** What the walk writes as made beforehand, and where it goes deeper to reach it. */
    readonly ready: ReadyTexts,
  ) {}

  push(text: string): void {
    this.written += text.length;
    if (text.length < SMALL_CHARS) {
      this.small += text;
      if (this.small.length >= SMALL_CHARS) this.encodeSmall();
      return;
    }
    this.encodeSmall();
    this.encode(text);
  }

  pushReady({ bytes, chars }: ReadyText): void {
    this.written += chars;
    this.encodeSmall();
    if (this.length + bytes.length > CHUNK_BYTES) {
      this.flush();
      if (bytes.length > CHUNK_BYTES) return this.write(bytes);
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  flush(): void {
    this.encodeSmall();
    if (!this.length) return;
    this.write(this.buffer.subarray(0, this.length));
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.length = 0;
  }

  private encodeSmall(): void {
    if (!this.small) return;
    const small = this.small;
    this.small = '';
    this.encode(small);
  }

  private encode(text: string): void {
    // Three bytes at most for each UTF-16 unit: room enough without measuring the text first.
    if (this.length + text.length * 3 > CHUNK_BYTES) {
      this.flush();
      if (text.length * 3 > CHUNK_BYTES) return this.write(text);
    }
    this.length += this.buffer.write(text, this.length);
  }
}

function writeValue(out: Chunks, value: unknown, depth: number, levels: number): void {
  // Only ever called with a value JSON.stringify writes (undefined, functions and symbols are handled by the caller).
  const made = out.ready.texts.get(value);
  if (made?.depth === depth) return out.pushReady(made);
  if ((levels <= 0 && !out.ready.holders.has(value)) || !isPlainContainer(value)) return out.push(stringifyAt(value, depth));
  if (Array.isArray(value)) return writeArray(out, value, depth, levels);
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isOmitted(v));
  if (!entries.length) return out.push('{}');
  const inner = `\n${'  '.repeat(depth + 1)}`;
  entries.forEach(([key, item], i) => {
    out.push(`${i ? ',' : '{'}${inner}${JSON.stringify(key)}: `);
    writeValue(out, item, depth + 1, levels - 1);
  });
  out.push(`\n${'  '.repeat(depth)}}`);
}

/**
 * An array's items: the first walked on its own, then as many at a time as come to about CHUNK_CHARS by the size
 * of the items written so far (an item is `null` where JSON.stringify writes null: both paths do it natively).
 * A holder of ready texts is walked item by item, so that each of its items reaches writeValue.
 */
function writeArray(out: Chunks, items: unknown[], depth: number, levels: number): void {
  if (!items.length) return out.push('[]');
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const start = out.written;
  let i = 0;
  while (i < items.length) {
    const perItem = i ? (out.written - start) / i : 0;
    const count = perItem && !out.ready.holders.has(items) ? Math.max(1, Math.floor(CHUNK_CHARS / perItem)) : 1;
    if (count === 1) {
      out.push(`${i ? ',' : '['}${inner}`);
      if (isOmitted(items[i])) out.push('null');
      else writeValue(out, items[i], depth + 1, levels - 1);
    } else {
      // `[\n<inner>a,\n<inner>b\n<indent>]` without its brackets: the items as the whole array's text has them.
      const json = stringifyAt(items.slice(i, i + count), depth);
      out.push(`,${json.slice(1, json.length - depth * 2 - 2)}`);
    }
    i += count;
  }
  out.push(`\n${'  '.repeat(depth)}]`);
}

/**
 * A value's JSON as it reads `depth` levels deep in JSON.stringify(whole, null, 2): stringified inside `depth`
 * arrays, so V8 indents its lines itself, and those arrays' brackets cut off again.
 */
export function stringifyAt(value: unknown, depth: number): string {
  if (depth === 0 || value === null || typeof value !== 'object') return JSON.stringify(value, null, 2);
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  // Opening: `[\n` and 2·d spaces for d = 1…depth; closing: `\n`, 2·(d−1) spaces and `]` for d = depth…1.
  return json.slice(2 * depth + depth * (depth + 1), json.length - (2 * depth + depth * (depth - 1)));
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** An array or a plain object without toJSON: what is walked here exactly as JSON.stringify walks it. */
function isPlainContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
