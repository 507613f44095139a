// The layouts by sheet kind, built from the built-in format's definition (src/formats/komoro.json).
import { KOMORO } from '../format/builtin';
import { layoutsOf } from '../format/buildLayout';
import type { KindId, Sheet, SheetKind } from '../model';
import { kindOf } from '../sheetKinds';
import type { Layout } from './types';

export const LAYOUTS: Record<SheetKind, Layout> = layoutsOf(KOMORO);

/** A format's layouts by its sheet kind ids. */
export type Layouts = Partial<Record<KindId, Layout>>;

/** The layout a sheet is drawn in: its kind's among a format's layouts, else the built-in one; a form needs its format's. */
export function layoutFor(sheet: Sheet, layouts: Layouts = LAYOUTS): Layout {
  const layout = layouts[kindOf(sheet)] ?? (sheet.kind === 'form' ? undefined : LAYOUTS[sheet.kind]);
  if (!layout) throw new Error(`「${kindOf(sheet)}」のシートの様式がありません (--format で様式を指定してください) / no layout for a ${kindOf(sheet)} sheet (give its format with --format)`);
  return layout;
}

export * from './types';
