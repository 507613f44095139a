import { readSheetOf, validBudgetOnly, workbookOf } from './testing/fixtures';
import { book, measure, policy6, project, shimin } from './testing/setFixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    {
      name: '政策6の施策一覧（6-1〜6-5）にある施策6-1の施策シートと事業、施策6-3の利子（予算のみ）',
      input: [book('企画課', [policy6, measure('6-1')]), book('市民課', [shimin]), book('財政課', [validBudgetOnly])],
    },
    { name: '政策シートのない市民課のブック: 政策6の事業が施策6-1', input: [book('市民課', [shimin])] },
    {
      name: '全角で「６－１」と書いた施策番号も施策6-1',
      input: [book('企画課', [policy6]), book('市民課', [project({ measure: { number: '６－１', name: '協働によるまちづくりを推進します' } })])],
    },
    {
      name: 'Excel が「6-1」を日付 6月1日 に変えた施策番号は no-dates の指摘に任せる',
      input: [book('企画課', [policy6]), workbookOf('市民課.xlsx', [readSheetOf(shimin, { MeasureNumber: { value: '2019-06-01', date: true } })])],
    },
    {
      name: '施策番号が空欄の事業は required-fields の指摘に任せる',
      input: [book('企画課', [policy6]), book('市民課', [project({ measure: { number: null, name: null } })])],
    },
  ],
  invalid: [
    {
      name: '政策6の施策一覧にない施策6-6の事業',
      input: [book('企画課', [policy6]), book('市民課', [project({ measure: { number: '6-6', name: '協働によるまちづくりを推進します' } })])],
      findings: [
        {
          messageId: 'notInPolicy',
          file: '市民課.xlsx',
          field: 'MeasureNumber',
          cell: 'B3',
          data: { measure: '6-6', listed: '6-1、6-2、6-3、6-4、6-5' },
        },
      ],
    },
    {
      name: '政策6の施策一覧にない施策7-1の施策シート',
      input: [book('企画課', [policy6, measure('7-1')])],
      findings: [{ messageId: 'notInPolicy', file: '企画課.xlsx', sheet: '施策7-1', cell: 'B3', data: { measure: '7-1' } }],
    },
    {
      name: '政策シートのない市民課のブック: 政策6の事業に施策番号「1-6」',
      input: [book('市民課', [project({ measure: { number: '1-6', name: '協働によるまちづくりを推進します' } })])],
      findings: [{ messageId: 'wrongPolicy', file: '市民課.xlsx', field: 'MeasureNumber', cell: 'B3', data: { measure: '1-6', policy: '6' } }],
    },
    {
      name: '施策6-1は政策6の一覧にあるが、政策番号を「7」と書いた事業',
      input: [book('企画課', [policy6]), book('市民課', [project({ policy: { number: '7', name: '全ての主体が参加し、協働するまちづくり' } })])],
      findings: [{ messageId: 'wrongPolicy', cell: 'B3', data: { measure: '6-1', policy: '7' } }],
    },
  ],
};
