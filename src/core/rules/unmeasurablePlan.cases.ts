import { readSheetOf, validMeasure, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 計画が 290・300 などの数値', input: readSheetOf(validProject) },
    { name: '施策6-1: 成果指標の計画が 22.8 などの数値', input: readSheetOf(validMeasure) },
    { name: '計画「56以上」「11.5以下」「前年度以下」は測れる', input: readSheetOf(validProject, { Activity1Plan_1: '56以上', Activity1Plan_2: '11.5以下', Activity1Plan_3: '前年度以下' }) },
    { name: '全角の「１２３」は数値', input: readSheetOf(validMeasure, { Outcome1Plan_4: '１２３' }) },
    { name: '「-」はその年度に計画がなかったことで、測れない計画ではない', input: readSheetOf(validProject, { Activity1Plan_1: '-', Activity1Plan_2: '－' }) },
    { name: '実績の「実施した」は計画ではない', input: readSheetOf(validProject, { Activity2Actual_1: '実施した' }) },
    { name: '日付になった計画は no-dates の指摘に任せる', input: readSheetOf(validProject, { Activity1Plan_1: { value: '2017-04-01', date: true } }) },
    { name: '計画のセルが #N/A のときは no-error-values の指摘に任せる', input: readSheetOf(validProject, { Activity1Plan_1: { value: null, error: '#N/A' } }) },
  ],
  invalid: [
    {
      name: '住民情報システム運用事業: 情報セキュリティ委員会の開催の計画が3年とも「随時」',
      input: readSheetOf(validProject, { Activity2Name: '情報セキュリティ委員会の開催', Activity2Plan_1: '随時', Activity2Plan_2: '随時', Activity2Plan_3: '随時' }),
      findings: [
        { messageId: 'text', field: 'Activity2Plan_1', cell: 'F19', data: { label: '活動指標2 計画（平成29年度）', text: '随時' } },
        { messageId: 'text', field: 'Activity2Plan_2', cell: 'G19', data: { label: '活動指標2 計画（平成30年度）', text: '随時' } },
        { messageId: 'text', field: 'Activity2Plan_3', cell: 'H19', data: { label: '活動指標2 計画（令和元年度）', text: '随時' } },
      ],
    },
    {
      name: '成果指標1の令和2年度の計画「実施する」',
      input: readSheetOf(validMeasure, { Outcome1Plan_4: '実施する' }),
      findings: [{ messageId: 'text', field: 'Outcome1Plan_4', cell: 'G23', data: { label: '成果指標1 計画（令和2年度）', text: '実施する' } }],
    },
  ],
};
