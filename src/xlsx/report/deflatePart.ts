// A part of the report's zip, deflated as its text is pushed: by Node's zlib where it is there (the CLI; several
// times faster than JavaScript), by fflate in the browser, where webpack resolves `zlib` to an empty module.
import { ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import * as zlib from 'zlib';

/** Level 1: at 10× it deflates in less time than level 3 (itself half of level 6) for a somewhat larger file; the report is written once and read rarely. */
const LEVEL = 1;

export type ZipPart = ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };

/** Node's own CRC-32 (from Node 20.15): fflate's, in JavaScript, took a tenth of the writer's time at 10×. */
const nativeCrc = typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;

/**
 * fflate's pass-through part counts the text's size and CRC (by zlib where it can); each chunk is deflated on its own
 * by zlib and the pieces join into one deflate stream: every chunk but the last ends on a full flush (byte-aligned, not
 * final).
 */
class NativeDeflatePart extends ZipPassThrough {
  private textCrc = 0;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  /** fflate's push with the CRC counted natively: the same size and CRC for the zip's headers (fflate keeps it signed). */
  override push(chunk: Uint8Array, final?: boolean): void {
    if (!nativeCrc) return super.push(chunk, final);
    this.textCrc = nativeCrc(chunk, this.textCrc);
    this.size += chunk.length;
    if (final) this.crc = this.textCrc | 0;
    this.process(chunk, final ?? false);
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH;
    this.ondata(null, zlib.deflateRawSync(chunk, { level: LEVEL, finishFlush: flush }), final);
  }
}

const native = typeof zlib.deflateRawSync === 'function';

export function deflatePart(filename: string): ZipPart {
  return native ? new NativeDeflatePart(filename) : new ZipDeflate(filename, { level: LEVEL });
}
