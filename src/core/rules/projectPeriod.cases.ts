import { evaluationWith, FULLCOST_CTX, validEvaluation } from './testing/formFixtures';
import { readSheetOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const ctx = FULLCOST_CTX;

export const cases: RuleCases = {
  valid: [
    { name: '平成20年度から終期なし', input: readSheetOf(validEvaluation), ctx },
    { name: '2015年度から令和2年度まで（西暦と和暦）', input: readSheetOf(evaluationWith({ StartYear: '2015年度', EndYear: '令和2年度' })), ctx },
    { name: '同じ年度に始まり終わる', input: readSheetOf(evaluationWith({ StartYear: 'R1', EndYear: '令和元年度' })), ctx },
    { name: '空欄は必須欄のルールに任せる', input: readSheetOf(evaluationWith({ StartYear: null, EndYear: null })), ctx },
  ],
  invalid: [
    {
      name: '終了年度 平成29年度 が開始年度 平成30年度 より前',
      input: readSheetOf(evaluationWith({ StartYear: '平成30年度', EndYear: '平成29年度' })),
      ctx,
      findings: [{ messageId: 'endBeforeStart', field: 'EndYear', cell: 'D4', data: { start: '平成30年度', end: '平成29年度' } }],
    },
    {
      name: '開始年度が「昔から」、終了年度が「未定です」',
      input: readSheetOf(evaluationWith({ StartYear: '昔から', EndYear: '未定です' })),
      ctx,
      findings: [
        { messageId: 'notYear', field: 'StartYear', data: { label: '開始年度', value: '昔から' } },
        { messageId: 'notYear', field: 'EndYear', data: { label: '終了年度', value: '未定です' } },
      ],
    },
  ],
};
