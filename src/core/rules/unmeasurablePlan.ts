// Report format (plan values): an indicator plan written as text (随時, 実施する) cannot be measured; reported as a fact.
import type { ReadSheet } from '../source';
import { byText } from '../textMemo';
import { atField, sheetRule } from './define';
import { planOf } from '../numbers';
import { hasValue, isDash } from './fieldCells';
import { byShape, sheetCells } from './sheetCells';
import type { Report } from './types';

/** A plan text that is a lone dash, remembered by the text: the few text plans (随時, 実施する) recur on every sheet. */
const isDashText = byText(isDash);

/** Where a shape's 活動指標 and 成果指標 plan cells are (not their actuals or 計画策定時): once per shape, not per cell. */
const planCellsOf = byShape(({ fields }) => fields.flatMap((field, at) => (field.type === 'measurement' && field.path?.includes('plan') === true ? [at] : [])));

export const unmeasurablePlanRule = sheetRule({
  id: 'unmeasurable-plan',
  severity: 'info',
  description: { ja: '指標の計画が数値でなく達成度を測れないことを知らせる', en: 'Indicator plans written as text cannot be measured' },
  messages: {
    ja: { text: '{label}の「{text}」は数値でないため達成度を測れません。測れる目標にできるときは、数値（例: 4、56以上、前年度以下）で書いてください。' },
    en: { text: '{label}: the plan "{text}" is not a number, so its achievement cannot be measured; where possible write a number (e.g. 4, 56以上, 前年度以下).' },
  },
  check(read: ReadSheet) {
    const { all, shape } = sheetCells(read);
    const reports: Report<'text'>[] = [];
    const planCells = planCellsOf(shape);
    for (let i = 0; i < planCells.length; i++) {
      // The plan's value decides, read as readPlan reads it (a reading remembered): most plans are numbers or empty,
      // so the cell is made only for a text plan, to see whether it is this rule's (hasValue) and to report it.
      const value = all.valueAt(planCells[i]);
      if (value === null || (typeof value === 'number' && Number.isFinite(value))) continue;
      const plan = planOf(value);
      // A lone - says the year had no plan (indicator-complete asks for it), not a plan that cannot be measured.
      if (plan.kind !== 'text' || isDashText(plan.text)) continue;
      const cell = all.at(planCells[i]);
      if (hasValue(cell)) reports.push(atField(read, cell, 'text', { text: plan.text }));
    }
    return reports;
  },
});
