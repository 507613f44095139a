// Runs the format's rules over a set of workbooks and returns the findings in reading order.
import { cellPlace } from '../findings/cellPlace';
import { KOMORO } from '../format/builtin';
import { rulesOf } from '../format/definitionRules';
import type { WorkbookRead } from '../source';
import type { Finding, Report, Rule, RuleContext, SheetRule, WorkbookRule } from './types';

/** The rules the built-in format applies (every built-in rule today). */
const FORMAT_RULES = rulesOf(KOMORO);

/** The rules of the format checked against (`ctx.format`, else the built-in one) unless `rules` are given. */
export function checkWorkbooks(workbooks: WorkbookRead[], ctx: RuleContext = {}, rules: readonly Rule[] = ctx.format ? rulesOf(ctx.format) : FORMAT_RULES): Finding[] {
  const reports = reportsOf(rules, workbooks, ctx);
  const findings: Finding[] = [];
  rules.forEach((rule, i) => {
    for (const r of reports[i]) findings.push(toFinding(rule, r));
  });
  return sortFindings(findings, workbooks);
}

/**
 * Each rule's reports, in the order its own walk gives them (workbook by workbook, sheet by sheet). The sheet rules
 * run sheet by sheet, all of them on one sheet before the next, so what they share of a sheet (`sheetCells`) is
 * sorted once while the sheet is at hand, and the workbook rules on a workbook right after its sheets; each rule's
 * reports still come out in its own order.
 *
 * The loop over every sheet and rule (80,000 checks at 10×) runs once, in the interpreter until V8 replaces it with
 * optimised code mid-loop: so it is indexed loops over plain arrays, with no iterator or destructured pair a step.
 */
function reportsOf(rules: readonly Rule[], workbooks: WorkbookRead[], ctx: RuleContext): Report<string>[][] {
  const reports = rules.map((): Report<string>[] => []);
  // The sheet and workbook rules, each beside the array its reports go into.
  const sheetRules: SheetRule[] = [];
  const sheetReports: Report<string>[][] = [];
  const workbookRules: WorkbookRule[] = [];
  const workbookReports: Report<string>[][] = [];
  rules.forEach((rule, i) => {
    if (rule.scope === 'sheet') {
      sheetRules.push(rule);
      sheetReports.push(reports[i]);
    } else if (rule.scope === 'workbook') {
      workbookRules.push(rule);
      workbookReports.push(reports[i]);
    }
  });
  for (let w = 0; w < workbooks.length; w++) {
    const sheets = workbooks[w].sheets;
    for (let s = 0; s < sheets.length; s++) {
      for (let r = 0; r < sheetRules.length; r++) append(sheetReports[r], sheetRules[r].check(sheets[s], ctx));
    }
    for (let r = 0; r < workbookRules.length; r++) append(workbookReports[r], workbookRules[r].check(workbooks[w], ctx));
  }
  rules.forEach((rule, i) => {
    if (rule.scope === 'set') append(reports[i], rule.check(workbooks, ctx));
  });
  return reports;
}

function append<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

function toFinding(rule: Rule, r: Report<string>): Finding {
  return { ruleId: rule.id, severity: rule.severity, messageId: r.messageId, data: r.data ?? {}, ...r.at };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/** Files in the order given, sheets in workbook order, cells top to bottom: how a clerk walks the workbook. */
export function sortFindings(findings: Finding[], workbooks: WorkbookRead[]): Finding[] {
  const fileOrder = new Map(workbooks.map((wb, i) => [wb.file, i]));
  const sheetOrder = new Map<string, Map<string, number>>();
  for (const wb of workbooks) {
    const sheets = sheetOrder.get(wb.file) ?? new Map<string, number>();
    wb.sheets.forEach((s, i) => sheets.set(s.source.sheetName, i));
    sheetOrder.set(wb.file, sheets);
  }
  // Each finding's place as numbers, worked out once (not at every comparison), KEYS numbers a finding in one array
  // (not an array and an object per finding: 5,800 findings at 10×), made at its size; ties keep the order given.
  const keys = new Float64Array(findings.length * KEYS);
  findings.forEach((f, i) => {
    const at = i * KEYS;
    const cell = cellPlace(f.cell);
    keys[at] = fileOrder.get(f.file) ?? 1e9;
    keys[at + 1] = f.sheet === undefined ? -1 : sheetOrder.get(f.file)?.get(f.sheet) ?? 1e9;
    keys[at + 2] = cell[0];
    keys[at + 3] = cell[1];
    keys[at + 4] = SEVERITY_ORDER[f.severity];
  });
  const order = findings.map((_, i) => i);
  return order.sort((a, b) => compareKeys(keys, a, b)).map((i) => findings[i]);
}

/** How many numbers place a finding: its file, sheet, row, column and severity. */
const KEYS = 5;

/** Two findings by their places, then (ties) by the order they were given in. */
function compareKeys(keys: Float64Array, a: number, b: number): number {
  for (let k = 0; k < KEYS; k++) {
    const x = keys[a * KEYS + k];
    const y = keys[b * KEYS + k];
    if (x !== y) return x - y;
  }
  return a - b;
}
