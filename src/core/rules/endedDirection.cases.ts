import { evaluationWith, FULLCOST_CTX, validEvaluation } from './testing/formFixtures';
import { readSheetOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const ctx = FULLCOST_CTX;

export const cases: RuleCases = {
  valid: [
    { name: '終期なしで継続', input: readSheetOf(validEvaluation), ctx },
    { name: '対象年度（令和元年度）で終わる事業の継続はまだよい', input: readSheetOf(evaluationWith({ EndYear: '令和元年度' })), ctx },
    { name: '平成30年度で終わった事業を完了とする', input: readSheetOf(evaluationWith({ EndYear: '平成30年度', Outlook: '完了', ManagerComment: '目的を達したため完了とする。' })), ctx },
  ],
  invalid: [
    {
      name: '平成30年度で終わった事業が継続',
      input: readSheetOf(evaluationWith({ EndYear: '平成30年度' })),
      ctx,
      findings: [{ messageId: 'ended', field: 'Outlook', cell: 'B41', data: { end: '平成30年度', value: '継続' } }],
    },
    {
      name: '2017年度で終わった事業が「拡充 」（空白つき）',
      input: readSheetOf(evaluationWith({ EndYear: '2017', Outlook: '拡充 ' })),
      ctx,
      findings: [{ messageId: 'ended', data: { end: '平成29年度', value: '拡充 ' } }],
    },
  ],
};
