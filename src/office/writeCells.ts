// Writes single cells of the open workbook's own sheets (a budget import's figures) in two syncs, and gives
// back what they held so the pane can put it back (元に戻す). A protected sheet is unprotected for the write
// and protected again with the options it had; Excel refuses writes into it otherwise.
/// <reference types="office-js" />
import type { Value } from '../core/model';
import { withExcel } from './excel';
import { cellInput } from './insertSheets';

/** A cell's content as Excel takes it in `formulas`: a number, 'text, =formula, or '' for empty. */
export interface CellInput {
  sheet: string;
  address: string;
  input: string | number;
}

export interface CellsWritten {
  /** What the cells held before, to write back for an undo. */
  previous: CellInput[];
  syncs: number;
}

/** A model value as a cell input: text behind an apostrophe, empty clears the cell. */
export function inputOf(value: Value): string | number {
  return cellInput(value) ?? '';
}

export async function writeCells(cells: CellInput[], context?: Excel.RequestContext): Promise<CellsWritten> {
  return withExcel(context, async (ctx) => {
    const sheetNames = [...new Set(cells.map((c) => c.sheet))];
    const sheets = new Map(sheetNames.map((name) => [name, ctx.workbook.worksheets.getItem(name)]));
    const protections = new Map(sheetNames.map((name) => [name, sheets.get(name)!.protection.load('protected,options')]));
    const ranges = cells.map((c) => sheets.get(c.sheet)!.getRange(c.address).load('formulas'));
    await ctx.sync();

    const previous = cells.map((c, i) => ({ sheet: c.sheet, address: c.address, input: asInput(ranges[i].formulas[0][0]) }));
    const locked = sheetNames.filter((name) => protections.get(name)!.protected);
    for (const name of locked) sheets.get(name)!.protection.unprotect();
    cells.forEach((c, i) => (ranges[i].formulas = [[c.input]]));
    for (const name of locked) sheets.get(name)!.protection.protect(protections.get(name)!.options);
    await ctx.sync();
    return { previous, syncs: 2 };
  });
}

/** What Excel reports in `formulas` as an input that gives the same cell back: text it shows gets its apostrophe again. */
function asInput(formula: unknown): string | number {
  if (typeof formula === 'number') return formula;
  if (typeof formula === 'boolean') return formula ? '=TRUE' : '=FALSE';
  const text = String(formula ?? '');
  return text === '' || text.startsWith('=') ? text : `'${text}`;
}
