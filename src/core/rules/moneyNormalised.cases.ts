import { readSheetOf, validBudgetOnly, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 金額がすべて数値', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 金額がすべて数値', input: readSheetOf(validBudgetOnly) },
    { name: '「不明」「△5」「12.5千円」は金額の形式のルールの誤りで、警告は出さない', input: readSheetOf(validProject, { Total_1: '不明', Other_1: '△5', General_1: '12.5千円' }) },
  ],
  invalid: [
    {
      name: '予算書から写した「10,839千円」',
      input: readSheetOf(validProject, { Total_1: '10,839千円' }),
      findings: [{ messageId: 'normalised', field: 'Total_1', cell: 'F10', data: { label: '年度別事業費（平成29年度）', original: '10,839千円', value: 10839 } }],
    },
    {
      name: 'その他に全角の「１２３」、一般財源に「1,000」',
      input: readSheetOf(validBudgetOnly, { Other_2: '１２３', General_2: '1,000' }),
      findings: [
        { messageId: 'normalised', field: 'Other_2', cell: 'G13', data: { label: 'その他（平成30年度）', original: '１２３', value: 123 } },
        { messageId: 'normalised', field: 'General_2', cell: 'G14', data: { label: '一般財源（平成30年度）', original: '1,000', value: 1000 } },
      ],
    },
    {
      name: '文字として保存された「7164」',
      input: readSheetOf(validProject, { Total_3: '7164' }),
      findings: [{ messageId: 'normalised', field: 'Total_3', cell: 'H10', data: { original: '7164', value: 7164 } }],
    },
  ],
};
