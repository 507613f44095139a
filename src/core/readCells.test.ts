// A sheet's compact cells answer as the Map of cell objects they replace did, whatever order its cells were set in.
import { CellsBuilder, readCellsOf } from './readCells';
import { readSheetOf, validMeasure, validProject } from './rules/testing/fixtures';
import type { FieldCell } from './source';

/** The cells as a Map, and the same set into ReadCells. */
function both(read = readSheetOf(validProject), change: (cells: Map<string, FieldCell>) => void = () => {}) {
  const map = new Map(read.source.cells);
  change(map);
  return { map, cells: readCellsOf(read.source.layout, map) };
}

function expectLikeMap({ map, cells }: ReturnType<typeof both>): void {
  expect(cells.size).toBe(map.size);
  expect([...cells.entries()]).toEqual([...map.entries()]);
  for (const [name, cell] of map) expect(cells.get(name)).toEqual(cell);
  expect(cells.get('NoSuchField')).toBeUndefined();
  expect(cells.readBy()).toBe([...map.values()].every((c) => c.located === 'name') ? 'names' : 'labels');
}

it("keeps a sheet read by its names in its layout's order, its raw cells that hold more than a value apart", () => {
  const read = readSheetOf(validMeasure, { Result: { value: 3, formula: 'SUM(A1:A2)' }, Purpose: { value: null, error: '#REF!' } });
  const pair = both(read);
  expectLikeMap(pair);
  expect(pair.cells.order.fieldsFirst).toBe(true);
  expect(pair.cells.raws.map(([i]) => pair.cells.order.names[i])).toEqual(['Purpose', 'Result']);
  // The next sheet of the layout with its cells in the same places shares their addresses.
  expect(both(readSheetOf(validMeasure)).cells.addresses).toBe(pair.cells.addresses);
});

it('answers as the Map for cells set again, in another order, found by their labels or not at all', () => {
  const again = both(undefined, (map) => map.set('ProjectName', { ...map.get('ProjectName')!, raw: { value: '別名', formula: 'A1' } }).set('Rank', { ...map.get('Rank')!, located: 'label', address: 'Z9' }));
  expectLikeMap(again);
  expect(again.cells.order.fieldsFirst).toBe(true);
  const reordered = both(readSheetOf(validMeasure), (map) => {
    const [first] = map;
    map.delete(first[0]);
    map.set(first[0], { ...first[1], raw: { value: 1, date: true } });
  });
  expectLikeMap(reordered);
  expect(reordered.cells.order.fieldsFirst).toBeUndefined();
  expectLikeMap(both(readSheetOf(validProject, {}, { lost: ['ProjectName'], missing: ['Rank'] })));
});

it('gives a name set again its later cell in its place, as a Map does: a plain value over a formula, a formula over a value', () => {
  const read = readSheetOf(validProject, { ProjectName: { value: 'x', formula: 'B2' }, Rank: { value: null, error: '#N/A' } });
  const map = new Map(read.source.cells);
  const [first] = map.keys();
  const later: Array<[string, FieldCell]> = [
    ['ProjectName', { ...map.get('ProjectName')!, raw: { value: 'y' } }],
    [first, { ...map.get(first)!, raw: { value: 2, formula: 'C3' }, located: 'label' }],
  ];
  const built = new CellsBuilder(read.source.layout);
  for (const [name, cell] of [...map, ...later]) built.set(name, cell.field, cell.address, cell.located, cell.raw);
  for (const [name, cell] of later) map.set(name, cell);
  const cells = built.finish();
  expectLikeMap({ map, cells });
  expect(cells.raws.map(([i]) => cells.order.names[i])).toEqual([first, 'Rank']);
});
