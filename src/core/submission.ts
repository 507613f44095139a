// Checking submission JSON on input: errors name the path, e.g. `sheets[3].budget.2019.total`.
import { z } from 'zod';
import { Submission } from './model';

export type SubmissionResult = { ok: true; submission: Submission } | { ok: false; errors: string[] };

export function parseSubmission(text: string): SubmissionResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`JSON として読めません / not JSON: ${(e as Error).message}`] };
  }
  const parsed = Submission.safeParse(json);
  if (parsed.success) return { ok: true, submission: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`) };
}

/** A zod issue's path as a reader writes it: `sheets[3].budget.2019.total`. */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(root)';
}

/** The JSON Schema of the interchange format, for docs/submission.schema.json. */
export function submissionJsonSchema(): unknown {
  return z.toJSONSchema(Submission, { target: 'draft-2020-12' });
}
