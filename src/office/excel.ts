// The one place the Office adapter enters Excel: Excel.run, or a context the caller already holds.
/// <reference types="office-js" />

/**
 * Runs `work` in a request context: the caller's (to join its batch, or a test's mock), else a new `Excel.run`.
 * Errors propagate to the caller, which decides what the user sees.
 */
export async function withExcel<T>(context: Excel.RequestContext | undefined, work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (context) return work(context);
  return Excel.run(work);
}

/** Excel on the web refuses requests over 5 MB; writes are cut into batches estimated below this. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** The message of an Office.js error (OfficeExtension.Error carries a code and a debug location). */
export function officeErrorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    const where = typeof e.debugInfo?.errorLocation === 'string' ? ` (${e.debugInfo.errorLocation})` : '';
    const code = typeof e.code === 'string' ? `${e.code}: ` : '';
    if (typeof e.message === 'string') return `${code}${e.message}${where}`;
  }
  return String(error);
}
