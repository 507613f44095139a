import { evaluationWith, FULLCOST_CTX, validEvaluation } from './testing/formFixtures';
import { readSheetOf, workbookOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const ctx = FULLCOST_CTX;
const other = evaluationWith({ ProjectCode: '06-01-02-004', ProjectName: '各種団体連携事業', Department: '企画課' });

export const cases: RuleCases = {
  valid: [
    { name: '二つの課の事業のコードが別々', input: [workbookOf('市民課.xlsx', [readSheetOf(validEvaluation)]), workbookOf('企画課.xlsx', [readSheetOf(other)])], ctx },
    { name: 'コードの形が違うものは比べない（形はコードのルール）', input: [workbookOf('市民課.xlsx', [readSheetOf(evaluationWith({ ProjectCode: '6-1' }))]), workbookOf('企画課.xlsx', [readSheetOf(evaluationWith({ ProjectCode: '6-1' }))])], ctx },
  ],
  invalid: [
    {
      name: '企画課の事業が市民課の事業と同じコード',
      input: [workbookOf('市民課.xlsx', [readSheetOf(validEvaluation, {}, { sheetName: '市民活動支援事業' })]), workbookOf('企画課.xlsx', [readSheetOf(other, { ProjectCode: '06-01-02-003' })])],
      ctx,
      findings: [{ messageId: 'duplicate', file: '企画課.xlsx', field: 'ProjectCode', data: { code: '06-01-02-003', firstName: '市民活動支援事業', firstFile: '市民課.xlsx', firstSheet: '市民活動支援事業' } }],
    },
    {
      name: '全角で書いても同じコード',
      input: workbookOf('市民課.xlsx', [readSheetOf(validEvaluation), readSheetOf(other, { ProjectCode: '０６－０１－０２－００３' }, { sheetName: '各種団体連携事業' })]),
      ctx,
      findings: [{ messageId: 'duplicate', sheet: '各種団体連携事業', data: { code: '06-01-02-003' } }],
    },
  ],
};
