// The kept inflater gives what zlib.inflateRawSync gives a part that ends within its declared size, and nothing
// (undefined: the caller inflates the public way) for a part that holds more or whose data is damaged.
import * as zlib from 'zlib';
import { KEPT_INFLATER_BYTES, keptInflate } from './keptInflater';

const text = (n: number) => Array.from({ length: n }, (_, i) => `<c r="A${i}"><v>${(i * 7919) % 1000}</v></c>`).join('');
const deflated = (s: string) => new Uint8Array(zlib.deflateRawSync(Buffer.from(s)));

it('inflates parts one after another as inflateRawSync does', () => {
  for (const n of [0, 1, 40, 2000, 30_000]) {
    const data = deflated(text(n));
    const kept = keptInflate(data, Buffer.byteLength(text(n)));
    expect(kept && Buffer.from(kept).toString()).toBe(zlib.inflateRawSync(data).toString());
  }
});

it('inflates transient parts, small and larger, as inflateRawSync does, each into the same kept buffer', () => {
  const inflated = [2000, 40, 30_000, 1].map((n) => {
    const data = deflated(text(n));
    const kept = keptInflate(data, Buffer.byteLength(text(n)), true);
    expect(kept && Buffer.from(kept).toString()).toBe(zlib.inflateRawSync(data).toString());
    return kept!;
  });
  expect(new Set(inflated.slice(2).map((b) => b.buffer)).size).toBe(1);
  expect(Buffer.from(keptInflate(deflated(text(7)), Buffer.byteLength(text(7)))!).toString()).toBe(text(7));
});

it('answers nothing for a part holding more than it declares, or damaged, and inflates the next part still', () => {
  const data = deflated(text(100));
  const size = Buffer.byteLength(text(100));
  expect(keptInflate(data, size - 1)).toBeUndefined();
  expect(keptInflate(data.subarray(0, data.length - 3), size)).toBeUndefined();
  expect(keptInflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), size)).toBeUndefined();
  expect(keptInflate(new Uint8Array(0), 0)).toBeUndefined();
  expect(Buffer.from(keptInflate(data, size)!).toString()).toBe(text(100));
});

it('leaves a part declared larger than it keeps a buffer for to the public way', () => {
  expect(keptInflate(deflated('x'), KEPT_INFLATER_BYTES + 1)).toBeUndefined();
});
