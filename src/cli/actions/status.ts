// seika status: what runs (commands/status.ts declares the command and loads this only when it runs).
import { returnNote } from '../../core/review/names';
import { countByState, reviewCountsText, reviewRows, type ReviewRow } from '../../core/review/status';
import { REVIEW_STATES } from '../../core/review/state';
import type { WorkbookRead } from '../../core/source';
import { collectWorkbooks, type CliIo } from '../io';
import { padEndToWidth, shownWidth } from '../terminalWidth';
import { readWorkbookFile } from '../workbooks';

const NO_DEPARTMENT = '（課の記載なし）';

export async function statusCommand(io: CliIo, inputs: string[], opts: { json?: boolean }): Promise<void> {
  const workbooks: WorkbookRead[] = [];
  for (const file of collectWorkbooks(io, inputs)) workbooks.push(await readWorkbookFile(file));
  const rows = reviewRows(workbooks);
  if (opts.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else io.stdout(statusText(rows));
  for (const wb of workbooks) for (const p of wb.problems) io.stderr(`${wb.file}: 読めないため状況が分かりません / unreadable (${p.code}${p.detail ? `: ${p.detail}` : ''})\n`);
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
