import { FULLCOST_CTX, TYPED_STAFF_COST, TYPED_STAFF_COST_LAYOUT, evaluationWith, validEvaluation } from './testing/formFixtures';
import { readSheetOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const ctx = FULLCOST_CTX;

export const cases: RuleCases = {
  valid: [
    { name: '人件費は式のまま（0.6 人工 × 7,800,000 円）', input: readSheetOf(validEvaluation), ctx },
    { name: '式を同じ値 4,680,000 で上書きしても合っていればよい', input: readSheetOf(validEvaluation, { StaffCost_2: 4_680_000 }), ctx },
    { name: '端数の 1 円は丸めの差として認める', input: readSheetOf(evaluationWith({ Staff_1: 0.3, AverageSalary: 7_800_003 }), { StaffCost_1: 2_340_002 }), ctx },
    { name: '人工が文字なら比べない', input: readSheetOf(evaluationWith({ Staff_2: '半人' }), { StaffCost_2: 100 }), ctx },
  ],
  invalid: [
    {
      name: '令和元年度の人件費の式が 5,000,000 円で上書きされている',
      input: readSheetOf(validEvaluation, { StaffCost_2: 5_000_000 }),
      ctx,
      findings: [{ messageId: 'overwritten', field: 'StaffCost_2', cell: 'D17', data: { label: '人件費（令和元年度）', value: 5_000_000, staff: 0.6, salary: 7_800_000, expected: 4_680_000 } }],
    },
    {
      name: '人件費を手で入力する様式で、1.0 人工なのに 7,000,000 円',
      input: readSheetOf(evaluationWith({ Staff_1: 1 }), { StaffCost_1: 7_000_000 }, { layout: TYPED_STAFF_COST_LAYOUT }),
      ctx: { format: TYPED_STAFF_COST },
      findings: [{ messageId: 'mismatch', field: 'StaffCost_1', cell: 'C17', data: { label: '人件費（平成30年度）', value: 7_000_000, staff: 1, expected: 7_800_000, diff: 800_000 } }],
    },
    {
      name: '2 円ずれた値',
      input: readSheetOf(validEvaluation, { StaffCost_3: 3_900_002 }),
      ctx,
      findings: [{ messageId: 'overwritten', field: 'StaffCost_3', data: { expected: 3_900_000, diff: 2 } }],
    },
  ],
};
