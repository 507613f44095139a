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
 * A rule's parameter schema, built the first time a definition's parameters are parsed with it: a run parses those of
 * the few rules its format gives parameters (the built-in format one), and building every rule's schema when the
 * rules load was work each start of the command did before reading its first file.
 */
export function paramsSchema<T>(build: () => z.ZodType<T>): () => z.ZodType<T> {
  let built: z.ZodType<T> | undefined;
  return () => (built ??= build());
}

/**
 * The parameters the definition gives a built-in rule, checked by the rule's own schema; undefined when the
 * format does not use the rule. A definition whose parameters do not fit is refused when it is loaded.
 */
export function builtinParams<T>(def: FormatDefinition, id: string, schema: () => z.ZodType<T>): T | undefined {
  // Asked for on every sheet (4,400 at the bench's 10×), and a zod parse each time was a tenth of the rules' time.
  const known = parsedParams.get(def)?.get(id);
  if (known?.schema === schema) return known.params as T | undefined;
  const spec = def.rules.find((r) => r.type === 'builtin' && r.id === id);
  const params = spec && spec.type === 'builtin' ? schema().parse(spec.params ?? {}) : undefined;
  if (!parsedParams.has(def)) parsedParams.set(def, new Map());
  parsedParams.get(def)?.set(id, { schema, params });
  return params;
}

/** Each definition's parameters as parsed, by rule id, with the schema they were parsed by (definitions are never changed). */
const parsedParams = new WeakMap<FormatDefinition, Map<string, { schema: () => z.ZodType<unknown>; params: unknown }>>();

/** The defined names a sheet kind must have filled. A plain loop: required-fields asks on every sheet, and `find` made a closure each time. */
export function requiredOf(def: FormatDefinition, kind: KindId): readonly string[] {
  for (let i = 0; i < def.sheets.length; i++) if (def.sheets[i].kind === kind) return def.sheets[i].required ?? [];
  return [];
}
