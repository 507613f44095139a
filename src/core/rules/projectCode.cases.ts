import { evaluationWith, FULLCOST_CTX, validEvaluation } from './testing/formFixtures';
import { readSheetOf, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const ctx = FULLCOST_CTX;

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 06-01-02-003、施策 6-1', input: readSheetOf(validEvaluation), ctx },
    { name: '区切りなしの9桁 060102003 も同じコード', input: readSheetOf(evaluationWith({ ProjectCode: '060102003' })), ctx },
    { name: '施策欄が空欄なら照合しない（未記入は必須欄のルール）', input: readSheetOf(evaluationWith({ MeasureNumber: null })), ctx },
    { name: 'コードのない様式のシートには何もしない', input: readSheetOf(validProject) },
  ],
  invalid: [
    {
      name: '桁の足りない 6-1-2-3',
      input: readSheetOf(evaluationWith({ ProjectCode: '6-1-2-3' })),
      ctx,
      findings: [{ messageId: 'badFormat', field: 'ProjectCode', cell: 'B2', data: { label: '事務事業コード', value: '6-1-2-3' } }],
    },
    {
      name: '全角で書かれた ０６－０１－０２－００３',
      input: readSheetOf(evaluationWith({ ProjectCode: '０６－０１－０２－００３' })),
      ctx,
      findings: [{ messageId: 'fullWidth', field: 'ProjectCode', data: { expected: '06-01-02-003' } }],
    },
    {
      name: 'コードは施策 6-3 なのに施策欄は 6-1',
      input: readSheetOf(evaluationWith({ ProjectCode: '06-03-01-001' })),
      ctx,
      findings: [{ messageId: 'otherMeasure', field: 'ProjectCode', data: { code: '06-03-01-001', codeMeasure: '6-3', measure: '6-1' } }],
    },
  ],
};
