// Blank sheets for templates: every field empty except what the planning division fixes in advance.
import { LAYOUTS } from './layout';
import { sheetFromFields } from './layout/sheetData';
import type { Sheet, SheetKind } from './model';

export interface TemplateOptions {
  kind: SheetKind;
  reportYear: number;
  policy?: string;
  measure?: string;
  department?: string;
}

/** A blank sheet of the layout (the built-in format's by default); a format whose sheet has no 政策 gets none. */
export function blankSheet(opts: TemplateOptions, layout = LAYOUTS[opts.kind]): Sheet {
  const sheet = sheetFromFields(layout, opts.reportYear, () => null);
  const policyNumber = opts.policy ?? opts.measure?.split('-')[0] ?? null;
  if (sheet.policy) sheet.policy.number = policyNumber;
  if ('measure' in sheet && sheet.measure && opts.measure) sheet.measure.number = opts.measure;
  if (opts.department) sheet.department = opts.department;
  return sheet;
}
