// The layouts a workbook is read with when no format is asked for: those of the built-in format its SeikaFormat
// names (a fullcost/1 workbook's 事務事業評価シート), else the seed's format's (undefined: the reader's default).
import { LAYOUTS } from '../layout';
import type { Layout } from '../layout/types';
import type { WorkbookMeta } from '../source';
import { BUILTIN_FORMATS, KOMORO } from './builtin';
import { buildLayout } from './buildLayout';

// The seed's format's are the very LAYOUTS every other part uses: a sheet read with them must carry the same layout
// object as one read by default (the pane's worker sends only its kind, and the pane puts LAYOUTS' back).
const built = new Map<string, Layout[]>([[KOMORO.id, KOMORO.sheets.map((s) => LAYOUTS[s.kind as keyof typeof LAYOUTS])]]);

export function builtinLayoutsFor(meta: WorkbookMeta): Layout[] | undefined {
  const def = BUILTIN_FORMATS.find((d) => d.id === meta.format?.id);
  if (!def) return undefined;
  if (!built.has(def.id)) built.set(def.id, def.sheets.map((s) => buildLayout(def, s)));
  return built.get(def.id);
}
