// Findings people act on together: the same rule saying the same thing about neighbouring cells of one row
// (an indicator's actuals empty for three years) become one finding naming all its cells. JSON keeps every cell.
import { parseAddress } from '../cells';
import type { Lang, MessageData } from '../messages';
import { formatMessage } from '../rules/format';
import type { Finding, Rule, Severity } from '../rules/types';

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
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const open = new Map<string, { group: FindingGroup; col: number }>();
  for (const f of findings) {
    const pos = f.cell && /^[A-Z]+\d+$/.test(f.cell) ? parseAddress(f.cell) : undefined;
    const key = pos && `${f.ruleId}\u0000${f.messageId}\u0000${f.file}\u0000${f.sheet}\u0000${pos.row}\u0000${dataBesidesLabel(f.data)}`;
    const run = key === undefined ? undefined : open.get(key);
    if (run && pos && run.col === pos.col - 1) {
      run.group.findings.push(f);
      run.group.cells.push(f.cell!);
      run.group.range = `${run.group.cells[0]}:${f.cell}`;
      run.col = pos.col;
      continue;
    }
    const group: FindingGroup = { ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cells: f.cell ? [f.cell] : [], range: f.cell, findings: [f] };
    groups.push(group);
    if (key !== undefined && pos) open.set(key, { group, col: pos.col });
  }
  return groups;
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

/** What a finding says apart from its label, as one comparable text. */
function dataBesidesLabel(data: MessageData): string {
  return JSON.stringify(Object.entries(data).filter(([k]) => k !== 'label').sort(([a], [b]) => (a < b ? -1 : 1)));
}
