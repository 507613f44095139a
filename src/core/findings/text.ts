// Findings for people, in one place: severity words, where a finding is (sheet!cell), counts by severity.
import type { Lang } from '../messages';
import type { Finding, Severity } from '../rules/types';

/** Most serious first: the order counts and lists show them in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Where on a workbook: `sheet!B7`, `sheet!F18:H18`, the sheet alone, or '' for the whole file. */
export function placeText(at: { sheet?: string; cell?: string }): string {
  return at.sheet ? `${at.sheet}${at.cell ? `!${at.cell}` : ''}` : '';
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: ReadonlyArray<Pick<Finding, 'severity'>>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** エラー 3 件、警告 1 件、情報 0 件 / 3 error(s), 1 warning(s), 0 info. */
export function countsText(n: SeverityCounts, lang: Lang): string {
  const w = SEVERITY_WORD[lang];
  return lang === 'ja' ? `${w.error} ${n.error} 件、${w.warning} ${n.warning} 件、${w.info} ${n.info} 件` : `${n.error} error(s), ${n.warning} warning(s), ${n.info} info`;
}

/** After counts of grouped findings: how many cells they name, when that is more. */
export function cellsNote(listed: number, cells: number, lang: Lang): string {
  if (listed === cells) return '';
  return lang === 'ja' ? `（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは ${cells} 件）` : ` (neighbouring cells of a row counted once; ${cells} by cell)`;
}
