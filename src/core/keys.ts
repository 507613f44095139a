// How sheets and values are matched as staff mean them: across departments, and this year against last.
import type { Value } from './model';
import type { ReadOf } from './source';
import { evenDashes, squeeze } from './text';
import { byText } from './textMemo';

/** A value compared as staff mean it: full-width forms and every space evened out; '' when empty. */
export function textKey(value: Value | undefined): string {
  return value === null || value === undefined ? '' : squeezed(String(value));
}

/**
 * Remembered by the text: the rules over a city's sheets key every sheet's measure number and project (4,400 at 10×),
 * and the consolidation keys every project before them. A city's project names are thousands (4,001 at 10×): at the
 * memo's usual 1,000 texts it was emptied every 1,000 names and never answered one, so it holds 10,000.
 */
const squeezed = byText(squeeze, 10_000);

/** A project is known by its name and its 会計・款・項・目; undefined when it has no name. */
export function projectKey(read: ReadOf<'project' | 'budget-only'>): string | undefined {
  const name = textKey(read.sheet.name);
  return name ? `${name}\u0000${textKey(read.sheet.account)}` : undefined;
}

/** A policy or measure number compared as meant: ６－１ and 6ー1 are 6-1. */
export function codeKey(value: Value | undefined): string {
  return value === null || value === undefined ? '' : code(String(value));
}

const code = byText((text) => evenDashes(squeeze(text)));
