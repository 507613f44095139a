// Writes the consolidated report's sheets into the open workbook from the core's drawing (the same one the
// .xlsx writer draws). Sheets are written under temporary names in batches below 4 MB, one sync each; only
// the last batch deletes the earlier run's sheets of the same names and renames the new ones, so a cancelled
// or failed write leaves no half-written report sheet and never touches the user's other sheets.
/// <reference types="office-js" />
import type { ReportSheetDrawing } from '../core/report/drawing';
import type { TableDrawing } from '../core/report/table';
import { drawTableOn, estimateTableBytes, finishTableOn, type DeferredFormula } from './drawTable';
import { REQUEST_BUDGET_BYTES, withExcel } from './excel';
import { drawOn, estimateRequestBytes, planBatches } from './insertSheets';

export interface ReportWriteOptions {
  /** The user confirmed replacing the sheets an earlier run wrote (same names); without it nothing is replaced. */
  replace?: boolean;
  /** After each batch: the sheets written so far (under temporary names until the end). */
  onProgress?: (progress: { done: number; total: number; sheet: string }) => void;
  /** Checked between batches; when aborted, the sheets written so far are deleted. */
  signal?: { readonly aborted: boolean };
  context?: Excel.RequestContext;
  budgetBytes?: number;
}

export type ReportWriteResult =
  | { status: 'written'; sheetNames: string[]; replaced: string[]; syncs: number }
  | { status: 'needsConfirmation'; replaced: string[]; syncs: number }
  | { status: 'cancelled'; syncs: number };

/** What writing these tabs would do to the open workbook: sheets added, and earlier sheets replaced. */
interface ReportWritePlan {
  added: string[];
  replaced: string[];
}

function clashes(titles: string[], existing: string[]): ReportWritePlan {
  const taken = new Map(existing.map((n) => [n.toLowerCase(), n]));
  return { added: titles.filter((t) => !taken.has(t.toLowerCase())), replaced: titles.flatMap((t) => taken.get(t.toLowerCase()) ?? []) };
}

export async function writeReportSheets(drawings: ReportSheetDrawing[], opts: ReportWriteOptions = {}): Promise<ReportWriteResult> {
  const sizes = drawings.map((d) => (d.kind === 'model' ? estimateRequestBytes(d.drawing) : estimateTableBytes(d)));
  const batches = planBatches(sizes, opts.budgetBytes ?? REQUEST_BUDGET_BYTES);
  return withExcel(opts.context, async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.load('items/name');
    await context.sync();
    let syncs = 1;
    const names = existing.items.map((ws) => ws.name);
    const plan = clashes(drawings.map((d) => d.title), names);
    if (plan.replaced.length > 0 && !opts.replace) return { status: 'needsConfirmation', replaced: plan.replaced, syncs };

    const temporary = temporaryNames(drawings.length, names);
    const added: Excel.Worksheet[] = [];
    const deferred: Array<{ index: number; formulas: DeferredFormula[] }> = [];
    for (const [b, batch] of batches.entries()) {
      if (opts.signal?.aborted) break;
      for (const i of batch) {
        const d = drawings[i];
        const ws = sheets.add(temporary[i]);
        added.push(ws);
        if (d.kind === 'model') drawOn(ws, d.drawing, false);
        else deferred.push({ index: i, formulas: drawTableOn(ws, d) });
      }
      if (b === batches.length - 1) finish(sheets, added, drawings, plan.replaced, deferred);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch below 4 MB, not per sheet: Excel on the web refuses larger requests
      await context.sync();
      syncs++;
      const done = batch.length ? batch[batch.length - 1] + 1 : 0;
      opts.onProgress?.({ done, total: drawings.length, sheet: drawings[Math.max(0, done - 1)]?.title ?? '' });
    }
    if (opts.signal?.aborted && added.length < drawings.length) return { status: 'cancelled', syncs: await discard(context, added, syncs) };
    return { status: 'written', sheetNames: drawings.map((d) => d.title), replaced: plan.replaced, syncs };
  });
}

/**
 * The last batch's end: the earlier run's sheets go, the new ones take their names, and the formulas that
 * name other report sheets are written (now that those names are final); the first sheet is shown.
 */
function finish(sheets: Excel.WorksheetCollection, added: Excel.Worksheet[], drawings: ReportSheetDrawing[], replaced: string[], deferred: Array<{ index: number; formulas: DeferredFormula[] }>): void {
  for (const name of replaced) sheets.getItem(name).delete();
  added.forEach((ws, i) => (ws.name = drawings[i].title));
  for (const { index, formulas } of deferred) finishTableOn(added[index], drawings[index] as TableDrawing, formulas);
  added[0]?.activate();
}

/** Deletes the sheets a cancelled write had added (still under temporary names); returns the syncs made in all. */
async function discard(context: Excel.RequestContext, added: Excel.Worksheet[], syncs: number): Promise<number> {
  if (added.length === 0) return syncs;
  for (const ws of added) ws.delete();
  await context.sync();
  return syncs + 1;
}

/** Tab names no sheet has, for the sheets while they are written. */
function temporaryNames(count: number, existing: string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) if (!taken.has(`seika-${n}`)) names.push(`seika-${n}`);
  return names;
}
