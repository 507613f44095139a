// Findings people act on together: the same rule saying the same thing about neighbouring cells of one row
// (an indicator's actuals empty for three years) become one finding naming all its cells. JSON keeps every cell.
import type { Lang, MessageData } from '../messages';
import { formatMessage } from '../rules/format';
import type { Finding, Rule, Severity } from '../rules/types';
import { cellPlace } from './cellPlace';

export interface FindingGroup {
  ruleId: string;
  severity: Severity;
  file: string;
  sheet?: string;
  /** Every cell the group names, left to right; empty for a finding about a whole sheet or file. */
  cells: string[];
  /** `F18:H18`, or the one cell; undefined without a cell. */
  range?: string;
  findings: Finding[];
}

/**
 * One group per run of findings with the same rule, message, file, sheet and row, on neighbouring columns,
 * whose data differ only in their label (the label's year); any other finding is a group of its own. Groups
 * keep the order of their first finding.
 *
 * Why it is shaped so: the summary line groups a city's every finding (5,800 at 10×) in the command's serial tail.
 * Open runs are kept by sheet, then by row (a number), so no text is made per finding: findings come sheet after
 * sheet, and a sheet's runs are looked up only when the sheet changes. A row's few runs are told apart by rule,
 * message and data besides the label, compared with each run's first finding (not a sorted JSON text of every
 * finding's data).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const bySheet = new Map<string, Map<number, OpenRun[]>>();
  let rows: Map<number, OpenRun[]> | undefined;
  let rowsOf: Finding | undefined;
  for (const f of findings) {
    const place = cellPlace(f.cell);
    const row = place[0];
    const col = place[1];
    if (row < 0) {
      groups.push(groupOf(f));
      continue;
    }
    if (!rows || f.file !== rowsOf?.file || f.sheet !== rowsOf.sheet) {
      rows = sheetRows(bySheet, f);
      rowsOf = f;
    }
    const runs = rows.get(row);
    const at = runs ? runOf(runs, f) : -1;
    const run = runs && at >= 0 ? runs[at] : undefined;
    if (run && run.col === col - 1) {
      run.group.findings.push(f);
      run.group.cells.push(f.cell!);
      run.group.range = `${run.group.cells[0]}:${f.cell}`;
      run.col = col;
      continue;
    }
    const opened: OpenRun = { group: groupOf(f), col };
    groups.push(opened.group);
    if (!runs) rows.set(row, [opened]);
    else if (run) runs[at] = opened;
    else runs.push(opened);
  }
  return groups;
}

/** A run of findings being grouped: its group (whose first finding says what the run's findings share) and the column it reached. */
interface OpenRun {
  group: FindingGroup;
  col: number;
}

function groupOf(f: Finding): FindingGroup {
  return { ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cells: f.cell ? [f.cell] : [], range: f.cell, findings: [f] };
}

/** The open runs of a finding's sheet, by row. */
function sheetRows(bySheet: Map<string, Map<number, OpenRun[]>>, f: Finding): Map<number, OpenRun[]> {
  const sheet = `${f.file}\u0000${f.sheet}`;
  let rows = bySheet.get(sheet);
  if (!rows) bySheet.set(sheet, (rows = new Map()));
  return rows;
}

/** Where among a row's open runs the one `f` would continue is (same rule and message, same data besides the label), or -1. */
function runOf(runs: OpenRun[], f: Finding): number {
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i].group.findings[0];
    if (first.ruleId === f.ruleId && first.messageId === f.messageId && sameBesidesLabel(first.data, f.data)) return i;
  }
  return -1;
}

/** The group's message: its first finding's, with the label spanning the group's years (実績（平成29〜令和元年度）). */
export function groupMessage(group: FindingGroup, lang: Lang, rules?: ReadonlyMap<string, Rule>): string {
  const first = group.findings[0];
  if (group.findings.length === 1) return formatMessage(first, lang, rules);
  const labels = group.findings.map((f) => f.data.label).filter((l): l is string => typeof l === 'string');
  const label = labels.length === group.findings.length ? spanLabel(labels) : undefined;
  return formatMessage(label === undefined ? first : { ...first, data: { ...first.data, label } }, lang, rules);
}

/** Labels that differ in one stretch, the first and last of it joined by 〜: 実績（平成29年度）…（令和元年度） → 実績（平成29〜令和元年度）. */
export function spanLabel(labels: string[]): string {
  const first = labels[0];
  const last = labels[labels.length - 1];
  let head = commonLength(labels, (s, i) => s[i]);
  let tail = commonLength(labels, (s, i) => s[s.length - 1 - i]);
  // Never split a number: 平成28 and 平成29 differ from 平成2 on, but the span is 平成28〜29.
  while (head > 0 && /\d/.test(first[head - 1])) head -= 1;
  while (tail > 0 && /\d/.test(first[first.length - tail])) tail -= 1;
  const middle = (s: string) => s.slice(head, s.length - tail);
  return `${first.slice(0, head)}${middle(first)}〜${middle(last)}${first.slice(first.length - tail)}`;
}

/** How many leading positions every string shares, reading each with `at`. */
function commonLength(strings: string[], at: (s: string, i: number) => string | undefined): number {
  const shortest = Math.min(...strings.map((s) => s.length));
  let n = 0;
  while (n < shortest && strings.every((s) => at(s, n) === at(strings[0], n))) n += 1;
  return n;
}

/**
 * Whether two findings say the same apart from their labels: the same keys besides `label`, in any order, each
 * value the same as JSON writes it (what comparing their sorted entries as JSON text told).
 */
function sameBesidesLabel(a: MessageData, b: MessageData): boolean {
  if (a === b) return true;
  let keys = 0;
  for (const key in a) {
    if (key === 'label' || !ownKey(a, key)) continue;
    if (!ownKey(b, key) || !sameJson(a[key], b[key])) return false;
    keys += 1;
  }
  for (const key in b) if (key !== 'label' && ownKey(b, key)) keys -= 1;
  return keys === 0;
}

/** A key Object.entries lists: the object's own and enumerable. */
function ownKey(data: MessageData, key: string): boolean {
  return Object.prototype.propertyIsEnumerable.call(data, key);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify([a]) === JSON.stringify([b]);
}
