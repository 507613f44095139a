// A read crosses to another thread and comes back the same, whatever its cells hold: what the readers give (every
// field by its name, in the layout's order) crosses in its shortest form, anything else whole.
import { readSheetOf, validMeasure, validProject } from './rules/testing/fixtures';
import { readCellsOf } from './readCells';
import type { FieldCell, ReadSheet, WorkbookRead } from './source';
import { fromData, toData } from './transfer';

const workbook = (...sheets: ReadSheet[]): WorkbookRead => ({ file: 'dept.xlsx', meta: { reportYear: 2019 }, sheets, problems: [] });
const crossed = (read: WorkbookRead) => fromData(structuredClone(toData(read)));

/** The read with its cells changed as a Map of them would be. */
function withCells(read: ReadSheet, change: (cells: Map<string, FieldCell>) => Map<string, FieldCell>): ReadSheet {
  read.source.cells = readCellsOf(read.source.layout, change(new Map(read.source.cells)));
  return read;
}

/** The same read, its cells in the same order, each pointing at the layout's own field where the read's did. */
function expectSame(back: WorkbookRead, read: WorkbookRead): void {
  expect(back).toEqual(read);
  back.sheets.forEach((sheet, i) => {
    const { cells, layout } = read.sheets[i].source;
    expect([...sheet.source.cells.keys()]).toEqual([...cells.keys()]);
    for (const [name, cell] of sheet.source.cells) {
      const field = cells.get(name)!.field;
      if (layout.fields.includes(field)) expect(cell.field).toBe(field);
    }
  });
}

it('sends the cells of sheets read by their names as places and values only, and puts them back', () => {
  const read = workbook(readSheetOf(validProject), readSheetOf(validMeasure, { Result: { value: 3, formula: 'SUM(A1:A2)' }, Purpose: { value: null, error: '#REF!' } }));
  const cells = toData(read).sheets.map((s) => s.source.cells);
  expect(cells.map((c) => [c.names, c.addresses, c.located, Array.isArray(c.places)])).toEqual([
    [undefined, undefined, undefined, true],
    [undefined, undefined, undefined, true],
  ]);
  expect(cells[1].raws.map(([, raw]) => raw)).toEqual([{ value: null, error: '#REF!' }, { value: 3, formula: 'SUM(A1:A2)' }]);
  expectSame(crossed(read), read);
});

it('sends whole what differs from a read by names: labels, missing cells, addresses spelled otherwise, other order, other fields', () => {
  const lost = readSheetOf(validProject, {}, { lost: ['ProjectName'], missing: ['Rank'] });
  const respelled = withCells(readSheetOf(validProject), (cells) => cells.set('ProjectName', { ...cells.get('ProjectName')!, address: '$A$5' }));
  const reordered = readSheetOf(validMeasure);
  const [first, ...rest] = [...reordered.source.cells.entries()];
  const other: FieldCell = { ...first[1], field: { ...first[1].field, label: '別の欄' } };
  withCells(reordered, () => new Map([...rest, [first[0], other]]));
  const read = workbook(lost, respelled, reordered);
  const cells = toData(read).sheets.map((s) => s.source.cells);
  expect(cells[0].located?.filter((how) => how !== 'name')).toEqual(['label', 'missing']);
  expect(cells[1].places).toBeUndefined();
  expect(cells[1].addresses?.[5]).toBe('$A$5');
  expect(cells[2].names?.at(-1)).toBe(first[0]);
  expect(cells[2].fields).toEqual([[rest.length, other.field]]);
  expectSame(crossed(read), read);
});
