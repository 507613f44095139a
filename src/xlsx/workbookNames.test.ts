import type { DefinedName } from './definedNames';
import { workbookNamesOf } from './workbookNames';

const cell = (sheet: string, row: number) => `'${sheet}'!$A$${row}`;

describe('workbookNamesOf', () => {
  it('gives each sheet its names, the first where one is given twice, however many names the workbook has', () => {
    // More distinct names than are numbered (1,024), a name given twice within and across the runs of its sheet.
    const names: DefinedName[] = [];
    for (let i = 0; i < 1500; i++) names.push({ name: `N${i}`, localSheetId: i % 3, formula: cell('S', i + 1) });
    names.push({ name: 'N3', localSheetId: 0, formula: cell('S', 9000) }, { name: 'N1400', localSheetId: 2, formula: cell('S', 9001) });
    names.push({ name: 'N3', localSheetId: 1, formula: cell('S', 9002) }, { name: 'N1401', localSheetId: 1, formula: cell('S', 9003) });

    const read = workbookNamesOf(names);

    const expected = new Map<number, Map<string, number>>();
    for (const { name, localSheetId, formula } of names) {
      const own = expected.get(localSheetId!) ?? expected.set(localSheetId!, new Map()).get(localSheetId!)!;
      if (!own.has(name)) own.set(name, Number(formula.slice(formula.lastIndexOf('$') + 1)));
    }
    expect([...read.sheets.keys()]).toEqual([0, 1, 2]);
    for (const [id, own] of expected) {
      const sheet = read.sheets.get(id)!;
      expect([...sheet.byName].map(([name, ref]) => [name, 'from' in ref && ref.from.row])).toEqual([...own]);
      for (const name of ['N3', 'N1400', 'N1401', 'N1499', 'Other']) expect(sheet.byName.get(name)).toEqual(own.has(name) ? { sheet: 'S', from: { row: own.get(name), col: 1 }, to: { row: own.get(name), col: 1 } } : undefined);
    }
    expect(read.sheets.get(0)!.refs).toHaveLength(501);
  });
});

describe('workbookNamesOf, workbook after workbook', () => {
  /** Each sheet's names and their rows, as the reader sees them. */
  const seen = (names: DefinedName[], asked: string[]) =>
    [...workbookNamesOf(names).sheets].map(([id, own]) => [id, [...own.byName].map(([n, ref]) => [n, 'from' in ref && ref.from.row]), asked.map((n) => { const ref = own.byName.get(n); return ref && 'from' in ref ? ref.from.row : ref; })]);
  /** What a Map per sheet, the first of a name standing, gives. */
  const expected = (names: DefinedName[], asked: string[]) => {
    const sheets = new Map<number, Map<string, number>>();
    for (const { name, localSheetId, formula } of names) {
      const own = sheets.get(localSheetId!) ?? sheets.set(localSheetId!, new Map()).get(localSheetId!)!;
      if (!own.has(name)) own.set(name, Number(formula.slice(formula.lastIndexOf('$') + 1)));
    }
    return [...sheets].map(([id, own]) => [id, [...own], asked.map((n) => own.get(n))]);
  };

  it('gives each sheet its own names when sheets share their first names, or all of them, or follow another order', () => {
    const sheet = (id: number, order: string[], first: number) => order.map((name, i) => ({ name, localSheetId: id, formula: cell('S', first + i) }));
    const asked = ['A', 'B', 'C', 'D', 'E'];
    for (const names of [
      [...sheet(0, ['A', 'B', 'C'], 1), ...sheet(1, ['A', 'B', 'C'], 10), ...sheet(2, ['A', 'B'], 20), ...sheet(3, ['A', 'B', 'D', 'C'], 30)],
      [...sheet(0, ['A', 'B', 'C'], 40), ...sheet(1, ['A', 'C', 'B', 'A'], 50), ...sheet(2, ['B', 'A', 'B'], 60), ...sheet(0, ['E', 'A'], 70)],
      [...sheet(5, ['A', 'B', 'C', 'D'], 80), ...sheet(6, ['A', 'B', 'C', 'E'], 90), ...sheet(7, [], 0), ...sheet(8, ['A', 'B', 'C'], 100)],
    ]) {
      expect(seen(names, asked)).toEqual(expected(names, asked));
    }
  });

  it('reads workbooks right after forgetting the sequences it knew, whatever their order and number', () => {
    // A hundred thousand names in no order over the workbooks: the tree of sequences is started afresh, mid-workbook too.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let w = 0; w < 12; w++) {
      const names: DefinedName[] = [];
      for (let i = 0; i < 12_000; i++) names.push({ name: `N${random(3000)}`, localSheetId: random(4), formula: cell('S', i + 1) });
      const asked = ['N0', 'N1', `N${random(3000)}`, `N${random(3000)}`, 'Other'];
      expect(seen(names, asked)).toEqual(expected(names, asked));
    }
  });
});
