// The seed's format as data builds exactly the layouts that were declared in TypeScript before.
import { LAYOUTS } from '../layout';
import type { Layout } from '../layout/types';
import { SHEET_KINDS } from '../model';
import { KOMORO } from './builtin';
import { buildLayout } from './buildLayout';

/** A layout with its functions applied: label texts for two years, formula results for two sets of values. */
function comparable(layout: Layout) {
  const valuesA = (address: string) => (address.endsWith('0') ? 1000 : address.endsWith('1') ? 300 : 7);
  const valuesB = (address: string) => (address.endsWith('4') ? '1,000' : 12);
  return {
    ...layout,
    labels: layout.labels.map((l) => ({ ...l, text: typeof l.text === 'function' ? [l.text(2019), l.text(2030)] : l.text })),
    formulas: layout.formulas.map((f) => ({ ...f, result: [f.result(valuesA), f.result(valuesB)] })),
  };
}

it.each(SHEET_KINDS)('the %s layout built from src/formats/komoro.json equals the declared one', (kind) => {
  const sheet = KOMORO.sheets.find((s) => s.kind === kind)!;
  expect(comparable(buildLayout(KOMORO, sheet))).toEqual(comparable(LAYOUTS[kind]));
});
