// What a format definition tells the built-in rules: the parameters it gives a rule, and what each sheet kind must have filled.
import type { KindId } from '../model';
import { KOMORO } from './builtin';
import type { RuleParams } from './ruleParamSchemas';
import type { FormatDefinition } from './schema';

/** The format a check runs against: the one given, else the built-in one. */
export function formatIn(ctx: { format?: FormatDefinition }): FormatDefinition {
  return ctx.format ?? KOMORO;
}

/**
 * The parameters the definition gives a built-in rule; undefined when the format does not use the rule. They are
 * used as they are: a definition is checked with the rule's schema (ruleParamSchemas.ts) when it is loaded and refused
 * when they do not fit (checkDefinition), and the schema neither adds nor changes a value, so a parse would give them back.
 */
export function builtinParams<Id extends keyof RuleParams>(def: FormatDefinition, id: Id): RuleParams[Id] | undefined {
  // Asked for on every sheet (4,400 at the bench's 10×): the rule's entry is looked up once per definition.
  const known = paramsOf.get(def);
  if (known?.has(id)) return known.get(id) as RuleParams[Id] | undefined;
  const spec = def.rules.find((r) => r.type === 'builtin' && r.id === id);
  const params = spec && spec.type === 'builtin' ? ((spec.params ?? {}) as RuleParams[Id]) : undefined;
  if (!paramsOf.has(def)) paramsOf.set(def, new Map());
  paramsOf.get(def)?.set(id, params);
  return params;
}

/** Each definition's parameters by rule id (definitions are never changed). */
const paramsOf = new WeakMap<FormatDefinition, Map<string, unknown>>();

/** The defined names a sheet kind must have filled. A plain loop: required-fields asks on every sheet, and `find` made a closure each time. */
export function requiredOf(def: FormatDefinition, kind: KindId): readonly string[] {
  for (let i = 0; i < def.sheets.length; i++) if (def.sheets[i].kind === kind) return def.sheets[i].required ?? [];
  return [];
}
