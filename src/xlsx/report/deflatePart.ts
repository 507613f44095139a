// A part of the report's zip, deflated as its text is pushed: by Node's zlib where it is there (the CLI; several
// times faster than JavaScript), by fflate in the browser, where webpack resolves `zlib` to an empty module.
import { ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import * as zlib from 'zlib';

/** Level 1: at 10× it deflates in less time than level 3 (itself half of level 6) for a somewhat larger file; the report is written once and read rarely. */
const LEVEL = 1;

export type ZipPart = ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };

/**
 * fflate's pass-through part counts the text's size and CRC; each chunk is deflated on its own by zlib and the
 * pieces join into one deflate stream: every chunk but the last ends on a full flush (byte-aligned, not final).
 */
class NativeDeflatePart extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
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
