// Inflates one part of a zip straight from the file's bytes, found by its central directory entry
// (zipDirectory.ts), never past the size that entry declares: a part that inflates to more is refused after at most
// one more chunk, not after hundreds of megabytes. Node inflates small parts with its own zlib in one call (through
// one inflater kept for the thread, keptInflater.ts), the browser parts of one chunk with fflate in one call; larger
// parts go through fflate chunk by chunk, so memory stays flat and the rest of a sheet need not be inflated once what
// the reader wants has been read.
import * as zlib from 'zlib';
import { sameBytes } from './bytes';
import type * as FflateInflate from './fflateInflate';
import { keptInflate } from './keptInflater';
import type { ZipEntry } from './zipDirectory';

/** The part held more than it declared (a damaged or hostile zip). */
export class PartOverflow extends Error {}

const LOCAL_HEADER = 0x04034b50;
/** Parts declaring up to this are inflated in one call where zlib is there (Node); larger ones stream. */
const WHOLE_BYTES = 8 * 1024 * 1024;
/** Compressed bytes handed to the streaming inflater at a time. */
const CHUNK_BYTES = 64 * 1024;

/** In the browser, webpack resolves `zlib` to an empty module (resolve.fallback): fflate does it all there. */
const nativeInflate: ((data: Uint8Array, options: zlib.ZlibOptions) => Uint8Array) | undefined = typeof zlib.inflateRawSync === 'function' ? zlib.inflateRawSync : undefined;

let fflate: typeof FflateInflate | undefined;

/**
 * fflate, evaluated the first time a part needs it, not when reading loads: Node needs it only for parts over 8 MB,
 * and evaluating it builds its Huffman and CRC tables, ~3 ms of each reading thread's start before its first file.
 * A require, which webpack bundles as a module evaluated at the call: an import is evaluated when this module is.
 */
function inflaters(): typeof FflateInflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (fflate ??= require('./fflateInflate') as typeof FflateInflate);
}

/**
 * Feeds the part's text to `onText` as it inflates. `onText` returns false to stop early (the rest is never
 * inflated). Throws PartOverflow past the declared size, and the inflater's error on damaged data.
 */
export function streamPartText(bytes: Uint8Array, entry: ZipEntry, onText: (text: string) => boolean | void): void {
  const decoder = new TextDecoder('utf-8');
  let stopped = false;
  let flushed = false;
  inflateChunks(bytes, entry, (chunk, final) => {
    // The last piece is decoded without streaming, which flushes the decoder too, and costs half as much for a
    // sheet's mostly ASCII text: in the browser a small part arrives in one piece (in Node the reader takes such a
    // part whole, wholePartBytes, and comes here only for large ones).
    stopped = onText(decoder.decode(chunk, { stream: !final })) === false;
    flushed = final;
    return !stopped;
  });
  if (!stopped && !flushed) onText(decoder.decode());
}

/** The whole part as one string, under the same cap. */
export function partText(bytes: Uint8Array, entry: ZipEntry): string {
  const whole = wholePartBytes(bytes, entry);
  if (whole) return japaneseText(whole);
  const pieces: string[] = [];
  streamPartText(bytes, entry, (text) => void pieces.push(text));
  return pieces.join('');
}

/**
 * The whole inflated part where it is inflated in one piece (stored; Node's zlib up to WHOLE_BYTES; fflate for a part
 * of one chunk where zlib is not there), so a reader can cut it as bytes; undefined where it streams (larger parts).
 * Same cap and errors as streaming. `transient`: the caller is done with the bytes before it next asks for transient
 * ones, which may then be inflated into a buffer kept for the thread (keptInflater.ts).
 */
