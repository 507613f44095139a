// Normalising what people type: full-width forms, stray spaces, Japanese minus signs.

/** NFKC turns full-width digits, letters and punctuation (１２３, ，, ．) into their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.normalize('NFKC');
}

/** Collapses every run of white space (including the ideographic space) so labels compare equal. */
export function squeeze(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}
