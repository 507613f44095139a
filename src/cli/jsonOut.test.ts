import { writeJson } from './jsonOut';

function written(value: unknown): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  writeJson((s) => {
    text += s;
    writes++;
  }, value);
  return { text, writes };
}

test('writes exactly what JSON.stringify(value, null, 2) writes, and a newline', () => {
  const values: unknown[] = [
    { a: 1, b: [1, 'two', null, undefined, () => 0, { c: { d: { e: { f: [1, { g: 'deep\nline' }] } } } }], h: undefined, i: () => 0 },
    [[], {}, [[]], [{}], { x: [] }, Object.create(null) as object],
    { date: new Date(Date.UTC(2019, 3, 1)), map: new Map([[1, 2]]), nan: NaN, infinity: -Infinity, text: '市全体 "引用" \\ \u2028' },
    { nested: { toJSON: () => ({ replaced: [1, 2] }) } },
    'a string',
    42,
    null,
    [],
    {},
  ];
  for (const value of values) expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
});

test('arrays of many items, written many at a time, come out as JSON.stringify writes them', () => {
  const items = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? undefined : i % 11 === 0 ? () => i : { i, at: [i, { deep: [[`セル${i}`]] }], empty: [], none: {} }));
  const sparse = [1, , 3];
  const values: unknown[] = [items, { a: { b: { c: { d: items } } } }, [[[[[items]]]]], { list: [sparse, items.slice(0, 50), Array.from({ length: 500 }, () => 'x'.repeat(300))] }];
  for (const value of values) expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
});

test('a large value is written in a few pieces, not one string nor one per value', () => {
  const value = { policies: Array.from({ length: 2000 }, (_, i) => ({ number: String(i), findings: Array.from({ length: 20 }, (_, j) => ({ cell: `B${j}`, message: '記入してください' })) })) };
  const { text, writes } = written(value);
  expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  expect(writes).toBeGreaterThan(1);
  expect(writes).toBeLessThan(text.length / 10_000);
});
