// Normalising what people type: full-width forms, stray spaces, Japanese minus signs.

/** NFKC turns full-width digits, letters and punctuation (１２３, ，, ．) into their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.normalize('NFKC');
}

/** Collapses every run of white space (including the ideographic space) so labels compare equal. */
export function squeeze(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

/**
 * Text from a workbook made safe to print: control characters (which could move a terminal's cursor, clear its
 * screen or rewrite a line, ESC [2J or a lone carriage return) shown as their symbols (␛, ␍, ␊), tab kept.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Dashes that look like - in a number such as 6-1. */
const DASH_LOOKALIKES = /[‐‑‒–—―−ーｰ﹣－]/g;

/** Look-alike dashes (－ ー ― − –) as the half-width -: ６－１ and 6ー1 read 6-1. */
export function evenDashes(s: string): string {
  return s.replace(DASH_LOOKALIKES, '-');
}

/** A lone dash, the half-width - or a look-alike (－ ー ― − –), spaces aside: how staff write "none" or "not ranked". */
export function isDash(text: string): boolean {
  return /^[-‐‑‒–—―−ーｰ﹣]$/u.test(squeeze(text));
}
