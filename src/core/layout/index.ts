// The layouts by sheet kind, built from the built-in format's definition (src/formats/komoro.json).
import { KOMORO } from '../format/builtin';
import { layoutsOf } from '../format/buildLayout';
import type { SheetKind } from '../model';
import type { Layout } from './types';

export const LAYOUTS: Record<SheetKind, Layout> = layoutsOf(KOMORO);

export * from './types';
