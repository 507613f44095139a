// Rule 11: a plan changed against last year's report, for a fiscal year that report already planned, needs a reason in 特記事項.
import { isPlanned, planKey } from '../diff/planValue';
import { pairIndicators, planChanges, type PlanChange } from '../diff/indicators';
import { cellsByPath } from '../diff/place';
import { previousSheetOf } from '../diff/sheetKeys';
import type { Value } from '../model';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { textKey } from './setSheets';
import type { RuleContext } from './types';

/** A plan moved from one that was set; an emptied plan is indicator-complete's finding, not a change of plan. */
const isChangedPlan = (c: PlanChange) => isPlanned(c.before) && planKey(c.after) !== '';

/**
 * 特記事項 gives a reason when it says something this year: not empty, and not last year's text unchanged
 * (a note carried over explains last year's changes, not this year's). What it says is for people to judge.
 */
function hasReason(notes: Value | undefined, lastYear: Value | undefined): boolean {
  return textKey(notes) !== '' && textKey(notes) !== textKey(lastYear);
}

const notesOf = (read: ReadSheet): Value | undefined => ('notes' in read.sheet ? read.sheet.notes : undefined);

export const planChangeReasonRule = sheetRule({
  id: 'plan-change-reason',
  severity: 'error',
  description: {
    ja: '前年度の報告から変わった計画値（前年度にも計画があった年度）に、特記事項で理由が書かれていること（--previous で前年度のブックを渡したとき）',
    en: 'A plan changed from last year\'s report, for a year that report already planned, has its reason in 特記事項 (with last year\'s workbooks given by --previous)',
  },
  messages: {
    ja: {
      unexplained:
        '{label}（指標「{name}」）が前年度の報告の {before} から {after} に変わっていますが、特記事項に理由がありません。計画を変えた理由を特記事項に記入してください（変えないのであれば {before} に戻してください）。',
    },
    en: {
      unexplained:
        '{label} (indicator "{name}") changed from {before} in last year\'s report to {after}, but 特記事項 (notes) gives no reason: write why the plan changed there (or restore {before}).',
    },
  },
  check(read: ReadSheet, ctx: RuleContext) {
    const before = ctx.previous && previousSheetOf(read, ctx.previous);
    if (!before || hasReason(notesOf(read), notesOf(before))) return [];
    const cells = cellsByPath(read);
    return pairIndicators(before, read)
      .pairs.flatMap((pair) => planChanges(pair, cells))
      .filter(isChangedPlan)
      .flatMap((c) => (c.cell ? [atField(read, c.cell, 'unexplained', { name: String(c.pair.after.name), before: String(c.before), after: String(c.after) })] : []));
  },
});
