// JSON output in pieces: the same text as JSON.stringify(value, null, 2) and a newline, written a few levels of
// the value at a time, so a city's report (22 MB of JSON at 10×) never sits in memory as one string and again as
// the bytes written (about 80 MB of the command's peak at 10×).

/** Levels of the value written piece by piece; below them each value is stringified whole (small pieces). */
const LEVELS = 4;

/** Text handed to `write` at a time: pieces are gathered up to this, so a file or pipe is not written per value. */
const CHUNK_CHARS = 1 << 16;

export function writeJson(write: (text: string) => void, value: unknown): void {
  let pieces: string[] = [];
  let length = 0;
  const flush = () => {
    if (pieces.length) write(pieces.join(''));
    pieces = [];
    length = 0;
  };
  writeValue(
    (text) => {
      pieces.push(text);
      length += text.length;
      if (length >= CHUNK_CHARS) flush();
    },
    value,
    '',
    LEVELS,
  );
  pieces.push('\n');
  flush();
}

function writeValue(write: (text: string) => void, value: unknown, indent: string, levels: number): void {
  if (levels === 0 || !isPlainContainer(value)) {
    // Only ever called with a value JSON.stringify writes (undefined, functions and symbols are handled by the caller).
    write(indented(JSON.stringify(value, null, 2), indent));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return write('[]');
    write('[');
    value.forEach((item, i) => {
      write(`${i ? ',' : ''}\n${inner}`);
      if (isOmitted(item)) write('null');
      else writeValue(write, item, inner, levels - 1);
    });
    return write(`\n${indent}]`);
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isOmitted(v));
  if (!entries.length) return write('{}');
  write('{');
  entries.forEach(([key, item], i) => {
    write(`${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
    writeValue(write, item, inner, levels - 1);
  });
  write(`\n${indent}}`);
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

/** A value's JSON written `indent` deep: its lines after the first moved right. */
function indented(json: string, indent: string): string {
  return indent && json.includes('\n') ? json.replace(/\n/g, `\n${indent}`) : json;
}
