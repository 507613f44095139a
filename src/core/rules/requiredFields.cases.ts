import { readSheetOf, validBudgetOnly, validMeasure, validPolicy, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 必須の欄がすべて記入済み（特記事項は空でよい）', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 順位・公約・概要・評価の欄がなくてよい', input: readSheetOf(validBudgetOnly) },
    { name: '施策6-1: 必須の欄がすべて記入済み（個別計画・特記事項は任意）', input: readSheetOf(validMeasure, { Plans: null }) },
    { name: '政策6: 番号・名前・所管・ミッション1・方針1・施策1が記入済み', input: readSheetOf(validPolicy) },
    { name: '文字で書いた「0」も記入済み', input: readSheetOf(validProject, { Bonds_3: '0' }) },
    { name: '評価が #REF! のときはエラー値のルールに任せる', input: readSheetOf(validProject, { Evaluation: { value: null, error: '#REF!' } }) },
  ],
  invalid: [
    {
      name: '普通財産管理費: 評価が空欄',
      input: readSheetOf(validProject, { Evaluation: null }),
      findings: [{ messageId: 'empty', field: 'Evaluation', cell: 'G23', data: { label: '評価' } }],
    },
    {
      name: '事業概要に全角スペースだけ',
      input: readSheetOf(validProject, { Summary: '\u3000' }),
      findings: [{ messageId: 'empty', field: 'Summary', cell: 'B8', data: { label: '事業概要' } }],
    },
    {
      name: '年度別事業費（平成29年度）が空欄',
      input: readSheetOf(validProject, { Total_1: null }),
      findings: [{ messageId: 'empty', field: 'Total_1', cell: 'F10', data: { label: '年度別事業費（平成29年度）' } }],
    },
    {
      name: '利子 (予算のみ): 一般財源（令和元年度）と所管課が空欄',
      input: readSheetOf(validBudgetOnly, { Department: null, General_3: null }),
      findings: [
        { messageId: 'empty', field: 'Department', cell: 'F7', data: { label: '所管課' } },
        { messageId: 'empty', field: 'General_3', cell: 'H14', data: { label: '一般財源（令和元年度）' } },
      ],
    },
    {
      name: '施策シート: 現状と課題と評価が空欄',
      input: readSheetOf(validMeasure, { Issues: null, Evaluation: null }),
      findings: [
        { messageId: 'empty', field: 'Issues', cell: 'A7', data: { label: '現状と課題' } },
        { messageId: 'empty', field: 'Evaluation', cell: 'G16', data: { label: '評価' } },
      ],
    },
    {
      name: '政策シート: 施策の一覧の1行目が空',
      input: readSheetOf(validPolicy, { MeasureNumber_1: null, MeasureName_1: null }),
      findings: [
        { messageId: 'empty', field: 'MeasureNumber_1', cell: 'A22', data: { label: '施策番号1' } },
        { messageId: 'empty', field: 'MeasureName_1', cell: 'B22', data: { label: '施策名1' } },
      ],
    },
    {
      name: '所管課の欄がシートから消えて見つからない',
      input: readSheetOf(validProject, {}, { missing: ['Department'] }),
      findings: [{ messageId: 'notFound', field: 'Department', cell: undefined, data: { label: '所管課' } }],
    },
  ],
};
