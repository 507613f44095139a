// Runs a rule's table of passing and failing cases, like eslint's RuleTester: unknown message ids,
// duplicate cases and unused messages are mistakes in the table itself.
import type { ReadSheet, WorkbookRead } from '../../source';
import { checkWorkbooks } from '../engine';
import type { Finding, MessageData, Rule, RuleContext } from '../types';
import { workbookOf } from './fixtures';

/** One sheet, one workbook, or the whole set of workbooks given together. */
export type CaseInput = ReadSheet | WorkbookRead | WorkbookRead[];

export interface ExpectedFinding {
  messageId: string;
  field?: string;
  cell?: string;
  sheet?: string;
  file?: string;
  data?: MessageData;
}

export interface ValidCase {
  /** What the input holds, in words a reviewer of the report would use; shown in docs/rules.md. */
  name: string;
  input: CaseInput;
  /** What the check is given besides the input, e.g. last year's workbooks (`previous`). */
  ctx?: RuleContext;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function workbooksOf(input: CaseInput): WorkbookRead[] {
  if (Array.isArray(input)) return input;
  if ('sheets' in input) return [input];
  return [workbookOf(input.source.file, [input])];
}

export function findingsOf(rule: Rule, input: CaseInput, ctx: RuleContext = {}): Finding[] {
  return checkWorkbooks(workbooksOf(input), ctx, [rule]);
}

/** Mistakes in the table itself; an empty list means the table is well formed. */
export function tableProblems(rule: Rule, cases: RuleCases): string[] {
  const problems: string[] = [];
  const ids = Object.keys(rule.messages.ja);
  if (!cases.valid.length) problems.push('no passing case');
  if (!cases.invalid.length) problems.push('no failing case');
  const all = [...cases.valid, ...cases.invalid];
  const seenNames = new Set<string>();
  const seenInputs = new Map<string, string>();
  for (const c of all) {
    if (seenNames.has(c.name)) problems.push(`duplicate case name: ${c.name}`);
    seenNames.add(c.name);
    // The same input with another context (with and without last year's workbooks) is another case.
    const key = inputKey(c.input) + (c.ctx ? inputKey(c.ctx.previous ?? []) : '');
    if (seenInputs.has(key)) problems.push(`duplicate case input: "${c.name}" = "${seenInputs.get(key)}"`);
    seenInputs.set(key, c.name);
  }
  for (const c of cases.invalid) {
    if (!c.findings.length) problems.push(`failing case without findings: ${c.name}`);
    for (const f of c.findings) if (!ids.includes(f.messageId)) problems.push(`unknown message id "${f.messageId}" in: ${c.name}`);
  }
  const used = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
  for (const id of ids) if (!used.has(id)) problems.push(`message "${id}" has no failing case`);
  return problems;
}

/** A case's input as text, so two cases with the same cells are caught (Maps spelled out). */
function inputKey(input: CaseInput): string {
  return JSON.stringify(workbooksOf(input), (_, v: unknown) => (v instanceof Map ? [...v.entries()].map(([k, c]) => [k, (c as { raw: unknown; address?: string }).raw, (c as { address?: string }).address]) : v));
}
