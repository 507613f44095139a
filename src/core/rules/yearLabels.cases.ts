import { LAYOUTS } from '../layout';
import { readSheetOf, validMeasure, validPolicy, validProject, workbookOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

/** Every year heading of the project sheet cleared. */
const noHeadings = Object.fromEntries(LAYOUTS.project.fields.filter((f) => f.type === 'yearLabel').map((f) => [f.name, null]));

export const cases: RuleCases = {
  valid: [
    { name: '令和元年度の事務事業シート: 見出しは平成29年度・平成30年度・令和元年度', input: readSheetOf(validProject) },
    { name: '令和元年度の施策シート: 成果指標の見出しは平成29年度から令和2年度', input: readSheetOf(validMeasure) },
    { name: '令和元年度用に作ったブック（seika が対象年度を記録）に令和元年度の政策シート', input: { ...workbookOf('企画課.xlsx', [readSheetOf(validPolicy)]), meta: { reportYear: 2019 } } },
    { name: '見出しを西暦で「2017年度」「FY2018」と書いてもその年度と読む', input: readSheetOf(validProject, { BudgetYear_1: '2017年度', ActivityYear_2: 'FY2018' }) },
    { name: '見出しのセルが #REF! のときは no-error-values の指摘に任せる', input: readSheetOf(validProject, { BudgetYear_1: { value: null, error: '#REF!' } }) },
  ],
  invalid: [
    {
      name: '令和元年度用のブックに、昨年度のブックから写した平成30年度の事務事業シート',
      input: { ...workbookOf('市民課.xlsx', [readSheetOf({ ...validProject, reportYear: 2018 }, {}, { sheetName: '市民活動支援事業' })]), meta: { reportYear: 2019 } },
      findings: [{ messageId: 'otherYear', file: '市民課.xlsx', sheet: '市民活動支援事業', field: 'ReportYear', cell: 'H1', data: { sheetYear: '平成30年度', expectedYear: '令和元年度' } }],
    },
    {
      name: '投入指標の見出しが1年ずれて平成28年度・平成29年度・平成30年度',
      input: readSheetOf(validProject, { BudgetYear_1: '平成28年度', BudgetYear_2: '平成29年度', BudgetYear_3: '平成30年度' }),
      findings: [
        { messageId: 'wrongLabel', field: 'BudgetYear_1', cell: 'F9', data: { label: '投入指標の年度', found: '平成28年度', expected: '平成29年度' } },
        { messageId: 'wrongLabel', field: 'BudgetYear_2', cell: 'G9', data: { found: '平成29年度', expected: '平成30年度' } },
        { messageId: 'wrongLabel', field: 'BudgetYear_3', cell: 'H9', data: { found: '平成30年度', expected: '令和元年度' } },
      ],
    },
    {
      name: '成果指標1の令和2年度の見出しが消されて空欄',
      input: readSheetOf(validMeasure, { Outcome1Year_4: null }),
      findings: [{ messageId: 'wrongLabel', field: 'Outcome1Year_4', cell: 'G22', data: { label: '指標の年度', found: '（空欄）', expected: '令和2年度' } }],
    },
    {
      name: '対象年度も年度の見出しもすべて消され、何年度のシートか分からない',
      input: readSheetOf({ ...validProject, reportYear: 0 }, { ReportYear: null, ...noHeadings }),
      findings: [{ messageId: 'unknownYear', field: 'ReportYear', cell: 'H1', data: { label: '対象年度' } }],
    },
  ],
};
