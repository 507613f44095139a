import { readSheetOf, validBudgetOnly, validMeasure, validPolicy, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const chars = (n: number, ch = 'あ') => ch.repeat(n);

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: どの文章も短い', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 事務事業名2文字', input: readSheetOf(validBudgetOnly) },
    { name: '施策6-1: どの文章も短い', input: readSheetOf(validMeasure) },
    { name: '政策6: どの文章も短い', input: readSheetOf(validPolicy) },
    { name: '事業概要ちょうど150文字', input: readSheetOf(validProject, { Summary: chars(150) }) },
    { name: '「𠮷」のような文字も1文字と数える（150文字）', input: readSheetOf(validProject, { Summary: chars(150, '𠮷') }) },
    { name: '施策の実績397文字（種本の最長）は収まる', input: readSheetOf(validMeasure, { Result: chars(397) }) },
    { name: '政策の今後の取り組み467文字（種本）は収まる', input: readSheetOf(validPolicy, { NextSteps: chars(467) }) },
  ],
  invalid: [
    {
      name: '事業概要151文字',
      input: readSheetOf(validProject, { Summary: chars(151) }),
      findings: [{ messageId: 'tooLong', field: 'Summary', cell: 'B8', data: { label: '事業概要', length: 151, limit: 150 } }],
    },
    {
      name: '事務事業名41文字と活動指標2の指標名61文字',
      input: readSheetOf(validProject, { ProjectName: chars(41), Activity2Name: chars(61) }),
      findings: [
        { messageId: 'tooLong', field: 'ProjectName', cell: 'A5', data: { label: '事務事業名', length: 41, limit: 40 } },
        { messageId: 'tooLong', field: 'Activity2Name', cell: 'B19', data: { label: '活動指標2 指標名', length: 61, limit: 60 } },
      ],
    },
    {
      name: '成果指標1の設定理由151文字',
      input: readSheetOf(validMeasure, { Outcome1Reason: chars(151) }),
      findings: [{ messageId: 'tooLong', field: 'Outcome1Reason', cell: 'B20', data: { label: '成果指標1 設定理由', length: 151, limit: 150 } }],
    },
    {
      name: '施策の現状と課題501文字',
      input: readSheetOf(validMeasure, { Issues: chars(501) }),
      findings: [{ messageId: 'tooLong', field: 'Issues', cell: 'A7', data: { length: 501, limit: 500 } }],
    },
    {
      name: '政策の今後の取り組み601文字',
      input: readSheetOf(validPolicy, { NextSteps: chars(601) }),
      findings: [{ messageId: 'tooLong', field: 'NextSteps', cell: 'A20', data: { label: '今後の取り組み', length: 601, limit: 600 } }],
    },
  ],
};
