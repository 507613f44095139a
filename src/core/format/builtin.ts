// The formats seika ships, checked against the schema when first used.
import komoro from '../../formats/komoro.json';
import { FormatDefinition } from './schema';

/** The seed's city: 政策 → 施策 → 事務事業 sheets, 千円, two past years and next year's plan. */
export const KOMORO: FormatDefinition = FormatDefinition.parse(komoro);

export const BUILTIN_FORMATS: readonly FormatDefinition[] = [KOMORO];
