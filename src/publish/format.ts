// Numbers, years and text as the published pages show them: 千円 with thousands separators, 和暦 with the
// western year, department text escaped and its line breaks and bullet points kept.
import { fiscalYearLabel } from '../core/era';
import type { Value } from '../core/model';
import { numberOf } from '../core/numbers';

/** `令和元年度（2019年度）`. */
export function yearLabel(year: number): string {
  return `${fiscalYearLabel(year)}（${year}年度）`;
}

/** 10839 → `10,839`; text a department typed is shown as typed, empty as a dash. */
export function amount(value: Value | number | undefined): string {
  if (value === null || value === undefined || value === '') return '－';
  const n = typeof value === 'number' ? value : numberOf(value);
  return n === undefined ? String(value) : n.toLocaleString('ja-JP', { maximumFractionDigits: 2 });
}

/** Achievement as a percentage, `95.2%`. */
export function percent(rate: number | undefined): string {
  return rate === undefined ? '－' : `${(Math.round(rate * 1000) / 10).toLocaleString('ja-JP')}%`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`);
}

/** A line that starts with a bullet or a circled number is an item of a list, as staff write them in a cell. */
const BULLET = /^[・●○◯■□◆◇※\-－]|^[①-⑳]/;

/**
 * Department text as HTML: paragraphs per line, runs of bullet lines as a list (the bullet kept as typed, so
 * the text reads as in the printed report); empty text as a dash.
 */
export function textBlock(text: string | null | undefined): string {
  const lines = (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return '<p>－</p>';
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul class="bullets">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    items = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) items.push(line);
    else {
      flush();
      out.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  flush();
  return out.join('');
}

/** A cell's value as plain text for the pages (empty as a dash). */
export function valueText(value: Value | undefined): string {
  return value === null || value === undefined || value === '' ? '－' : String(value);
}
