import type { RawCell } from '../source';
import { readSheetOf, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

/** 年度別事業費 (平成29年度) 7,267 computed by a formula. */
const total = (formula: string): { Total_1: RawCell } => ({ Total_1: { value: 7267, formula } });

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 数式のないシート', input: readSheetOf(validProject) },
    { name: '同じシートの合計 =SUM(F11:F14)', input: readSheetOf(validProject, total('SUM(F11:F14)')) },
    { name: '同じブックの別のシート =\'集計\'!B2', input: readSheetOf(validProject, total("'集計'!B2")) },
    { name: '同じブックのテーブル =SUM(予算表[金額])', input: readSheetOf(validProject, total('SUM(予算表[金額])')) },
    { name: '文字列の中の角かっこ ="[注]参照!"&B2', input: readSheetOf(validProject, total('"[注]参照!"&B2')) },
    { name: '文字列の中の縦棒 ="A|B"&B2', input: readSheetOf(validProject, total('"A|B"&B2')) },
  ],
  invalid: [
    {
      name: '年度別事業費が別のブックの集計シートへのリンク =[1]集計!B2',
      input: readSheetOf(validProject, total('[1]集計!B2')),
      findings: [{ messageId: 'externalLink', field: 'Total_1', cell: 'F10', data: { label: '年度別事業費（平成29年度）', formula: '[1]集計!B2' } }],
    },
    {
      name: '開いている別のブックへのリンク =\'[予算.xlsx]集計\'!B2',
      input: readSheetOf(validProject, total("'[予算.xlsx]集計'!B2")),
      findings: [{ messageId: 'externalLink', cell: 'F10', data: { formula: "'[予算.xlsx]集計'!B2" } }],
    },
    {
      name: '保存場所ごと書かれたリンク =\'C:\\財政課\\[予算要求.xlsx]集計\'!A1 と =SUM([1]集計!B2:B5)',
      input: readSheetOf(validProject, { ...total("'C:\\財政課\\[予算要求.xlsx]集計'!A1"), Total_2: { value: 7048, formula: '=SUM([1]集計!B2:B5)' } }),
      findings: [
        { messageId: 'externalLink', cell: 'F10' },
        { messageId: 'externalLink', cell: 'G10', data: { formula: 'SUM([1]集計!B2:B5)' } },
      ],
    },
    {
      name: '事業費が別のプログラムへの DDE リンク =cmd|\' /C calc\'!A0',
      input: readSheetOf(validProject, total("cmd|' /C calc'!A0")),
      findings: [{ messageId: 'otherProgram', field: 'Total_1', cell: 'F10', data: { formula: "cmd|' /C calc'!A0" } }],
    },
  ],
};
