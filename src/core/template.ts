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

export function blankSheet(opts: TemplateOptions): Sheet {
  const sheet = sheetFromFields(LAYOUTS[opts.kind], opts.reportYear, () => null);
  const policyNumber = opts.policy ?? opts.measure?.split('-')[0] ?? null;
  sheet.policy.number = policyNumber;
  if ('measure' in sheet && opts.measure) sheet.measure.number = opts.measure;
  if (opts.department) sheet.department = opts.department;
  return sheet;
}
