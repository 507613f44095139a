// --kind with --format: the sheet kinds a format draws (the built-in format's four, or a city's own such as
// `evaluation`), and the one a command means when a format has only one.
import { BUILTIN_FORMATS } from '../core/format/builtin';
import { builtFormat, type BuiltFormat } from '../core/format/buildLayout';
import { kindOf, type Sheet } from '../core/model';
import { SHEET_KINDS } from '../core/sheetKinds';
import { UsageError } from './io';

/** The kinds a format has, in its definition's order; the built-in four without a format. */
export function kindsOf(format: BuiltFormat | undefined): string[] {
  return format ? format.definition.sheets.map((s) => s.kind) : [...SHEET_KINDS];
}

/** The kind asked for, checked against the format's; none asked: the format's only kind, else a usage error. */
export function kindIn(format: BuiltFormat | undefined, kind: string | undefined, formatName = format?.definition.id): string {
  const kinds = kindsOf(format);
  if (kind === undefined) {
    if (format && kinds.length === 1) return kinds[0];
    throw new UsageError(`シートの種類を --kind で選んでください: ${kinds.join(', ')} / choose a sheet kind with --kind: ${kinds.join(', ')}`);
  }
  if (kinds.includes(kind)) return kind;
  if (format) throw new UsageError(`様式 ${formatName} に ${kind} のシートはありません（${kinds.join(', ')}） / format ${formatName} has no ${kind} sheet`);
  throw new UsageError(`シートの種類 ${kind} はありません（${kinds.join(', ')}、ほかの様式は --format で） / no sheet kind ${kind}: ${kinds.join(', ')}, or give a format with --format`);
}

/**
 * The built-in format that draws a submission's forms (a `fullcost` sheet is an `evaluation` form); undefined when
 * every sheet is of the built-in kinds. A form no built-in format has is a usage error.
 */
export function formatOfForms(sheets: Sheet[]): BuiltFormat | undefined {
  const forms = [...new Set(sheets.filter((s) => s.kind === 'form').map(kindOf))];
  if (!forms.length) return undefined;
  const def = BUILTIN_FORMATS.find((d) => forms.every((kind) => d.sheets.some((s) => s.kind === kind)));
  if (!def) throw new UsageError(`シートの種類 ${forms.join(', ')} を描く組み込みの様式がありません / no built-in format has ${forms.join(', ')} sheets`);
  return builtFormat(def);
}
