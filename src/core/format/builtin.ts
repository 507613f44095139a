// The formats seika ships, checked against the schema when first used.
import fullcost from '../../formats/fullcost.json';
import komoro from '../../formats/komoro.json';
import { FormatDefinition } from './schema';

/** The seed's city: 政策 → 施策 → 事務事業 sheets, 千円, two past years and next year's plan. */
export const KOMORO: FormatDefinition = FormatDefinition.parse(komoro);

/** The full-cost 事務事業評価シート several cities use: one sheet per project, 円, 人件費 and トータルコスト (docs/formats.md). */
export const FULLCOST: FormatDefinition = FormatDefinition.parse(fullcost);

export const BUILTIN_FORMATS: readonly FormatDefinition[] = [KOMORO, FULLCOST];
