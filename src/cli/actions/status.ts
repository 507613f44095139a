// seika status: what runs (commands/status.ts declares the command and loads this only when it runs).
import * as fs from 'fs';
import { returnNote } from '../../core/review/names';
import { countByState, reviewCountsText, reviewRows, type ReviewRow } from '../../core/review/status';
import type { WorkbookRead } from '../../core/source';
import { nextReview, type ReviewEntry } from '../../core/review/next';
import { REFUSAL_TEXT, REVIEW_STATES, type ReviewState } from '../../core/review/state';
import { checkWorkbooks } from '../../core/rules/engine';
import { writeReviews } from '../../xlsx/reviewNames';
import { EXIT_FINDINGS } from '../exitCodes';
import { collectWorkbooks, UsageError, type CliIo } from '../io';
import { padEndToWidth, shownWidth } from '../terminalWidth';
import { readWorkbookFile } from '../workbooks';

const NO_DEPARTMENT = '（課の記載なし）';

export interface StatusOptions {
  json?: boolean;
  set?: ReviewState;
  by?: string;
  at?: string;
  reason?: string;
  sheet?: string;
}

export async function statusCommand(io: CliIo, inputs: string[], opts: StatusOptions): Promise<void> {
  const workbooks: WorkbookRead[] = [];
  for (const file of collectWorkbooks(io, inputs)) workbooks.push(await readWorkbookFile(file));
  if (opts.set) {
    if (!opts.by?.trim()) throw new UsageError('--set には --by（確認した人の名前）が必要です / --set needs --by');
    const entry = { by: opts.by.trim(), at: opts.at ?? new Date().toISOString().slice(0, 10), reason: opts.reason };
    for (const [i, wb] of workbooks.entries()) workbooks[i] = await setStates(io, wb, opts.set, entry, opts.sheet);
  }
  const rows = reviewRows(workbooks);
  if (opts.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else io.stdout(statusText(rows));
  for (const wb of workbooks) for (const p of wb.problems) io.stderr(`${wb.file}: 読めないため状況が分かりません / unreadable (${p.code}${p.detail ? `: ${p.detail}` : ''})\n`);
}

/**
 * Sets the state of the workbook's sheets (or of one) and writes it into the file, all or nothing: a refused move
 * is told and leaves the file as it was. Returns the workbook as it now reads.
 */
async function setStates(io: CliIo, wb: WorkbookRead, to: ReviewState, entry: ReviewEntry, only?: string): Promise<WorkbookRead> {
  const sheets = wb.sheets.filter((s) => only === undefined || s.source.sheetName === only);
  if (!sheets.length) throw new UsageError(`${wb.file}: シート「${only ?? ''}」がありません / no such sheet`);
  const findings = to === '提出済' ? checkWorkbooks([wb]) : [];
  const moves = sheets.map((read) => ({ read, next: nextReview(read, to, entry, findings.filter((f) => f.sheet === read.source.sheetName)) }));
  const refused = moves.filter((m) => !m.next.ok);
  for (const { read, next } of refused) {
    if (!next.ok) io.stderr(`${wb.file} › ${read.source.sheetName}: ${next.from} → ${to} はできません。${REFUSAL_TEXT[next.refusal].ja} / ${REFUSAL_TEXT[next.refusal].en}\n`);
  }
  if (refused.length) {
    io.exitCode = EXIT_FINDINGS;
    return wb;
  }
  const reviews = moves.flatMap(({ read, next }) => (next.ok ? [{ sheetName: read.source.sheetName, record: next.record }] : []));
  fs.writeFileSync(wb.file, await writeReviews(fs.readFileSync(wb.file), reviews));
  return readWorkbookFile(wb.file);
}

/** Each department, then its sheets as aligned columns (sheet, state, who, when, why returned), then the counts. */
export function statusText(rows: ReviewRow[]): string {
  const sheetWidth = Math.max(0, ...rows.map((r) => shownWidth(r.sheet)));
  const stateWidth = Math.max(...REVIEW_STATES.map(shownWidth));
  const lines: string[] = [];
  for (const [department, own] of byDepartment(rows)) {
    lines.push(department ?? NO_DEPARTMENT);
    for (const r of own) {
      const cells = [padEndToWidth(r.sheet, sheetWidth), padEndToWidth(r.state, stateWidth), r.by ?? '', r.at ?? '', returnNote(r)];
      lines.push(`  ${cells.join('  ').trimEnd()}`);
    }
    lines.push('');
  }
  lines.push(`${rows.length} シート: ${reviewCountsText(countByState(rows))}`);
  return `${lines.join('\n')}\n`;
}

function byDepartment(rows: ReviewRow[]): Map<string | null, ReviewRow[]> {
  const out = new Map<string | null, ReviewRow[]>();
  for (const r of rows) out.set(r.department, [...(out.get(r.department) ?? []), r]);
  return out;
}
