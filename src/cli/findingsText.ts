// Findings as compiler-style lines: `file › sheet!B7  error  rule-id  message`, grouped by file, then counts.
import * as path from 'path';
import { groupFindings, groupMessage, type FindingGroup } from '../core/findings/group';
import { cellsNote, countBySeverity, countsText, placeText } from '../core/findings/text';
import type { Finding, Lang, Rule } from '../core/rules/types';

/** `rules`: the rules checked, when a city's format brings its own (their messages are in its definition). */
export function findingsText(findings: Finding[], files: string[], lang: Lang, cwd: string, rules?: ReadonlyMap<string, Rule>): string {
  const shown = (f: string) => path.relative(cwd, f) || f;
  const lines: string[] = [];
  for (const file of files) {
    const own = groupFindings(findings.filter((f) => f.file === file));
    if (!own.length) continue;
    lines.push(shown(file));
    for (const g of own) lines.push(`  ${location(g, shown)}  ${g.severity.padEnd(7)}  ${g.ruleId}  ${groupMessage(g, lang, rules)}`);
    lines.push('');
  }
  lines.push(countLine(findings, files.length, lang));
  return `${lines.join('\n')}\n`;
}

function location(g: FindingGroup, shown: (file: string) => string): string {
  const where = placeText({ sheet: g.sheet, cell: g.range });
  return where ? `${shown(g.file)} › ${where}` : shown(g.file);
}

/** Counts findings as listed, a row's neighbouring cells as one; the cells' own count when that differs. */
export function countLine(findings: Finding[], fileCount: number, lang: Lang): string {
  const groups = groupFindings(findings);
  const counts = countsText(countBySeverity(groups), lang) + cellsNote(groups.length, findings.length, lang);
  return lang === 'ja' ? `${fileCount} ファイル: ${counts}` : `${fileCount} file(s): ${counts}`;
}
