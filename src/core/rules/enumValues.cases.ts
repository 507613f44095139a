import { readSheetOf, validBudgetOnly, validMeasure, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const EVALUATIONS = '拡充・維持・改善・縮小・統合・休止・廃止・完了';

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 継続・1:無・維持', input: readSheetOf(validProject) },
    { name: '施策6-1: 評価「維持」、良い方向は空欄', input: readSheetOf(validMeasure) },
    { name: '利子 (予算のみ): 継続', input: readSheetOf(validBudgetOnly) },
    { name: '市長公約事項「2:有」、評価「縮小」', input: readSheetOf(validProject, { Pledge: '2:有', Evaluation: '縮小' }) },
    { name: '新規事業で評価「拡充」', input: readSheetOf(validProject, { Status: '新規', Evaluation: '拡充' }) },
    { name: '市役所窓口の満足度（不満の割合）: 良い方向「低いほど良い」', input: readSheetOf(validMeasure, { Outcome1Direction: '低いほど良い' }) },
    { name: '評価が空欄のときは必須のルールに任せる', input: readSheetOf(validProject, { Evaluation: null }) },
    { name: '市長公約事項が #N/A のときはエラー値のルールに任せる', input: readSheetOf(validProject, { Pledge: { value: null, error: '#N/A' } }) },
  ],
  invalid: [
    {
      name: '評価に「継続」（新規・継続の選択肢）',
      input: readSheetOf(validProject, { Evaluation: '継続' }),
      findings: [{ messageId: 'otherList', field: 'Evaluation', cell: 'G23', data: { label: '評価', value: '継続', list: '新規・継続', choices: EVALUATIONS } }],
    },
    {
      name: '新規・継続に「維持」（評価の選択肢）',
      input: readSheetOf(validProject, { Status: '維持' }),
      findings: [{ messageId: 'otherList', field: 'Status', cell: 'F5', data: { value: '維持', list: '評価', choices: '新規・継続' } }],
    },
    {
      name: '評価「維持 」の末尾に空白',
      input: readSheetOf(validMeasure, { Evaluation: '維持 ' }),
      findings: [{ messageId: 'probably', field: 'Evaluation', cell: 'G16', data: { value: '維持 ', expected: '維持' } }],
    },
    {
      name: '市長公約事項「２:有」の数字が全角',
      input: readSheetOf(validProject, { Pledge: '２:有' }),
      findings: [{ messageId: 'probably', field: 'Pledge', cell: 'G7', data: { label: '市長公約事項', value: '２:有', expected: '2:有' } }],
    },
    {
      name: '市長公約事項に「有」だけ',
      input: readSheetOf(validProject, { Pledge: '有' }),
      findings: [{ messageId: 'probably', field: 'Pledge', cell: 'G7', data: { value: '有', expected: '2:有' } }],
    },
    {
      name: '市長公約事項に数値の 1',
      input: readSheetOf(validProject, { Pledge: 1 }),
      findings: [{ messageId: 'probably', field: 'Pledge', cell: 'G7', data: { value: '1', expected: '1:無' } }],
    },
    {
      name: '良い方向に「低い方が良い」',
      input: readSheetOf(validMeasure, { Outcome1Direction: '低い方が良い' }),
      findings: [{ messageId: 'probably', field: 'Outcome1Direction', cell: 'H21', data: { label: '成果指標1 良い方向', expected: '低いほど良い' } }],
    },
    {
      name: '新規・継続に「継続中」',
      input: readSheetOf(validProject, { Status: '継続中' }),
      findings: [{ messageId: 'notInList', field: 'Status', cell: 'F5', data: { label: '新規・継続', value: '継続中', choices: '新規・継続' } }],
    },
    {
      name: '評価に「維持・縮小」と二つ書いても報告は1件',
      input: readSheetOf(validProject, { Evaluation: '維持・縮小' }),
      findings: [{ messageId: 'notInList', field: 'Evaluation', cell: 'G23', data: { value: '維持・縮小', choices: EVALUATIONS } }],
    },
  ],
};
