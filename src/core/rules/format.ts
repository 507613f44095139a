// Findings in words: a rule's message in the chosen language with its data filled in.
import { BUILTIN_FORMATS } from '../format/builtin';
import { definitionRules } from '../format/definitionRules';
import { fill } from '../messages';
import { RULES } from './index';
import type { Finding, Lang, Rule } from './types';

const byId = new Map<string, Rule>([...RULES, ...BUILTIN_FORMATS.flatMap(definitionRules)].map((r) => [r.id, r]));

export function formatMessage(finding: Finding, lang: Lang = 'ja', rules: ReadonlyMap<string, Rule> = byId): string {
  const rule = rules.get(finding.ruleId);
  const template = (rule?.messages[lang] as Record<string, string> | undefined)?.[finding.messageId] ?? finding.messageId;
  return fill(template, finding.data);
}
