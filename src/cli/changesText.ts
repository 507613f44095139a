// Year-over-year changes as text: one block per measure or project (its file and sheet), one line per change with its cell.
import * as path from 'path';
import { describeChange } from '../core/diff/describe';
import type { Change } from '../core/diff/types';
import type { Lang } from '../core/rules/types';

export function changesText(changes: Change[], lang: Lang, cwd: string): string {
  const blocks = new Map<string, Change[]>();
  for (const c of changes) {
    const head = `${c.subject}  (${path.relative(cwd, c.at.file) || c.at.file} › ${c.at.sheet ?? ''})`;
    blocks.set(head, [...(blocks.get(head) ?? []), c]);
  }
  const lines = [...blocks].flatMap(([head, own]) => [head, ...own.map((c) => `  ${(c.at.cell ?? '').padEnd(5)}  ${describeChange(c, lang)}`), '']);
  return `${[...lines, countLine(changes.length, lang)].join('\n')}\n`;
}

function countLine(n: number, lang: Lang): string {
  if (lang === 'en') return n ? `${n} change(s) since last year's report` : "No changes since last year's report.";
  return n ? `前年度の報告からの変更: ${n} 件` : '前年度の報告から変わったところはありません。';
}
