// A stable hash of a sheet's input values, so that check can tell a sheet edited after it was submitted:
// FNV-1a (32-bit) over a canonical JSON of the model sheet (keys sorted), pure, with no Node crypto.
import type { Sheet } from '../model';

/** JSON with every object's keys sorted, so that the same values give the same text whatever their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a over the text's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The hash of what the department entered in a sheet (its model values, not its formatting or names). */
export function inputHash(sheet: Sheet): string {
  return fnv1a(canonicalJson(sheet));
}
