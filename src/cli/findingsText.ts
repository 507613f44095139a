// Findings as compiler-style lines: `file › sheet!B7  error  rule-id  message`, grouped by file, then counts.
import * as path from 'path';
import { formatMessage } from '../core/rules/format';
import { countBySeverity, countsText, placeText } from '../core/findings/text';
import type { Finding, Lang, Rule } from '../core/rules/types';

/** `rules`: the rules checked, when a city's format brings its own (their messages are in its definition). */
export function findingsText(findings: Finding[], files: string[], lang: Lang, cwd: string, rules?: ReadonlyMap<string, Rule>): string {
  const shown = (f: string) => path.relative(cwd, f) || f;
  const lines: string[] = [];
  for (const file of files) {
    const own = findings.filter((f) => f.file === file);
    if (!own.length) continue;
    lines.push(shown(file));
    for (const f of own) lines.push(`  ${location(f, shown)}  ${f.severity.padEnd(7)}  ${f.ruleId}  ${formatMessage(f, lang, rules)}`);
    lines.push('');
  }
  lines.push(countLine(findings, files.length, lang));
  return `${lines.join('\n')}\n`;
}

function location(f: Finding, shown: (file: string) => string): string {
  const where = placeText(f);
  return where ? `${shown(f.file)} › ${where}` : shown(f.file);
}

export function countLine(findings: Finding[], fileCount: number, lang: Lang): string {
  const counts = countsText(countBySeverity(findings), lang);
  return lang === 'ja' ? `${fileCount} ファイル: ${counts}` : `${fileCount} file(s): ${counts}`;
}
