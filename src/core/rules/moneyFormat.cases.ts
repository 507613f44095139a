import { evaluationWith, FULLCOST_CTX } from './testing/formFixtures';
import { readSheetOf, validBudgetOnly, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 7,267 など0以上の整数（0 千円を含む）', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 111,065 など', input: readSheetOf(validBudgetOnly) },
    { name: '「10,839千円」「１２３」「1,000」は読み替えの警告に任せる', input: readSheetOf(validProject, { Total_1: '10,839千円', Other_1: '１２３', General_1: '1,000' }) },
    { name: '日付になった金額は日付のルールに任せる', input: readSheetOf(validProject, { Total_2: { value: '2019-04-01', date: true } }) },
    { name: '空欄は必須のルールに、#VALUE! はエラー値のルールに任せる', input: readSheetOf(validProject, { Total_3: null, Other_3: { value: null, error: '#VALUE!' } }) },
  ],
  invalid: [
    {
      name: '円の様式（fullcost）で一般財源に「683万円」',
      input: readSheetOf(evaluationWith({ General_2: '683万円' })),
      ctx: FULLCOST_CTX,
      findings: [{ messageId: 'notNumber', field: 'General_2', cell: 'D14', data: { label: '一般財源（令和元年度）', value: '683万円', unit: '円' } }],
    },
    {
      name: 'その他（平成29年度）に -5',
      input: readSheetOf(validProject, { Other_1: -5 }),
      findings: [{ messageId: 'negative', field: 'Other_1', cell: 'F13', data: { label: 'その他（平成29年度）', value: '-5' } }],
    },
    {
      name: '一般財源に「△5」（三角のマイナス）',
      input: readSheetOf(validProject, { General_2: '△5' }),
      findings: [{ messageId: 'negative', field: 'General_2', cell: 'G14', data: { value: '△5' } }],
    },
    {
      name: '年度別事業費（令和元年度）に 12.5',
      input: readSheetOf(validProject, { Total_3: 12.5 }),
      findings: [{ messageId: 'fraction', field: 'Total_3', cell: 'H10', data: { label: '年度別事業費（令和元年度）', value: '12.5' } }],
    },
    {
      name: '「1,000.5千円」は読めても端数があるので誤り（警告は出さない）',
      input: readSheetOf(validBudgetOnly, { Other_3: '1,000.5千円' }),
      findings: [{ messageId: 'fraction', field: 'Other_3', cell: 'H13', data: { value: '1,000.5千円' } }],
    },
    {
      name: '国・県支出金に「不明」、地方債に「約300」',
      input: readSheetOf(validProject, { Subsidies_1: '不明', Bonds_1: '約300' }),
      findings: [
        { messageId: 'notNumber', field: 'Subsidies_1', cell: 'F11', data: { label: '国・県支出金（平成29年度）', value: '不明' } },
        { messageId: 'notNumber', field: 'Bonds_1', cell: 'F12', data: { label: '地方債（平成29年度）', value: '約300' } },
      ],
    },
  ],
};
