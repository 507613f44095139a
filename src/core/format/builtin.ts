// The formats seika ships. They are fixed data, checked by builtin.test.ts (the schema gives each back unchanged,
// and checkDefinition finds no mistake), so they are used as they are: parsing both with zod at every start of
// the command took about a tenth of a second. A definition a user gives is still checked in full (checkDefinition).
import fullcost from '../../formats/fullcost.json';
import komoro from '../../formats/komoro.json';
import type { FormatDefinition } from './schema';

/** The seed's city: 政策 → 施策 → 事務事業 sheets, 千円, two past years and next year's plan. */
export const KOMORO = komoro as FormatDefinition;

/** The full-cost 事務事業評価シート several cities use: one sheet per project, 円, 人件費 and トータルコスト (docs/formats.md). */
export const FULLCOST = fullcost as FormatDefinition;

export const BUILTIN_FORMATS: readonly FormatDefinition[] = [KOMORO, FULLCOST];
