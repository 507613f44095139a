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
