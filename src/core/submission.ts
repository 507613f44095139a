// Checking submission JSON on input: errors name the path, e.g. `sheets[3].budget.2019.total`. The built-in
// format's sheets (and any format's forms) are checked by the model's schema; a city's sheets of the built-in kinds
// hold only the fields its layouts draw, so they are checked field by field against those layouts.
import { z } from 'zod';
import { KOMORO } from './format/builtin';
import type { BuiltFormat } from './format/buildLayout';
import { fieldValue, resolvePath, sheetFromFields } from './layout/sheetData';
import { Sheet, Submission, Value } from './modelSchema';
import type { FormatStamp } from './source';
import { stampOf } from './workbookMeta';

export type SubmissionResult = { ok: true; submission: Submission } | { ok: false; errors: string[] };

const Envelope = Submission.extend({ sheets: z.array(z.looseObject({ kind: z.string(), reportYear: z.number().int() })) });
type RawSheet = z.infer<typeof Envelope>['sheets'][number];

function parseJson(text: string): { ok: true; json: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, errors: [`JSON として読めません / not JSON: ${(e as Error).message}`] };
  }
}

/** The submission's sheets checked in `format` (absent: the built-in one). */
export function parseSubmission(text: string, format?: BuiltFormat): SubmissionResult {
  const read = parseJson(text);
  if (!read.ok) return read;
  if (!format || format.definition.id === KOMORO.id) {
    const parsed = Submission.safeParse(read.json);
    return parsed.success ? { ok: true, submission: parsed.data } : { ok: false, errors: errorsOf(parsed.error) };
  }
  const envelope = Envelope.safeParse(read.json);
  if (!envelope.success) return { ok: false, errors: errorsOf(envelope.error) };
  const checked = envelope.data.sheets.map((raw, i) => sheetIn(raw, i, format));
  const errors = checked.flatMap((c) => (c.ok ? [] : c.errors));
  if (errors.length) return { ok: false, errors };
  return { ok: true, submission: { ...envelope.data, sheets: checked.flatMap((c) => (c.ok ? [c.sheet] : [])) } };
}

/** The format a submission records (`"format": "third-city/2"`), read before its sheets are checked in it. */
export function recordedFormat(text: string): FormatStamp | undefined {
  const read = parseJson(text);
  const format = read.ok && read.json !== null && typeof read.json === 'object' ? (read.json as { format?: unknown }).format : undefined;
  return typeof format === 'string' ? stampOf(format) : undefined;
}

function sheetIn(raw: RawSheet, i: number, format: BuiltFormat): { ok: true; sheet: Sheet } | { ok: false; errors: string[] } {
  const at = (path: PropertyKey[]) => `  ${formatPath(['sheets', i, ...path])}`;
  const layout = format.layouts[raw.kind];
  if (raw.kind === 'form' || !layout) {
    const parsed = Sheet.safeParse(raw);
    return parsed.success ? { ok: true, sheet: parsed.data } : { ok: false, errors: errorsOf(parsed.error, ['sheets', i]) };
  }
  const sheet = raw as unknown as Sheet;
  const errors = layout.fields.flatMap((field) => {
    if (!field.path || Value.safeParse(fieldValue(sheet, field)).success) return [];
    return [`${at(resolvePath(field.path, raw.reportYear))}: 数値・文字列・null のいずれかにしてください / expected a number, text or null`];
  });
  return errors.length ? { ok: false, errors } : { ok: true, sheet: sheetFromFields(layout, raw.reportYear, (field) => fieldValue(sheet, field)) };
}

function errorsOf(error: z.ZodError, under: PropertyKey[] = []): string[] {
  return error.issues.map((i) => `  ${formatPath([...under, ...i.path])}: ${i.message}`);
}

/** A zod issue's path as a reader writes it: `sheets[3].budget.2019.total`. */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(root)';
}

/** The JSON Schema of the interchange format, for docs/submission.schema.json. */
export function submissionJsonSchema(): unknown {
  return z.toJSONSchema(Submission, { target: 'draft-2020-12' });
}
