// Findings in words: a rule's message in the chosen language with its data filled in.
import { KOMORO } from '../format/builtin';
import { definitionRules } from '../format/definitionRules';
import { printable } from '../text';
import { RULES } from './index';
import type { Finding, Lang, Rule } from './types';

const byId = new Map<string, Rule>([...RULES, ...definitionRules(KOMORO)].map((r) => [r.id, r]));

export function formatMessage(finding: Finding, lang: Lang = 'ja', rules: ReadonlyMap<string, Rule> = byId): string {
  const rule = rules.get(finding.ruleId);
  const template = (rule?.messages[lang] as Record<string, string> | undefined)?.[finding.messageId] ?? finding.messageId;
  return fill(template, finding.data);
}

export function fill(template: string, data: Finding['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? show(data[key]) : whole));
}

/** Amounts read as a clerk writes them: 15,602. Text from a workbook never carries control characters out. */
function show(v: string | number): string {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : printable(String(v));
}
