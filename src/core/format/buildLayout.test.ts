// The seed's format as data builds the layouts the sheets have always had: every label, field, formula and row
// height, as listed in test/fixtures/layouts-komoro.txt (written from the TypeScript layouts this replaced).
import * as fs from 'fs';
import * as path from 'path';
import { SHEET_KINDS } from '../model';
import { KOMORO } from './builtin';
import { buildLayout } from './buildLayout';
import { layoutText } from './layoutText';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/layouts-komoro.txt');

it('src/formats/komoro.json builds the four layouts of test/fixtures/layouts-komoro.txt', () => {
  const built = SHEET_KINDS.flatMap((kind) => [...layoutText(buildLayout(KOMORO, KOMORO.sheets.find((s) => s.kind === kind)!)), '']);
  expect(built.join('\n')).toBe(fs.readFileSync(FIXTURE, 'utf8'));
});

it('a format with three past years and no next-year plan repeats the year columns accordingly', () => {
  const def = { ...KOMORO, years: { past: 3, nextPlan: false } };
  const layout = buildLayout(def, KOMORO.sheets.find((s) => s.kind === 'measure')!);
  expect(layout.fields.filter((f) => f.name.startsWith('Outcome1Plan_')).map((f) => [f.range, f.path])).toEqual([
    ['D23', ['outcomes', 0, 'plan', { year: -3 }]],
    ['E23', ['outcomes', 0, 'plan', { year: -2 }]],
    ['F23', ['outcomes', 0, 'plan', { year: -1 }]],
    ['G23', ['outcomes', 0, 'plan', { year: 0 }]],
  ]);
});
