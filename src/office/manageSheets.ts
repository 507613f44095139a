// The template tab's sheet list: list, remove and reorder the open workbook's sheets in the open workbook. Names stay
// valid: a removed sheet takes its sheet-scoped names with it (Excel does that), and workbook-level names
// pointing into it, which Excel would leave as #REF!, are removed too. Two syncs each.
/// <reference types="office-js" />
import { sheetsReferenced } from '../core/formulaRefs';
import { withExcel } from './excel';

/** The open workbook's tabs, in order. */
export async function sheetNames(context?: Excel.RequestContext): Promise<string[]> {
  return withExcel(context, async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    return sheets.items.map((ws) => ws.name);
  });
}

export type RemoveResult = { removed: string[]; namesRemoved: string[] } | { refused: 'lastSheet' };

export async function removeSheets(names: string[], context?: Excel.RequestContext): Promise<RemoveResult> {
  return withExcel(context, async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    const workbookNames = ctx.workbook.names.load('items/name,items/formula');
    await ctx.sync();
    const gone = new Set(names.map((n) => n.toLowerCase()));
    // Excel keeps at least one sheet in a workbook.
    if (sheets.items.every((ws) => gone.has(ws.name.toLowerCase()))) return { refused: 'lastSheet' };
    const removed = sheets.items.filter((ws) => gone.has(ws.name.toLowerCase()));
    const dangling = workbookNames.items.filter((n) => sheetsReferenced(n.formula).some((s) => gone.has(s.toLowerCase())));
    for (const n of dangling) n.delete();
    for (const ws of removed) ws.delete();
    await ctx.sync();
    return { removed: removed.map((ws) => ws.name), namesRemoved: dangling.map((n) => n.name) };
  });
}

/** Puts the sheets in this order (tab names; sheets not listed keep their place after them). */
export async function reorderSheets(order: string[], context?: Excel.RequestContext): Promise<void> {
  return withExcel(context, async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
    order.forEach((name, position) => {
      const ws = byName.get(name.toLowerCase());
      if (ws) ws.position = position;
    });
    await ctx.sync();
  });
}