export function wholePartBytes(bytes: Uint8Array, entry: ZipEntry, transient = false): Uint8Array | undefined {
  if (entry.method === 0) {
    const data = compressedData(bytes, entry);
    if (data.length > entry.uncompressedSize) throw overflowOf(entry);
    return data;
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: zip compression method ${entry.method} is not supported`);
  if (entry.uncompressedSize > WHOLE_BYTES) return undefined;
  if (!nativeInflate) return entry.compressedSize <= CHUNK_BYTES ? fflateWhole(compressedData(bytes, entry), entry.uncompressedSize) : undefined;
  const data = compressedData(bytes, entry);
  const kept = keptInflate(data, entry.uncompressedSize, transient);
  if (kept) return kept;
  let whole: Uint8Array;
  try {
    whole = nativeInflate(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (e) {
    throw (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? overflowOf(entry) : e;
  }
  if (whole.length > entry.uncompressedSize) throw overflowOf(entry);
  return whole;
}

/**
 * Where zlib is not there (the browser), a part of at most one streaming chunk is inflated whole by fflate into a
 * buffer one byte over its declared size, so the reader can cut it as bytes there too (decoding each sheet and
 * matching its cells' text was most of the pane's reading). Its work is bounded as one streamed chunk's is. Any
 * error, or more than declared, answers undefined: the part then streams, as before, and streaming says what is wrong.
 */
function fflateWhole(data: Uint8Array, declared: number): Uint8Array | undefined {
  try {
    // With a buffer of its own, fflate writes nothing past its end and stops at the deflate stream's end.
    const whole = inflaters().inflateSync(data, { out: new Uint8Array(declared + 1) });
    return whole.length > declared ? undefined : whole;
  } catch {
    return undefined;
  }
}

/**
 * Decoders kept for the thread: one never streams (Node's decoder leaves its own UTF-8 path for ICU's for good once
 * it has streamed), the other always streams and is flushed at once, which leaves it as new (ICU's converter is made
 * once, not per part: ~2 ms of each 100 files' shared strings and relationships).
 */
const WHOLE = new TextDecoder('utf-8');
const STREAMED = new TextDecoder('utf-8');

/** The text of bytes inflated whole, decoded as streamPartText decodes a part that arrives in one piece. */
export function wholeText(whole: Uint8Array): string {
  return WHOLE.decode(whole);
}

/**
 * The same text, decoded the way that is faster in Node for text with much Japanese (workbook.xml's sheet names in
 * ~1,100 names, the shared strings): Node decodes a whole buffer through V8's UTF-8 reader unless the decoder
 * streams, which goes through ICU, about twice as fast for such text (workbook.xml of the 10x set 115 -> 89 ms,
 * sharedStrings.xml 30 -> 15 ms CPU). Streaming then flushing gives the same text as one call, a broken sequence
 * at the end included.
 */
export function japaneseText(whole: Uint8Array): string {
  return STREAMED.decode(whole, { stream: true }) + STREAMED.decode();
}

function overflowOf(entry: ZipEntry): PartOverflow {
  return new PartOverflow(`${entry.name} inflates to more than its declared ${entry.uncompressedSize} bytes`);
}

/** Calls `onChunk` with the inflated bytes in order (`final` on the last) until it returns false or the part ends. */
function inflateChunks(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array, final: boolean) => boolean): void {
  const whole = wholePartBytes(bytes, entry);
  if (whole) {
    onChunk(whole, true);
    return;
  }
  const data = compressedData(bytes, entry);
  const declared = entry.uncompressedSize;
  const overflow = () => overflowOf(entry);
  let seen = 0;
  let wanted = true;
  const inflater = new (inflaters().Inflate)((chunk, final) => {
    if (!wanted) return;
    seen += chunk.length;
    if (seen > declared) throw overflow();
    wanted = onChunk(chunk, final);
  });
  for (let at = 0; wanted && at < data.length; at += CHUNK_BYTES) inflater.push(data.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= data.length);
}

/**
 * What was made of a part (a parse of its text), kept by the part's compressed bytes for the next file holding the
 * same: bytes that are equal inflate to the same text, so the same value comes of them, errors included (an error
 * is never kept: the next file makes it again). A city's workbooks are copies of one template, whose styles part
 * Excel writes alike in each: parsing it for every file was a twentieth of reading one. Each kept part is a copy of
 * its few compressed kilobytes, never a view of its file.
 */
export class PartMemo<T> {
  /** Larger parts are made each time: a reading thread keeps no more than a few of these for its whole life. */
  static readonly MAX_KEPT_BYTES = 256 * 1024;

  private readonly kept: { method: number; declared: number; data: Uint8Array; value: T }[] = [];

  constructor(private readonly capacity: number) {}

  /** The value made of a part with the same compressed bytes, else make()'s, kept. */
  value(bytes: Uint8Array, entry: ZipEntry, make: () => T): T {
    const data = dataOf(bytes, entry);
    if (!data || data.length > PartMemo.MAX_KEPT_BYTES) return make();
    const same = this.kept.findIndex((k) => k.method === entry.method && k.declared === entry.uncompressedSize && sameBytes(k.data, data));
    if (same >= 0) return this.kept[same].value;
    const value = make();
    // A copy (the typed array's constructor copies), not `slice()`: on a Node Buffer (a file read by the CLI) that is a
    // view, which kept the whole file and, the CLI reading each file into one kept buffer (fileBytes.ts), would
    // compare the next file.
    this.kept.unshift({ method: entry.method, declared: entry.uncompressedSize, data: new Uint8Array(data), value });
    if (this.kept.length > this.capacity) this.kept.pop();
    return value;
  }
}

/** The entry's compressed bytes: after its local header, whose name and extra field lengths may differ from the directory's. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = dataOf(bytes, entry);
  if (data) return data;
  throw new Error(`${entry.name}: ${localHeaderAt(bytes, entry) < 0 ? 'zip local header is damaged' : 'zip data runs past the end of the file'}`);
}

/** compressedData's bytes, or undefined where it throws. */
function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const start = localHeaderAt(bytes, entry);
  return start < 0 || start + entry.compressedSize > bytes.length ? undefined : bytes.subarray(start, start + entry.compressedSize);
}

/** Where the entry's data starts, after its local header; -1 when that header is not there. */
function localHeaderAt(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return -1;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}
