// One raw inflater of Node's zlib kept for the thread's life, so that a small part is inflated without building an
// InflateRaw stream for it: `zlib.inflateRawSync` builds one per call (a Transform, its 16 KB buffer, a native handle
// and its window) and closes it at the end, which was a third of inflating a department workbook's 2-15 KB parts
// (decision 48). The part is inflated by the same native call `inflateRawSync` makes (lib/zlib.js, processChunkSync:
// the handle's writeSync with Z_FINISH), into a buffer one byte over the declared size, and the inflater is reset
// (public `reset()`, zlib's inflateReset) for the next part. It answers only where the part ended within that buffer
// without an error; anything else (bad data, more than declared) is undefined, and the caller inflates the part the
// public way, which says what is wrong in its own words. The handle and its write state are not public API: they
// are checked, and a known stream inflated through them, before the inflater is used; elsewhere it is never used.
import * as zlib from 'zlib';
import { KeptBuffer } from './keptBuffer';

/** The parts of Node's InflateRaw this uses (lib/zlib.js: ZlibBase's `_handle`, Zlib's `_writeState`). */
interface NativeInflater {
  writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, out: Uint8Array, outOffset: number, outLength: number): void;
}
type Engine = zlib.InflateRaw & { _handle?: NativeInflater | null; _writeState?: Uint32Array };

/** Larger parts are rare, and the buffer is allocated at the declared size before a byte is inflated. */
export const KEPT_INFLATER_BYTES = 1024 * 1024;

let engine: Engine | undefined;
/** False once the inflater failed its check: the public way only, for the thread's life. */
let usable = typeof zlib.InflateRaw === 'function';

/**
 * The output buffer kept for parts read to their end before the next such part is inflated (a worksheet: cut and read
 * before the next sheet's part): allocating each sheet's tens of kilobytes outside V8's heap was a tenth of inflating it.
 */
const scratch = new KeptBuffer();

/**
 * The part's bytes inflated, where they end within `declared` (at most KEPT_INFLATER_BYTES) without an error, as
 * `zlib.inflateRawSync` gives them; undefined otherwise (the caller inflates it the public way). `transient`: in the
 * thread's scratch buffer, valid until the next transient part (nothing made of them may point into them after that).
 */
export function keptInflate(data: Uint8Array, declared: number, transient = false): Uint8Array | undefined {
  if (declared > KEPT_INFLATER_BYTES) return undefined;
  const inflater = engine ?? (engine = usable ? checkedEngine() : undefined);
  if (!inflater) return undefined;
  return inflateWith(inflater, data, declared, transient ? scratch.atLeast(declared + 1) : Buffer.allocUnsafe(declared + 1));
}

/** Inflates into `out` (at least declared + 1 bytes). */
function inflateWith(inflater: Engine, data: Uint8Array, declared: number, out: Buffer): Uint8Array | undefined {
  const handle = inflater._handle!;
  handle.writeSync(zlib.constants.Z_FINISH, data, 0, data.length, out, 0, declared + 1);
  // On an error zlib's own handler destroys the stream at once (lib/zlib.js, zlibOnError), closing the handle.
  if (inflater._handle !== handle) {
    engine = undefined;
    return undefined;
  }
  const room = inflater._writeState![0];
  inflater.reset();
  return room > 0 ? out.subarray(0, declared + 1 - room) : undefined;
}

const PROBE = 'seika: 成果説明書';

/** A new inflater, once its internals are there and inflate a known stream right; else undefined, never again. */
function checkedEngine(): Engine | undefined {
  try {
    const made = new zlib.InflateRaw() as Engine;
    // The error is taken from the handle (above); its event, emitted later, must not be unhandled.
    made.on('error', () => undefined);
    // Not `instanceof Uint32Array`: the state is made in Node's own realm, which is not a test's (jest).
    const state = made._writeState;
    const fit = typeof made._handle?.writeSync === 'function' && ArrayBuffer.isView(state) && state.length === 2 && state.BYTES_PER_ELEMENT === 4;
    const probe = Buffer.from(PROBE);
    const inflated = fit ? inflateWith(made, zlib.deflateRawSync(probe), probe.length, Buffer.allocUnsafe(probe.length + 1)) : undefined;
    if (inflated && probe.equals(inflated)) return made;
  } catch {
    // Internals of another shape: the public way.
  }
  usable = false;
  return undefined;
}
