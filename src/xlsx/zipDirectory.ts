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
}

export type ZipDirectory = { entries: ZipEntry[] } | { error: string } | { tooMany: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
/** The end record is 22 bytes followed by a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

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
  const decoder = new TextDecoder();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_HEADER) return { error: `zip central directory entry ${i} is damaged` };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > view.byteLength) return { error: `zip central directory entry ${i} is damaged` };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      const sizes = zip64Sizes(view, p + 46 + nameLength, extraLength, uncompressedSize === 0xffffffff, compressedSize === 0xffffffff);
      uncompressedSize = sizes.uncompressed ?? uncompressedSize;
      compressedSize = sizes.compressed ?? compressedSize;
    }
    entries.push({ name, method: view.getUint16(p + 10, true), compressedSize, uncompressedSize });
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

/** The zip64 extra field (id 1) holds the 64-bit sizes whose 32-bit fields say 0xFFFFFFFF, uncompressed first. */
function zip64Sizes(view: DataView, start: number, length: number, hasUncompressed: boolean, hasCompressed: boolean): { uncompressed?: number; compressed?: number } {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const read = () => {
        if (q + 8 > p + 4 + size) return undefined;
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      const uncompressed = hasUncompressed ? read() : undefined;
      const compressed = hasCompressed ? read() : undefined;
      return { uncompressed, compressed };
    }
    p += 4 + size;
  }
  return {};
}
