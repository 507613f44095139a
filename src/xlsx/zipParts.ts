// Inflates one part of a zip as text, chunk by chunk, never past its declared size: a part that inflates to more
// than its central directory said is refused after at most one more chunk, not after hundreds of megabytes.
import type JSZip from 'jszip';

/** JSZip's documented internalStream (missing from its typings): the part's bytes as they inflate. */
interface StreamablePart {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** The part held more than it declared (a damaged or hostile zip). */
export class PartOverflow extends Error {}

/**
 * Feeds the part's text to `onText` as it inflates. `onText` returns false to stop early (the rest is never
 * inflated). Rejects with PartOverflow past `declaredBytes`, and with the inflater's error on damaged data.
 */
export function streamPartText(zip: JSZip, name: string, declaredBytes: number, onText: (text: string) => boolean | void): Promise<void> {
  const file = zip.file(name);
  if (!file) return Promise.reject(new Error(`${name} is missing`));
  return new Promise<void>((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    const stream = (file as unknown as StreamablePart).internalStream('uint8array');
    let seen = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      stream.pause();
      if (error) reject(error);
      else resolve();
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        seen += chunk.length;
        if (seen > declaredBytes) return finish(new PartOverflow(`${name} inflates to more than its declared ${declaredBytes} bytes`));
        try {
          if (onText(decoder.decode(chunk, { stream: true })) === false) finish();
        } catch (e) {
          finish(e as Error);
        }
      })
      .on('error', (e: Error) => finish(e))
      .on('end', () => {
        if (done) return;
        try {
          onText(decoder.decode());
          finish();
        } catch (e) {
          finish(e as Error);
        }
      })
      .resume();
  });
}

/** The whole part as one string, under the same cap. */
export async function partText(zip: JSZip, name: string, declaredBytes: number): Promise<string> {
  const pieces: string[] = [];
  await streamPartText(zip, name, declaredBytes, (text) => void pieces.push(text));
  return pieces.join('');
}
