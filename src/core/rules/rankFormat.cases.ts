import type { Value } from '../model';
import type { RawCell } from '../source';
import { readSheetOf, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const rank = (value: Value | RawCell) => readSheetOf(validProject, { Rank: value });

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 施策内順位 2', input: readSheetOf(validProject) },
    { name: '順位をつけない事業の「-」', input: rank('-') },
    { name: '施策内順位 6', input: rank(6) },
    { name: '文字で書いた「3」は数として読む', input: rank('3') },
    { name: '全角の「３」も数として読む', input: rank('３') },
    { name: '空欄は必須のルールに任せる', input: rank(null) },
    { name: '日付になった順位は日付のルールに任せる', input: rank({ value: '2019-01-02', date: true }) },
  ],
  invalid: [
    { name: '施策内順位 0', input: rank(0), findings: [{ messageId: 'notPositive', field: 'Rank', cell: 'G5', data: { label: '施策内順位', value: '0' } }] },
    { name: '施策内順位 1.5', input: rank(1.5), findings: [{ messageId: 'notPositive', field: 'Rank', cell: 'G5', data: { value: '1.5' } }] },
    { name: '施策内順位 -1', input: rank(-1), findings: [{ messageId: 'notPositive', field: 'Rank', cell: 'G5', data: { value: '-1' } }] },
    { name: '施策内順位「一位」', input: rank('一位'), findings: [{ messageId: 'notPositive', field: 'Rank', cell: 'G5', data: { value: '一位' } }] },
    { name: '全角の「－」', input: rank('－'), findings: [{ messageId: 'dash', field: 'Rank', cell: 'G5', data: { value: '－' } }] },
    { name: '長音記号の「ー」', input: rank('ー'), findings: [{ messageId: 'dash', field: 'Rank', cell: 'G5', data: { value: 'ー' } }] },
    { name: '前後に空白のある「 - 」', input: rank(' - '), findings: [{ messageId: 'dash', field: 'Rank', cell: 'G5', data: { value: ' - ' } }] },
  ],
};
