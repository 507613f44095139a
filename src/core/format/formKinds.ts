// Which formats are forms: sheets of the format's own kinds (the full-cost 事務事業評価シート), read as values by
// name and consolidated as the definition's `consolidation` says; the seed's four kinds keep their own report.
import { isBuiltinKind } from '../model';
import type { FormatDefinition } from './schema';

export function isFormFormat(def: FormatDefinition): boolean {
  return def.sheets.some((s) => !isBuiltinKind(s.kind));
}
