import { readSheetOf, validMeasure, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const error = (code: string) => ({ value: null, error: code });

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: どのセルも値', input: readSheetOf(validProject) },
    { name: '年度別事業費を =SUM(F11:F14) で計算し 7,267 と表示', input: readSheetOf(validProject, { Total_1: { value: 7267, formula: 'SUM(F11:F14)' } }) },
  ],
  invalid: [
    {
      name: '財産管理費運営費: 行を削除して平成30年度の年度別事業費が #REF!',
      input: readSheetOf(validProject, { Total_2: error('#REF!') }),
      findings: [{ messageId: 'ref', field: 'Total_2', cell: 'G10', data: { label: '年度別事業費（平成30年度）', error: '#REF!' } }],
    },
    {
      name: '活動指標の計画・実績を数式で出して #VALUE! #DIV/0! #N/A #NAME? #NUM! #NULL! #SPILL!',
      input: readSheetOf(validProject, {
        Activity1Plan_1: error('#VALUE!'),
        Activity1Plan_2: error('#DIV/0!'),
        Activity1Plan_3: error('#N/A'),
        Activity1Actual_1: error('#NAME?'),
        Activity1Actual_2: error('#NUM!'),
        Activity1Actual_3: error('#NULL!'),
        Activity2Plan_1: error('#SPILL!'),
      }),
      findings: [
        { messageId: 'value', cell: 'F17', data: { error: '#VALUE!' } },
        { messageId: 'divZero', cell: 'G17', data: { error: '#DIV/0!' } },
        { messageId: 'notAvailable', cell: 'H17', data: { error: '#N/A' } },
        { messageId: 'name', cell: 'F18', data: { error: '#NAME?' } },
        { messageId: 'num', cell: 'G18', data: { error: '#NUM!' } },
        { messageId: 'nullRange', cell: 'H18', data: { error: '#NULL!' } },
        { messageId: 'other', cell: 'F19', data: { error: '#SPILL!' } },
      ],
    },
    {
      name: '施策シートの成果指標1の令和元年度の実績が #DIV/0!（算式をそのまま入れた）',
      input: readSheetOf(validMeasure, { Outcome1Actual_3: { value: null, error: '#DIV/0!', formula: 'B5/C5' } }),
      findings: [{ messageId: 'divZero', field: 'Outcome1Actual_3', cell: 'F24', data: { label: '成果指標1 実績（令和元年度）' } }],
    },
  ],
};
