import { KOMORO } from '../format/builtin';
import { evaluationWith, FULLCOST_CTX, validEvaluation } from './testing/formFixtures';
import { readSheetOf, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const ctx = FULLCOST_CTX;
const withPlan = (plan?: Array<{ code: string; name: string }>) => ({ format: { ...FULLCOST_CTX.format, consolidation: { ...FULLCOST_CTX.format.consolidation, group: { label: '施策', plan } } } });
const withoutPlan = withPlan(undefined);

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 06-01-02-003 の施策 6-1 は計画にある', input: readSheetOf(validEvaluation), ctx },
    { name: '施策 6-5 の 06-05-01-002 も計画にある', input: readSheetOf(evaluationWith({ ProjectCode: '06-05-01-002', MeasureNumber: '6-5' })), ctx },
    { name: '全角の ０６－０３－０１－００１ も施策 6-3 として読む', input: readSheetOf(evaluationWith({ ProjectCode: '０６－０３－０１－００１', MeasureNumber: '6-3' })), ctx },
    { name: 'コードの形でない 6-1-1-1 は事務事業コードのルールに任せる', input: readSheetOf(evaluationWith({ ProjectCode: '6-1-1-1' })), ctx },
    { name: 'コードが空欄なら必須欄のルールに任せる', input: readSheetOf(evaluationWith({ ProjectCode: null })), ctx },
    {
      name: '計画の施策を 06-03 と書いた定義でも 06-03-02-001 の施策 6-3 は計画にある',
      input: readSheetOf(evaluationWith({ ProjectCode: '06-03-02-001', MeasureNumber: '6-3' })),
      ctx: withPlan([{ code: '06-03', name: '財政の健全性を確保しながら、効率的・効果的な財政運営を進めます' }]),
    },
    { name: '計画の施策を挙げない様式では確かめない', input: readSheetOf(evaluationWith({ ProjectCode: '06-09-01-001' })), ctx: withoutPlan },
    { name: 'コードのない様式のシートには何もしない', input: readSheetOf(validProject), ctx: { format: KOMORO } },
  ],
  invalid: [
    {
      name: '計画にない施策 6-2 の 06-02-01-001',
      input: readSheetOf(evaluationWith({ ProjectCode: '06-02-01-001', MeasureNumber: '6-2' })),
      ctx,
      findings: [{ messageId: 'notPlanned', field: 'ProjectCode', cell: 'B2', data: { label: '事務事業コード', code: '06-02-01-001', measure: '6-2', planned: '6-1、6-3、6-5' } }],
    },
  ],
};
