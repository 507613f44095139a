// The rules a format definition applies: the built-in rules it lists, and its own checks written in the
// expression form (`assert`) or as `required-if`, turned into sheet rules that report like every other rule.
import { kindOf } from '../model';
import { numberOf } from '../numbers';
import { RULES } from '../rules';
import { atField, sheetRule } from '../rules/define';
import { isBlank } from '../rules/fieldCells';
import type { Report, Rule } from '../rules/types';
import type { FieldCell, ReadSheet } from '../source';
import { squeeze } from '../text';
import { yearOffsets } from './buildLayout';
import { fieldNames, holds, parseAssertion } from './expression';
import type { FormatDefinition, RuleSpec } from './schema';

type AssertSpec = Extract<RuleSpec, { type: 'assert' }>;
type RequiredIfSpec = Extract<RuleSpec, { type: 'required-if' }>;

/** A year group's columns as name suffixes (`_1`, `_2`, …), or the plain names when the check is not per year. */
function suffixes(def: FormatDefinition, spec: AssertSpec): string[] {
  return spec.eachYear ? yearOffsets(def, spec.eachYear).map((_, i) => `_${i + 1}`) : [''];
}

/** A sheet rule of the definition: its message is the one the definition gives, checked on its sheet kind only. */
function ownRule<const M extends string>(spec: AssertSpec | RequiredIfSpec, messageId: M, check: (read: ReadSheet) => Report<M>[]): Rule {
  return sheetRule({
    id: spec.id,
    severity: spec.severity,
    description: { ja: spec.message.ja, en: spec.message.en },
    messages: { ja: { [messageId]: spec.message.ja } as Record<M, string>, en: { [messageId]: spec.message.en } as Record<M, string> },
    check: (read: ReadSheet) => (kindOf(read.sheet) === spec.sheet ? check(read) : []),
  });
}

function assertRule(def: FormatDefinition, spec: AssertSpec): Rule {
  const parsed = parseAssertion(spec.assert);
  if (!parsed.ok) throw new Error(`rule ${spec.id}: ${parsed.error}`);
  const names = fieldNames(parsed.value.left).concat(fieldNames(parsed.value.right));
  return ownRule(spec, 'failed', (read) =>
    suffixes(def, spec).flatMap((suffix) => {
      const at = read.source.cells.get(`${spec.at}${suffix}`);
      const values = new Map(names.map((n) => [n, numberOf(read.source.cells.get(`${n}${suffix}`)?.raw.value)]));
      // A value that is not a number is money-format's finding; the check only weighs numbers.
      if (!at || [...values.values()].some((v) => v === undefined)) return [];
      return holds(parsed.value, (n) => values.get(n) ?? 0, spec.tolerance) ? [] : [atField(read, at, 'failed')];
    }),
  );
}

function requiredIfRule(spec: RequiredIfSpec): Rule {
  const when = new Set(spec.when.in.map(squeeze));
  const filled = (cell: FieldCell | undefined) => cell !== undefined && !isBlank(cell.raw);
  return ownRule(spec, 'required', (read) => {
    const condition = read.source.cells.get(spec.when.field);
    const target = read.source.cells.get(spec.field);
    if (!condition || !filled(condition) || !when.has(squeeze(String(condition.raw.value)))) return [];
    return target && target.located !== 'missing' && !filled(target) ? [atField(read, target, 'required')] : [];
  });
}

/** The definition's own checks as rules. */
export function definitionRules(def: FormatDefinition): Rule[] {
  return def.rules.flatMap((spec) => (spec.type === 'assert' ? [assertRule(def, spec)] : spec.type === 'required-if' ? [requiredIfRule(spec)] : []));
}

/** Every rule a format applies: the built-in rules it lists, then its own checks. */
export function rulesOf(def: FormatDefinition): Rule[] {
  const listed = new Set(def.rules.flatMap((r) => (r.type === 'builtin' ? [r.id] : [])));
  return [...RULES.filter((r) => listed.has(r.id)), ...definitionRules(def)];
}
