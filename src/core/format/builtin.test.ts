// The built-in formats are trusted at run time (builtin.ts): here they pass every check a user's definition does.
import fullcost from '../../formats/fullcost.json';
import komoro from '../../formats/komoro.json';
import { BUILTIN_FORMATS } from './builtin';
import { checkDefinition } from './checkDefinition';
import { FormatDefinition } from './schema';

it.each([
  ['komoro', komoro],
  ['fullcost', fullcost],
])('%s.json is a definition the schema gives back unchanged, without a mistake', (id, json) => {
  // Equal after parsing: nothing stripped, defaulted or transformed, so using the file as it is gives what parsing gave.
  expect(FormatDefinition.parse(json)).toStrictEqual(json);
  expect(checkDefinition(json)).toMatchObject({ ok: true, definition: { id } });
  expect(BUILTIN_FORMATS.find((d) => d.id === id)).toBe(json);
});
