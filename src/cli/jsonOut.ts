// JSON output in pieces: the same text as JSON.stringify(value, null, 2) and a newline, written a few levels of
// the value at a time, so a city's report (22 MB of JSON at 10×) never sits in memory as one string and again as
// the bytes written (about 80 MB of the command's peak at 10×).
//
// Why it is shaped so: walking the value in JavaScript (a piece per key, each re-indented with a pattern) took
// more time than V8's own JSON.stringify of the whole value. So the walk goes only a few levels deep; below them
// the native stringify writes each piece already indented (`stringifyAt`), and an array's small items are
// stringified many at a time (findings: hundreds to a piece), its large ones (a city's policies) one at a time.

/** Levels of the value walked at most; below them each value is stringified whole. */
const LEVELS = 4;

/** Text handed to `write` at a time: small pieces are gathered up to this, so a file or pipe is not written per value. */
const CHUNK_CHARS = 1 << 16;

export function writeJson(write: (text: string) => void, value: unknown): void {
  const out = new Chunks(write);
  writeValue(out, value, 0, LEVELS);
  out.push('\n');
  out.flush();
}

/** Pieces gathered into chunks of about CHUNK_CHARS; a piece that large on its own is written as it is. */
class Chunks {
  private pieces: string[] = [];
  private length = 0;
  /** Every character pushed so far: how large the items of an array turn out to be. */
  written = 0;

  constructor(private readonly write: (text: string) => void) {}

  push(text: string): void {
    this.written += text.length;
    if (text.length >= CHUNK_CHARS) {
      this.flush();
      this.write(text);
      return;
    }
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.pieces.length) this.write(this.pieces.length === 1 ? this.pieces[0] : this.pieces.join(''));
    this.pieces = [];
    this.length = 0;
  }
}

function writeValue(out: Chunks, value: unknown, depth: number, levels: number): void {
  // Only ever called with a value JSON.stringify writes (undefined, functions and symbols are handled by the caller).
  if (levels === 0 || !isPlainContainer(value)) return out.push(stringifyAt(value, depth));
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
 */
function writeArray(out: Chunks, items: unknown[], depth: number, levels: number): void {
  if (!items.length) return out.push('[]');
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const start = out.written;
  let i = 0;
  while (i < items.length) {
    const perItem = i ? (out.written - start) / i : 0;
    const count = perItem ? Math.max(1, Math.floor(CHUNK_CHARS / perItem)) : 1;
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
function stringifyAt(value: unknown, depth: number): string {
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
