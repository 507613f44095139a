// 人件費 = 従事職員数 (人工) × 平均給与, within 1 円 of rounding, in each year column, where the cell holds a value:
// an input, or its live formula overwritten by a typed number (`params`: `cost`, `staff`, `salary`, `eachYear`).
import { yearOffsets } from '../format/buildLayout';
import { builtinParams, formatIn } from '../format/ruleParams';
import { numberOf } from '../numbers';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';

/** 1 円 of rounding: 人工 in tenths times a salary in 円 may give a fraction. */
const TOLERANCE = 1;

export const staffCostRule = sheetRule({
  id: 'staff-cost',
  severity: 'error',
  description: { ja: '人件費が従事職員数（人工）×平均給与と合うこと（±1円）', en: 'The staff cost equals person-years times the average salary (±1 yen)' },
  messages: {
    ja: {
      overwritten: '{label}の式が {value} 円で上書きされています。従事職員数 {staff} 人工 × 平均給与 {salary} 円 = {expected} 円と合わないため、式に戻してください。',
      mismatch: '{label} {value} 円が、従事職員数 {staff} 人工 × 平均給与 {salary} 円 = {expected} 円と {diff} 円合いません。',
    },
    en: {
      overwritten: '{label}: its formula was overwritten with {value} yen, which is not {staff} person-years × the average salary {salary} = {expected} yen; restore the formula.',
      mismatch: '{label}: {value} yen differs from {staff} person-years × the average salary {salary} = {expected} yen by {diff}.',
    },
  },
  check(read: ReadSheet, ctx) {
    const format = formatIn(ctx);
    const params = builtinParams(format, 'staff-cost');
    if (!params) return [];
    const cells = read.source.cells;
    return yearOffsets(format, params.eachYear).flatMap((_, i) => {
      const column = `_${i + 1}`;
      const cost = cells.get(`${params.cost}${column}`);
      // An intact live formula computes it; a cell not found or not a number is another rule's finding.
      const value = cost && !cost.raw.formula ? numberOf(cost.raw.value) : undefined;
      const staff = numberOf(cells.get(`${params.staff}${column}`)?.raw.value);
      const salary = numberOf((cells.get(`${params.salary}${column}`) ?? cells.get(params.salary))?.raw.value);
      if (!cost || value === undefined || staff === undefined || salary === undefined) return [];
      const expected = Math.round(staff * salary);
      if (Math.abs(value - expected) <= TOLERANCE) return [];
      const overwritten = read.source.layout.formulas.some((f) => f.name === cost.field.name);
      return [atField(read, cost, overwritten ? 'overwritten' : 'mismatch', { value, staff, salary, expected, diff: Math.abs(value - expected) })];
    });
  },
});
