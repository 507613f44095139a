// Findings in words: a rule's message in the chosen language with its data filled in.
import { BUILTIN_FORMATS } from '../format/builtin';
import { definitionRules } from '../format/definitionRules';
import { fill } from '../messages';
import { RULES } from './index';
import type { Finding, Lang, Rule } from './types';

let byId: Map<string, Rule> | undefined;

/**
 * Every built-in rule and the built-in formats' own checks, by id: made when a finding is first worded with them, not
 * when this loads (the full-cost format's checks are parsed from their expressions, before the first file was read).
 */
function builtinRules(): Map<string, Rule> {
  return (byId ??= new Map<string, Rule>([...RULES, ...BUILTIN_FORMATS.flatMap(definitionRules)].map((r) => [r.id, r])));
}

export function formatMessage(finding: Finding, lang: Lang = 'ja', rules: ReadonlyMap<string, Rule> = builtinRules()): string {
  const rule = rules.get(finding.ruleId);
  const template = (rule?.messages[lang] as Record<string, string> | undefined)?.[finding.messageId] ?? finding.messageId;
  return fill(template, finding.data);
}
