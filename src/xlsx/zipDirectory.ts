// Reads a zip's central directory (names, methods, sizes) without inflating anything, so a file can be
// refused by its declared sizes before a byte of it is decompressed. Plain Uint8Array and DataView: it runs in
// the pane's worker as well as in Node. Sizes here are what the file declares; partText holds inflation to them.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else we cannot read. */
  method: number;
  compressedSize: number;
  /** As declared; a hostile file may lie, so inflation is capped at it (see zipParts.ts). */
  uncompressedSize: number;
  /** Where the entry's local header starts; its data follows that header. */
  localOffset: number;
}

export type ZipDirectory = { entries: ZipEntry[] } | { error: string } | { tooMany: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
/** The end record is 22 bytes followed by a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
/** One decoder for every file's part names (it never streams, so each call stands alone). */
const NAMES = new TextDecoder();

/** The directory, or why it cannot be read; `tooMany` when it lists more than `maxEntries` (checked before listing them). */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { error: 'zip end of central directory not found (truncated?)' };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = zip64End(view, end);
    if (!zip64) return { error: 'zip64 end record not found' };
    ({ count, offset } = zip64);
  }
  if (count > maxEntries) return { tooMany: count };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_HEADER) return { error: `zip central directory entry ${i} is damaged` };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > view.byteLength) return { error: `zip central directory entry ${i} is damaged` };
    const name = NAMES.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    let localOffset = view.getUint32(p + 42, true);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const wide = zip64Fields(view, p + 46 + nameLength, extraLength, [uncompressedSize, compressedSize, localOffset].map((v) => v === 0xffffffff));
      [uncompressedSize, compressedSize, localOffset] = [wide[0] ?? uncompressedSize, wide[1] ?? compressedSize, wide[2] ?? localOffset];
    }
    entries.push({ name, method: view.getUint16(p + 10, true), compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

function findEndRecord(view: DataView): number {
  const stop = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let p = view.byteLength - 22; p >= stop; p--) if (view.getUint32(p, true) === EOCD) return p;
  return -1;
}

function zip64End(view: DataView, end: number): { count: number; offset: number } | undefined {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/**
 * The zip64 extra field (id 1) holds, in this order, the 64-bit uncompressed size, compressed size and local header
 * offset whose 32-bit fields say 0xFFFFFFFF; only those are present. Undefined for a field it does not hold.
 */
function zip64Fields(view: DataView, start: number, length: number, present: boolean[]): (number | undefined)[] {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      return present.map((has) => {
        if (!has || q + 8 > p + 4 + size) return undefined;
        q += 8;
        return Number(view.getBigUint64(q - 8, true));
      });
    }
    p += 4 + size;
  }
  return [];
}
