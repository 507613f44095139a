import { LAYOUTS } from '../layout';
import { readSheetOf, validMeasure, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const allNames = LAYOUTS.project.fields.map((f) => f.name);

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: テンプレートのまま、すべての欄を名前で読めた', input: readSheetOf(validProject) },
    { name: '施策6-1: テンプレートのまま、すべての欄を名前で読めた', input: readSheetOf(validMeasure) },
  ],
  invalid: [
    {
      name: '値を普通のシートに貼り付け、名前がすべて失われた事務事業シート',
      input: readSheetOf(validProject, {}, { lost: allNames, sheetName: '市民活動支援事業' }),
      findings: [{ messageId: 'foundByLabels', sheet: '市民活動支援事業', cell: 'H1', data: { found: allNames.length } }],
    },
    {
      name: '行を挿入し直して特記事項と今後の取り組みの名前だけ失われた',
      input: readSheetOf(validProject, {}, { lost: ['Notes', 'NextSteps'] }),
      findings: [{ messageId: 'foundByLabels', cell: 'A26', data: { found: 2 } }],
    },
    {
      name: '特記事項は見出しから見つかったが、今後の取り組みは見出しも消されて見つからない',
      input: readSheetOf(validProject, {}, { lost: ['Notes'], missing: ['NextSteps'] }),
      findings: [{ messageId: 'notFound', cell: 'A26', data: { found: 1, missing: 1, fields: '今後の取り組み' } }],
    },
    {
      name: '活動指標の表を消し、指標の欄が1つも見つからない',
      input: readSheetOf(validProject, {}, { missing: ['Activity1Name', 'Activity1Unit', 'Activity1Plan_1', 'Activity1Actual_1', 'Activity1Plan_2', 'Activity1Actual_2'] }),
      findings: [{ messageId: 'notFound', data: { found: 0, missing: 6, fields: '活動指標1 指標名、活動指標1 単位、活動指標1 計画（平成29年度）、活動指標1 実績（平成29年度）、活動指標1 計画（平成30年度） ほか' } }],
    },
  ],
};
