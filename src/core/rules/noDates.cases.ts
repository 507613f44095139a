import { readSheetOf, validBudgetOnly, validMeasure, validPolicy, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const date = (value: string) => ({ value, date: true });

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 日付のセルがない', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 日付のセルがない', input: readSheetOf(validBudgetOnly) },
    { name: '施策6-1: 日付のセルがない', input: readSheetOf(validMeasure) },
    { name: '政策6: 日付のセルがない', input: readSheetOf(validPolicy) },
    { name: '文字で書いた「4/1」は日付ではない', input: readSheetOf(validProject, { Activity1Plan_1: '4/1' }) },
    { name: '見つからない欄は必須のルールに任せる', input: readSheetOf(validProject, {}, { missing: ['Summary'] }) },
  ],
  invalid: [
    {
      name: '活動指標1 計画（平成29年度）に 2019-04-01 と入力された',
      input: readSheetOf(validProject, { Activity1Plan_1: date('2019-04-01') }),
      findings: [{ messageId: 'date', field: 'Activity1Plan_1', cell: 'F17', data: { label: '活動指標1 計画（平成29年度）', value: '2019-04-01' } }],
    },
    {
      name: '年度別事業費が日付（金額の形式のルールは報告しない）',
      input: readSheetOf(validBudgetOnly, { Total_2: date('2018-07-31') }),
      findings: [{ messageId: 'date', field: 'Total_2', cell: 'G10', data: { label: '年度別事業費（平成30年度）', value: '2018-07-31' } }],
    },
    {
      name: '施策番号「6-1」が6月1日の日付に変わった',
      input: readSheetOf(validMeasure, { MeasureNumber: date('2019-06-01') }),
      findings: [{ messageId: 'date', field: 'MeasureNumber', cell: 'B3', data: { label: '施策番号', value: '2019-06-01' } }],
    },
  ],
};
