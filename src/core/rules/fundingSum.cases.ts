import { KOMORO } from '../format/builtin';
import { readSheetOf, validBudgetOnly, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 7,267 = 0 + 0 + 342 + 6,925', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 111,065 = 2,384 + 108,681', input: readSheetOf(validBudgetOnly) },
    { name: '事業費が文字のときは金額の形式のルールに任せる', input: readSheetOf(validProject, { Total_1: '不明' }) },
    { name: '「7,267千円」のような書き方も数として合計を確かめる', input: readSheetOf(validProject, { Total_1: '7,267千円' }) },
  ],
  invalid: [
    {
      name: '財産管理費運営費 平成30年度: 15,602 に対し財源の計 15,593',
      input: readSheetOf(validProject, { Total_2: 15602, Subsidies_2: 0, Bonds_2: 0, Other_2: 0, General_2: 15593 }),
      findings: [{ messageId: 'mismatch', field: 'Total_2', cell: 'G10', data: { label: '年度別事業費（平成30年度）', total: 15602, sum: 15593, diff: 9, unit: '千円' } }],
    },
    {
      name: '円の様式で使えば差も円で言う',
      input: readSheetOf(validProject, { Total_2: 15602, Subsidies_2: 0, Bonds_2: 0, Other_2: 0, General_2: 15593 }),
      ctx: { format: { ...KOMORO, moneyUnit: '円' } },
      findings: [{ messageId: 'mismatch', field: 'Total_2', data: { diff: 9, unit: '円', unitEn: 'yen' } }],
    },
    {
      name: '3年度とも一般財源が空欄扱いの0',
      input: readSheetOf(validBudgetOnly, { General_1: 0, General_2: 0, General_3: 0 }),
      findings: [
        { messageId: 'mismatch', cell: 'F10' },
        { messageId: 'mismatch', cell: 'G10' },
        { messageId: 'mismatch', cell: 'H10' },
      ],
    },
  ],
};
