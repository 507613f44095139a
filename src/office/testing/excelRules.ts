// Where Excel refuses what an add-in asks: tab names, defined names, and
// the 5 MB request limit of Excel on the web. The test doubles apply these so the adapter meets them here.
import { columnNumber } from '../../core/cells';

/** Excel on the web refuses a request or response over 5 MB. */
export const EXCEL_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** Why Excel would refuse this tab name next to `others`, or undefined. */
export function sheetNameProblem(name: string, others: string[]): string | undefined {
  if (name.length === 0) return 'empty sheet name';
  if (name.length > 31) return `sheet name over 31 characters: ${name}`;
  if (/[[\]:*?/\\]/.test(name)) return `sheet name with one of []:*?/\\: ${name}`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name starting or ending with an apostrophe: ${name}`;
  if (name.toLowerCase() === 'history') return 'History is reserved';
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) return `duplicate sheet name (case-insensitive): ${name}`;
  return undefined;
}

/** Why Excel would refuse this defined name in a scope already holding `others`, or undefined. */
export function definedNameProblem(name: string, others: string[]): string | undefined {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) return `invalid name: ${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && isColumn(name.replace(/\d+$/, ''))) return `name looks like a cell reference: ${name}`;
  if (/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name)) return `name looks like an R1C1 reference: ${name}`;
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) return `duplicate name in its scope: ${name}`;
  return undefined;
}

function isColumn(letters: string): boolean {
  return columnNumber(letters) <= 16384; // XFD
}
