// What a format definition tells the built-in rules: the parameters it gives a rule, and what each sheet kind must have filled.
import type { z } from 'zod';
import type { KindId } from '../model';
import { KOMORO } from './builtin';
import type { FormatDefinition } from './schema';

/** The format a check runs against: the one given, else the built-in one. */
export function formatIn(ctx: { format?: FormatDefinition }): FormatDefinition {
  return ctx.format ?? KOMORO;
}

/**
 * The parameters the definition gives a built-in rule, checked by the rule's own schema; undefined when the
 * format does not use the rule. A definition whose parameters do not fit is refused when it is loaded.
 */
export function builtinParams<T>(def: FormatDefinition, id: string, schema: z.ZodType<T>): T | undefined {
  const spec = def.rules.find((r) => r.type === 'builtin' && r.id === id);
  return spec && spec.type === 'builtin' ? schema.parse(spec.params ?? {}) : undefined;
}

/** The defined names a sheet kind must have filled. */
export function requiredOf(def: FormatDefinition, kind: KindId): readonly string[] {
  return def.sheets.find((s) => s.kind === kind)?.required ?? [];
}
