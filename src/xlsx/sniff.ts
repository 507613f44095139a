// Tells what a file is from its first bytes, so a .csv or .xls renamed .xlsx gets a clear finding.
import type { FileProblem } from '../core/source';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A problem when the bytes cannot be an .xlsx; undefined when they look like a zip. */
export function sniffFile(bytes: Uint8Array): FileProblem | undefined {
  if (bytes.length === 0) return { code: 'empty' };
  if (startsWith(bytes, ZIP)) return undefined;
  // Excel saves both .xls and password-protected .xlsx as OLE2 compound files; the latter hold an EncryptionInfo stream.
  if (startsWith(bytes, OLE2)) return containsUtf16(bytes, 'EncryptionInfo') ? { code: 'encrypted' } : { code: 'xls' };
  return { code: 'notXlsx' };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
