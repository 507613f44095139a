// Worksheet tab names for model sheets: readable, unique, and within Excel's limits.
import { FORM_NAMES, formText, type Sheet } from './model';

const MAX_LENGTH = 31;

/** The tab name staff would give the sheet: 政策6, 施策6-1, or the project's name. */
export function preferredTitle(sheet: Sheet): string {
  switch (sheet.kind) {
    case 'policy':
      return `政策${sheet.policy.number}`;
    case 'measure':
      return `施策${sheet.measure.number}`;
    case 'form':
      return formText(sheet, FORM_NAMES.title) ?? '事務事業';
    default:
      return sheet.name ?? '事務事業';
  }
}

/** Excel forbids : \ / ? * [ ] in tab names, a leading or trailing apostrophe, and more than 31 characters. */
export function safeTitle(title: string): string {
  // An apostrophe inside a tab name breaks ExcelJS's print area (it does not double it), so it becomes ’.
  const cleaned = title.replace(/[:\\/?*[\]]/g, '＿').replace(/'/g, '’').trim();
  return (cleaned || 'Sheet').slice(0, MAX_LENGTH);
}

/**
 * Hands out tab names in turn: each wanted title made safe and numbered past those already taken, including
 * the workbook's `existing` tabs (Excel compares tab names case-insensitively).
 */
export function titleAllocator(existing: string[] = []): (wanted: string) => string {
  const used = new Set(existing.map((t) => t.toLowerCase()));
  return (wanted) => {
    const base = safeTitle(wanted);
    let title = base;
    for (let n = 2; used.has(title.toLowerCase()); n++) title = `${base.slice(0, MAX_LENGTH - `(${n})`.length)}(${n})`;
    used.add(title.toLowerCase());
    return title;
  };
}

/** Tab names for a list of sheets, next to the workbook's `existing` tabs. */
export function uniqueTitles(sheets: Sheet[], existing: string[] = []): string[] {
  const next = titleAllocator(existing);
  return sheets.map((s) => next(preferredTitle(s)));
}

/** A sheet named for people in messages and lists: 政策6 まちづくり, 施策6-1 …, or the project's name. */
export function titleOf(s: Sheet): string {
  if (s.kind === 'policy') return `政策${s.policy.number ?? ''} ${s.policy.name ?? ''}`.trim();
  if (s.kind === 'measure') return `施策${s.measure.number ?? ''} ${s.measure.name ?? ''}`.trim();
  if (s.kind === 'form') return formText(s, FORM_NAMES.title) ?? '(事務事業名なし)';
  return s.name ?? '(事務事業名なし)';
}
