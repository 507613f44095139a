// Report format (plan values): an indicator plan written as text (随時, 実施する) cannot be measured; reported as a fact.
import type { FieldCell, ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { filledCells, isDash, planOf } from './fieldCells';

/** 活動指標 and 成果指標 plan cells (not their actuals or 計画策定時). */
function isPlan(cell: FieldCell): boolean {
  return cell.field.path?.includes('plan') === true;
}

export const unmeasurablePlanRule = sheetRule({
  id: 'unmeasurable-plan',
  severity: 'info',
  description: { ja: '指標の計画が数値でなく達成度を測れないことを知らせる', en: 'Indicator plans written as text cannot be measured' },
  messages: {
    ja: { text: '{label}の「{text}」は数値でないため達成度を測れません。測れる目標にできるときは、数値（例: 4、56以上、前年度以下）で書いてください。' },
    en: { text: '{label}: the plan "{text}" is not a number, so its achievement cannot be measured; where possible write a number (e.g. 4, 56以上, 前年度以下).' },
  },
  check(read: ReadSheet) {
    return filledCells(read, ['measurement'])
      .filter(isPlan)
      .flatMap((cell) => {
        const plan = planOf(cell);
        // A lone - says the year had no plan (indicator-complete asks for it), not a plan that cannot be measured.
        return plan.kind === 'text' && !isDash(plan.text) ? [atField(read, cell, 'text', { text: plan.text })] : [];
      });
  },
});
