// Blank sheets for templates: every field empty except what the planning division fixes in advance.
import { LAYOUTS, type Layout } from './layout';
import { sheetFromFields } from './layout/sheetData';
import { FORM_NAMES, isBuiltinKind, type KindId, type Sheet } from './model';

export interface TemplateOptions {
  /** One of the built-in kinds, or a format's own kind (then the format's layout is given). */
  kind: KindId;
  reportYear: number;
  policy?: string;
  measure?: string;
  department?: string;
}

function builtinLayout(kind: KindId): Layout {
  if (!isBuiltinKind(kind)) throw new Error(`no built-in ${kind} sheet`);
  return LAYOUTS[kind];
}

/** A blank sheet of the layout (the built-in format's by default); a format whose sheet has no 政策 gets none. */
export function blankSheet(opts: TemplateOptions, layout = builtinLayout(opts.kind)): Sheet {
  const sheet = sheetFromFields(layout, opts.reportYear, () => null);
  if (sheet.kind === 'form') {
    if (opts.department && FORM_NAMES.department in sheet.values) sheet.values[FORM_NAMES.department] = opts.department;
    return sheet;
  }
  const policyNumber = opts.policy ?? opts.measure?.split('-')[0] ?? null;
  if (sheet.policy) sheet.policy.number = policyNumber;
  if ('measure' in sheet && sheet.measure && opts.measure) sheet.measure.number = opts.measure;
  if (opts.department) sheet.department = opts.department;
  return sheet;
}
