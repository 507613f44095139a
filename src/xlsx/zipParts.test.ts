// What the reader makes of a part is kept by the part's compressed bytes (PartMemo): the same bytes in another file
// give the value made before; other bytes, an error, or a part too large to keep are made again.
import JSZip from 'jszip';
import { PartMemo } from './zipParts';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

async function zipWith(text: string, other = ''): Promise<{ bytes: Uint8Array; entry: ZipEntry }> {
  const zip = new JSZip();
  zip.file('first.xml', other);
  zip.file('xl/styles.xml', text, { compression: 'DEFLATE' });
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  const directory = readZipDirectory(bytes, 10);
  if (!('entries' in directory)) throw new Error('no directory');
  return { bytes, entry: directory.entries.find((e) => e.name === 'xl/styles.xml')! };
}

it('gives the value made of equal bytes in another file, and makes one for other bytes', async () => {
  const memo = new PartMemo<string>(2);
  const made: string[] = [];
  const make = (value: string) => () => (made.push(value), value);
  const a = await zipWith('<styleSheet a="1"/>');
  const sameInAnother = await zipWith('<styleSheet a="1"/>', 'another file, the part elsewhere in it');
  const b = await zipWith('<styleSheet b="2"/>');
  expect(memo.value(a.bytes, a.entry, make('a'))).toBe('a');
  expect(memo.value(sameInAnother.bytes, sameInAnother.entry, make('again'))).toBe('a');
  expect(memo.value(b.bytes, b.entry, make('b'))).toBe('b');
  expect(made).toEqual(['a', 'b']);
});

it('keeps its own copy of the bytes, not a view of a file read into a buffer that the next file reuses', async () => {
  const memo = new PartMemo<string>(2);
  const a = await zipWith('<styleSheet a="1"/>');
  const b = await zipWith('<styleSheet b="2"/>');
  expect(b.entry.localOffset).toBe(a.entry.localOffset);
  const file = Buffer.from(a.bytes);
  expect(memo.value(file, a.entry, () => 'a')).toBe('a');
  file.set(b.bytes);
  expect(memo.value(file, b.entry, () => 'b')).toBe('b');
});

it('keeps no error, and no part larger than it keeps', async () => {
  const memo = new PartMemo<number>(2);
  const a = await zipWith('<styleSheet/>');
  expect(() => memo.value(a.bytes, a.entry, () => { throw new Error('broken'); })).toThrow('broken');
  expect(memo.value(a.bytes, a.entry, () => 1)).toBe(1);
  let random = 1;
  const noise = Array.from({ length: PartMemo.MAX_KEPT_BYTES * 2 }, () => String.fromCharCode(33 + ((random = (random * 48271) % 2147483647) % 90))).join('');
  const large = await zipWith(noise);
  expect(large.entry.compressedSize).toBeGreaterThan(PartMemo.MAX_KEPT_BYTES);
  expect(memo.value(large.bytes, large.entry, () => 2)).toBe(2);
  expect(memo.value(large.bytes, large.entry, () => 3)).toBe(3);
});
