import { readSheetOf, validBudgetOnly, workbookOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';
import { book, dantai, hyosho, kyodo, measure, policy6, project, shimin } from './testing/setFixtures';

export const cases: RuleCases = {
  valid: [
    {
      name: '施策6-1の4事業を総務課・市民課・企画課がそれぞれ1回ずつ提出',
      input: [book('企画課', [policy6, measure('6-1'), hyosho, dantai]), book('総務課', [kyodo]), book('市民課', [shimin])],
    },
    {
      name: '名前が同じ「運営費」でも会計・款・項・目が違えば別の事業',
      input: [
        book('監査委員事務局', [project({ name: '運営費', rank: '-', account: '小諸市等公平委員会特別会計・1小諸市等公平委員会運営費・1運営費', department: '監査委員事務局' })]),
        book('企画課', [project({ name: '運営費', rank: '-', account: '一般会計・2総務費・1総務管理費・4企画費', department: '企画課' })]),
      ],
    },
  ],
  invalid: [
    {
      name: '市民活動支援事業を市民課と企画課の両方が提出',
      input: [book('市民課', [shimin]), book('企画課', [hyosho, shimin])],
      findings: [
        {
          messageId: 'duplicate',
          file: '企画課.xlsx',
          sheet: '市民活動支援事業',
          field: 'ProjectName',
          cell: 'A5',
          data: { name: '市民活動支援事業', firstFile: '市民課.xlsx', firstSheet: '市民活動支援事業' },
        },
      ],
    },
    {
      name: '財政課のブックに利子（予算のみ）のシートが「利子」と「利子 (2)」の2枚',
      input: workbookOf('財政課.xlsx', [readSheetOf(validBudgetOnly, {}, { sheetName: '利子' }), readSheetOf(validBudgetOnly, {}, { sheetName: '利子 (2)' })]),
      findings: [{ messageId: 'duplicate', file: '財政課.xlsx', sheet: '利子 (2)', cell: 'A5', data: { name: '利子', firstFile: '財政課.xlsx', firstSheet: '利子' } }],
    },
    {
      name: '全角の空白が入った「市民活動　支援事業」も同じ会計の市民活動支援事業と同じ事業',
      input: [book('市民課', [shimin]), book('総務課', [project({ name: '市民活動　支援事業', department: '総務課' })])],
      findings: [{ messageId: 'duplicate', file: '総務課.xlsx', cell: 'A5', data: { name: '市民活動　支援事業', firstFile: '市民課.xlsx' } }],
    },
  ],
};
