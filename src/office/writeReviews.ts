// Records sheets' review states in the open workbook: every SeikaReview* name of each sheet (decision 34), in two
// syncs whatever the number of sheets. A name the sheet has gets its formula replaced rather than being deleted and
// added again, so the sheet's 確認状況 cell, whose formula reads it, stays bound to it and shows the new state.
/// <reference types="office-js" />
import { reviewConstants } from '../core/review/names';
import type { ReviewRecord } from '../core/review/state';
import { withExcel } from './excel';

export interface SheetReview {
  sheet: string;
  record: ReviewRecord;
}

export async function writeReviews(reviews: SheetReview[], opts: { context?: Excel.RequestContext } = {}): Promise<{ syncs: number }> {
  return withExcel(opts.context, async (context) => {
    const collections = reviews.map((r) => context.workbook.worksheets.getItem(r.sheet).names.load('items/name,items/scope'));
    await context.sync();
    reviews.forEach((r, i) => {
      const names = collections[i];
      // A worksheet's collection may also list workbook-level names (OfficeDev/office-js#1011).
      const own = new Set(names.items.filter((n) => n.scope !== 'Workbook').map((n) => n.name));
      for (const c of reviewConstants(r.record)) {
        if (own.has(c.name)) names.getItem(c.name).formula = `=${c.formula}`;
        else names.add(c.name, `=${c.formula}`);
      }
    });
    await context.sync();
    return { syncs: 2 };
  });
}
