import { stringifyAt, writeJson, type ReadyTexts } from './jsonOut';

function written(value: unknown, ready?: ReadyTexts): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  writeJson(
    (s) => {
      text += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
      writes++;
    },
    value,
    ready,
  );
  return { text, writes };
}

/** A text made beforehand for `value` as it sits `depth` levels deep. */
function madeFor(value: unknown, depth: number, text = stringifyAt(value, depth)) {
  return [value, { depth, bytes: Buffer.from(text), chars: text.length }] as const;
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

test('a value made beforehand is written as made, reached however deep, and only where it sits as deep as it was made for', () => {
  const sheet = { name: '市民相談事業', notes: ['改行\nあり', { deep: [1, 2] }] };
  const other = { name: '別のシート' };
  const value = { policies: [{ report: { measures: [{ projects: [{ sheet, origin: 'a' }, { sheet: other, origin: 'b' }] }] } }], again: sheet };
  const p = value.policies[0];
  const m = p.report.measures[0];
  const holders = new Set<unknown>([value, value.policies, p, p.report, p.report.measures, m, m.projects, m.projects[0]]);
  const same = written(value, { texts: new Map([madeFor(sheet, 8)]), holders });
  expect(same.text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  // Where the value sits 8 levels deep the text made for it is written; `again` (1 level deep) is stringified here.
  const marked = written(value, { texts: new Map([madeFor(sheet, 8, '"made beforehand"')]), holders });
  expect(marked.text).toBe(`${JSON.stringify({ ...value, policies: [{ report: { measures: [{ projects: [{ sheet: 'made beforehand', origin: 'a' }, { sheet: other, origin: 'b' }] }] } }] }, null, 2)}\n`);
});
