import { book, measure, policy6, shimin } from './testing/setFixtures';
import type { RuleCases } from './testing/ruleTester';

export const cases: RuleCases = {
  valid: [
    {
      name: '政策6の5施策すべての施策シートが各課のブックにある',
      input: [
        book('企画課', [policy6, measure('6-1'), measure('6-2')]),
        book('財政課', [measure('6-3', '財政課')]),
        book('税務課', [measure('6-4', '税務課')]),
        book('総務課', [measure('6-5', '総務課')]),
      ],
    },
    { name: '政策シートのない財政課のブックだけでは確かめない', input: [book('財政課', [measure('6-3', '財政課')])] },
    {
      name: '施策番号を全角で「６－１」と書いた施策シートも施策6-1のもの',
      input: [book('企画課', [{ ...policy6, measures: [{ number: '6-1', name: '協働によるまちづくりを推進します' }] }, { ...measure('6-1'), measure: { number: '６－１', name: null } }]), book('市民課', [shimin])],
    },
  ],
  invalid: [
    {
      name: '企画課のブックに政策6と施策6-1・6-2だけ: 施策6-3・6-4・6-5の施策シートがない',
      input: [book('企画課', [policy6, measure('6-1'), measure('6-2')])],
      findings: [
        { messageId: 'missingSheet', file: '企画課.xlsx', sheet: '政策6', field: 'MeasureNumber_3', cell: 'A24', data: { measure: '6-3' } },
        { messageId: 'missingSheet', sheet: '政策6', field: 'MeasureNumber_4', cell: 'A25', data: { measure: '6-4' } },
        { messageId: 'missingSheet', sheet: '政策6', field: 'MeasureNumber_5', cell: 'A26', data: { measure: '6-5' } },
      ],
    },
  ],
};
