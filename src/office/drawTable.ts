// Queues one of the report's table sheets (src/core/report/table.ts) on a new worksheet, as the .xlsx writer
// draws it: widths, one formulas and one number-format matrix, each look once over all its cells (RangeAreas),
// print setup, protection. Formulas naming another sheet are held back (`deferred`): Excel binds a sheet
// reference when the formula is entered, so they are written once every report sheet has its final name.
/// <reference types="office-js" />
import { colLetters, formatAddress } from '../core/cells';
import { sheetsReferenced } from '../core/formulaRefs';
import type { CellLook } from '../core/layout/drawing';
import { isLink, linkFormula, tableExtent, type ReportCell, type TableCell, type TableDrawing } from '../core/report/table';
import { applyLook, cellInput, columnWidthPoints, queuePage, queueProtection } from './insertSheets';

/** A formula to write later at `address`, once the sheets it names exist under their final names. */
export interface DeferredFormula {
  address: string;
  formula: string;
}

/** Queues the sheet; returns the formulas held back (the sheet is then left unprotected for them). */
export function drawTableOn(ws: Excel.Worksheet, d: TableDrawing): DeferredFormula[] {
  ws.showGridlines = d.showGridLines;
  d.columnWidths.forEach((width, i) => {
    const col = colLetters(i + 1);
    if (width > 0) ws.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(width);
  });
  for (const [look, ranges] of lookAreas(d.cells)) applyLook(ws.getRanges(ranges.join(',')).format, look);
  const deferred = d.cells.flatMap((c) => {
    const f = formulaOf(c.value);
    return f && sheetsReferenced(f).length > 0 ? [{ address: formatAddress(c), formula: `=${f}` }] : [];
  });
  const held = new Set(deferred.map((x) => x.address));
  const { rows, cols } = tableExtent(d);
  const block = ws.getRange(`A1:${colLetters(cols)}${rows}`);
  block.numberFormat = matrix(d, rows, cols, (c) => c.look.numberFormat ?? null);
  block.formulas = matrix(d, rows, cols, (c) => (held.has(formatAddress(c)) ? null : inputOf(c.value)));
  queuePage(ws, d.page);
  if (deferred.length === 0) queueProtection(ws, d.protection);
  return deferred;
}

/** Writes the held-back formulas, then protects the sheet as its drawing says. */
export function finishTableOn(ws: Excel.Worksheet, d: TableDrawing, deferred: DeferredFormula[]): void {
  for (const f of deferred) ws.getRange(f.address).formulas = [[f.formula]];
  queueProtection(ws, d.protection);
}

function formulaOf(v: TableCell): string | undefined {
  if (isLink(v)) return linkFormula(v.link.sheet, v.link.cell, v.text);
  return v !== null && typeof v === 'object' ? v.formula : undefined;
}

function inputOf(v: TableCell): string | number | null {
  const f = formulaOf(v);
  return f !== undefined ? `=${f}` : cellInput(v as string | number | null);
}


function matrix<T>(d: TableDrawing, rows: number, cols: number, valueOf: (c: ReportCell) => T | null): Array<Array<T | null>> {
  const out: Array<Array<T | null>> = Array.from({ length: rows }, () => Array<T | null>(cols).fill(null));
  for (const c of d.cells) out[c.row - 1][c.col - 1] = valueOf(c);
  return out;
}

/** Cells grouped by look, each group as few rectangles as the cells allow (runs in a row, stacked over equal rows). */
export function lookAreas(cells: ReportCell[]): Map<CellLook, string[]> {
  const groups = new Map<string, { look: CellLook; cells: ReportCell[] }>();
  for (const c of cells) {
    const key = JSON.stringify(c.look);
    const g = groups.get(key) ?? { look: c.look, cells: [] };
    g.cells.push(c);
    groups.set(key, g);
  }
  return new Map([...groups.values()].map((g) => [g.look, rectangles(g.cells)]));
}

function rectangles(cells: Array<{ row: number; col: number }>): string[] {
  const runs: Array<{ row: number; from: number; to: number }> = [];
  for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.to === c.col - 1) last.to = c.col;
    else runs.push({ row: c.row, from: c.col, to: c.col });
  }
  const open = new Map<string, { top: number; bottom: number; from: number; to: number }>();
  const done: Array<{ top: number; bottom: number; from: number; to: number }> = [];
  for (const r of runs) {
    const key = `${r.from}:${r.to}`;
    const rect = open.get(key);
    if (rect && rect.bottom === r.row - 1) rect.bottom = r.row;
    else {
      if (rect) done.push(rect);
      open.set(key, { top: r.row, bottom: r.row, from: r.from, to: r.to });
    }
  }
  done.push(...open.values());
  return done.map((r) => {
    const a = formatAddress({ row: r.top, col: r.from });
    const b = formatAddress({ row: r.bottom, col: r.to });
    return a === b ? a : `${a}:${b}`;
  });
}

/** Generous bytes Office.js sends to draw a table sheet, on the model-sheet estimate's scale (insertSheets.ts). */
export function estimateTableBytes(d: TableDrawing): number {
  const areas = [...lookAreas(d.cells).values()];
  const operations = 20 + d.columnWidths.length * 3 + areas.length * 30 + d.cells.length * 2;
  const text = d.cells.reduce((n, c) => n + JSON.stringify(inputOf(c.value)).length * 3 + 10, 0) + areas.flat().join(',').length * 2;
  return operations * 300 + text;
}
