// The sheet kinds, apart from the model's schema so that a list of them (the CLI's --kind choices) and the reader (the
// CLI's reading thread, whose bundle had all of zod for these two functions) load no zod.
import type { KindId, Sheet, SheetKind } from './model';

export const SHEET_KINDS = ['policy', 'measure', 'project', 'budget-only'] as const;

export function isBuiltinKind(kind: KindId): kind is SheetKind {
  return (SHEET_KINDS as readonly string[]).includes(kind);
}

/** The format's kind id of a sheet: its built-in kind, or the form a FormSheet follows. */
export function kindOf(sheet: Sheet): KindId {
  return sheet.kind === 'form' ? sheet.form : sheet.kind;
}
