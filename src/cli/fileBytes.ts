// A workbook's bytes read into one buffer kept for the thread, not a new one per file: allocating each file's buffer
// (tens of kilobytes, outside V8's heap) was a third of reading it (~12 of ~32 ms per reading thread over the 10x set).
//
// Why the buffer may be reused: readWorkbook reads a file to its end synchronously (its `read` awaits nothing), and
// nothing it returns points into the file's bytes: values and texts are decoded into strings of their own, a part
// kept for the next file (PartMemo) is a copy, and a stored (not deflated) part, the only one read as a view of the
// file, is cut and read within its sheet's read. test/fileBytes.test.ts holds a read against its bytes overwritten.
import * as fs from 'fs';
import { KeptBuffer } from '../xlsx/keptBuffer';

/** Files larger are read the ordinary way (a department workbook is tens of kilobytes, a few megabytes with pictures). */
export const MAX_KEPT_FILE_BYTES = 4 * 1024 * 1024;

const kept = new KeptBuffer();

/**
 * The file's bytes, as `fs.readFileSync` gives them, valid until the next call (the caller is done with them before
 * then). What is not a regular file of 1 byte to MAX_KEPT_FILE_BYTES, and a file that changed size while read, is
 * read by `fs.readFileSync` itself, which then says what is wrong in its own words.
 */
export function fileBytes(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    const size = stat.size;
    if (!stat.isFile() || size === 0 || size > MAX_KEPT_FILE_BYTES) return fs.readFileSync(file);
    const buffer = kept.atLeast(size);
    let read = 0;
    for (let n = -1; n !== 0 && read < size; read += n) n = fs.readSync(fd, buffer, read, size - read, read);
    return read === size ? buffer.subarray(0, size) : fs.readFileSync(file);
  } finally {
    fs.closeSync(fd);
  }
}
