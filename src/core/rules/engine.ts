// Runs the format's rules over a set of workbooks and returns the findings in reading order.
import { columnNumber } from '../cells';
import { KOMORO } from '../format/builtin';
import { rulesOf } from '../format/definitionRules';
import type { WorkbookRead } from '../source';
import type { Finding, Report, Rule, RuleContext } from './types';

/** The rules the built-in format applies (every built-in rule today). */
const FORMAT_RULES = rulesOf(KOMORO);

/** The rules of the format checked against (`ctx.format`, else the built-in one) unless `rules` are given. */
export function checkWorkbooks(workbooks: WorkbookRead[], ctx: RuleContext = {}, rules: readonly Rule[] = ctx.format ? rulesOf(ctx.format) : FORMAT_RULES): Finding[] {
  const findings = rules.flatMap((rule) => reportsOf(rule, workbooks, ctx).map((r) => toFinding(rule, r)));
  return sortFindings(findings, workbooks);
}

function reportsOf(rule: Rule, workbooks: WorkbookRead[], ctx: RuleContext): Report<string>[] {
  switch (rule.scope) {
    case 'set':
      return rule.check(workbooks, ctx);
    case 'workbook':
      return workbooks.flatMap((wb) => rule.check(wb, ctx));
    case 'sheet':
      return workbooks.flatMap((wb) => wb.sheets.flatMap((s) => rule.check(s, ctx)));
  }
}

function toFinding(rule: Rule, r: Report<string>): Finding {
  return { ruleId: rule.id, severity: rule.severity, messageId: r.messageId, data: r.data ?? {}, ...r.at };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/** Files in the order given, sheets in workbook order, cells top to bottom: how a clerk walks the workbook. */
export function sortFindings(findings: Finding[], workbooks: WorkbookRead[]): Finding[] {
  const fileOrder = new Map(workbooks.map((wb, i) => [wb.file, i]));
  const sheetOrder = new Map(workbooks.flatMap((wb) => wb.sheets.map((s, i) => [`${wb.file}\u0000${s.source.sheetName}`, i] as const)));
  const key = (f: Finding) => [
    fileOrder.get(f.file) ?? 1e9,
    f.sheet === undefined ? -1 : sheetOrder.get(`${f.file}\u0000${f.sheet}`) ?? 1e9,
    ...cellOrder(f.cell),
    SEVERITY_ORDER[f.severity],
  ];
  return findings
    .map((f, i) => ({ f, k: [...key(f), i] }))
    .sort((a, b) => compareKeys(a.k, b.k))
    .map((x) => x.f);
}

function cellOrder(cell: string | undefined): number[] {
  const m = cell && /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [-1, -1];
  return [Number(m[2]), columnNumber(m[1])];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
