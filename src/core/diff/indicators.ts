// 活動指標 and 成果指標 year over year: the same indicator found by its name (or its row when renamed),
// then its name, unit and plans for the fiscal years both reports show.
import type { ActivityIndicator, OutcomeIndicator, Value } from '../model';
import { textKey } from '../keys';
import type { FieldCell, ReadSheet } from '../source';
import { planKey } from './planValue';

type Indicator = ActivityIndicator | OutcomeIndicator;
type List = 'activities' | 'outcomes';

export interface IndicatorPair {
  list: List;
  before: Indicator;
  after: Indicator;
  /** The row (0-based) this year's sheet has it in. */
  slot: number;
}

export interface IndicatorPairing {
  pairs: IndicatorPair[];
  added: Array<{ list: List; indicator: Indicator; slot: number }>;
  removed: Indicator[];
}

export interface PlanChange {
  pair: IndicatorPair;
  year: string;
  before: Value;
  after: Value;
  /** This year's plan cell. */
  cell?: FieldCell;
}

// A city's format may draw no indicators, or no plans for them: its sheets then lack the list or the plans.
function indicatorsOf(read: ReadSheet): { list: List; items: Indicator[] } | undefined {
  const sheet = read.sheet;
  if (sheet.kind === 'project') return { list: 'activities', items: sheet.activities ?? [] };
  if (sheet.kind === 'measure') return { list: 'outcomes', items: sheet.outcomes ?? [] };
  return undefined;
}

const nameKey = (i: Indicator) => textKey(i.name);

/**
 * Named indicators paired by name first; what is left pairs row by row, so a renamed indicator shows as a
 * new name rather than one removed and one added. An indicator removed from the middle does not shift the others.
 */
export function pairIndicators(before: ReadSheet, after: ReadSheet): IndicatorPairing {
  const old = indicatorsOf(before);
  const now = indicatorsOf(after);
  if (!old || !now || old.list !== now.list) return { pairs: [], added: [], removed: [] };
  const list = now.list;
  const named = (items: Indicator[]) => items.map((indicator, slot) => ({ indicator, slot })).filter((x) => nameKey(x.indicator));
  const oldLeft = named(old.items);
  const pairs: IndicatorPair[] = [];
  const take = (slot: number, found: { indicator: Indicator; slot: number } | undefined) => {
    if (!found) return false;
    oldLeft.splice(oldLeft.indexOf(found), 1);
    pairs.push({ list, before: found.indicator, after: now.items[slot], slot });
    return true;
  };
  const unpaired = named(now.items).filter((x) => !take(x.slot, oldLeft.find((o) => nameKey(o.indicator) === nameKey(x.indicator))));
  const added = unpaired.filter((x) => !take(x.slot, oldLeft.find((o) => o.slot === x.slot))).map((x) => ({ list, ...x }));
  return { pairs: pairs.sort((a, b) => a.slot - b.slot), added, removed: oldLeft.map((o) => o.indicator) };
}

/** Plans that differ for a fiscal year both sheets have a column for (last year's Y-1…Y+1 meet this year's Y-2…Y). */
export function planChanges(pair: IndicatorPair, cells: Map<string, FieldCell>): PlanChange[] {
  const [before, after] = [pair.before.plan ?? {}, pair.after.plan ?? {}];
  return Object.keys(after)
    .filter((year) => year in before && planKey(before[year]) !== planKey(after[year]))
    .map((year) => ({ pair, year, before: before[year], after: after[year], cell: cells.get(`${pair.list}.${pair.slot}.plan.${year}`) }));
}
