// docs/rules.md: every rule with its messages, one failing and one passing example, taken from its case table.
import { placeText, SEVERITY_WORD } from '../core/findings/text';
import { RULE_CASES } from '../core/rules/cases';
import { formatMessage } from '../core/rules/format';
import { RULES } from '../core/rules/index';
import { findingsOf } from '../core/rules/testing/ruleTester';
import type { Rule, Severity } from '../core/rules/types';

const SCOPE = { sheet: '1シート / one sheet', workbook: '1ブック / one workbook', set: '提出された全ブック / all workbooks together' };

export function rulesMarkdown(): string {
  const rules = RULES.map(ruleSection).join('\n\n');
  const index = RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${severityWords(r.severity)} | ${r.description.ja} |`).join('\n');
  return [
    '# Rules',
    '',
    'What `seika check` (and the pane\'s チェック) looks for. Generated from `src/core/rules` by `npm run docs`;',
    'each example is a case of the rule\'s own table, and the message is what the checker prints for it.',
    '',
    '| rule | severity | checks |',
    '|---|---|---|',
    index,
    '',
    rules,
    '',
  ].join('\n');
}

function ruleSection(rule: Rule): string {
  const cases = RULE_CASES[rule.id];
  const failing = cases.invalid[0];
  const messages = findingsOf(rule, failing.input, failing.ctx).map((f) => `> ${f.sheet ? `${placeText(f)}: ` : ''}${formatMessage(f, 'ja')}`);
  return [
    `## ${rule.id}`,
    '',
    `${rule.description.ja} / ${rule.description.en}. Severity: ${severityWords(rule.severity)}; scope: ${SCOPE[rule.scope]}.`,
    '',
    `- Fails: ${failing.name}`,
    '',
    ...messages,
    '',
    `- Passes: ${cases.valid[0].name}`,
  ].join('\n');
}

/** エラー / error: the Japanese word, then the id the CLI and JSON print. */
function severityWords(severity: Severity): string {
  return `${SEVERITY_WORD.ja[severity]} / ${severity}`;
}
