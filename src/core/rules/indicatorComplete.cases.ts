import type { ProjectSheet } from '../model';
import { readSheetOf, validBudgetOnly, validMeasure, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const generalOnly = (total: number) => ({ total, subsidies: 0, bonds: 0, other: 0, general: total });

/** 市民協働推進事業 as the seed prints it: indicator 1 lacks its 令和元年度 actual, indicator 2 has no name. */
const kyodo: ProjectSheet = {
  ...validProject,
  name: '市民協働推進事業',
  rank: 1,
  department: '総務課',
  pledge: '2:有',
  summary: '区・区長・区長会に対する活動支援の実施',
  budget: { '2017': generalOnly(40877), '2018': generalOnly(41839), '2019': generalOnly(40770) },
  activities: [
    { name: '集会施設等補助金の要望に対する交付率', unit: '%', plan: { '2017': 100, '2018': 100, '2019': 100 }, actual: { '2017': 100, '2018': 100, '2019': null } },
    { name: null, unit: '回', plan: { '2017': 4, '2018': 4, '2019': 3 }, actual: { '2017': 5, '2018': 5, '2019': null } },
  ],
};

/** 選挙管理委員会運営費: its indicators have a plan and an actual for 令和元年度 only. */
const senkyo: ProjectSheet = {
  ...validProject,
  name: '選挙管理委員会運営費',
  rank: '-',
  department: '選挙管理委員会事務局',
  activities: [
    { name: '選挙管理委員会 各種研究会、総会等', unit: '回', plan: { '2017': null, '2018': null, '2019': 5 }, actual: { '2017': null, '2018': null, '2019': 5 } },
    { name: '事務局職員研修', unit: '回', plan: { '2017': null, '2018': null, '2019': 5 }, actual: { '2017': null, '2018': null, '2019': 5 } },
  ],
};

/** 職員研修費: indicators judged in words (計画「実施する」), so without a unit. */
const kenshu: ProjectSheet = {
  ...validProject,
  name: '職員研修費',
  department: '総務課',
  activities: [
    { name: '人材育成基本方針の見直し', unit: null, plan: { '2017': '実施する', '2018': '実施する', '2019': '実施する' }, actual: { '2017': '運用中', '2018': '運用中', '2019': '運用中' } },
    { name: '人材育成基本方針に沿った職員研修の実施', unit: null, plan: { '2017': '実施する', '2018': '実施する', '2019': '実施する' }, actual: { '2017': '実施した', '2018': '実施した', '2019': '実施した' } },
  ],
};

export const cases: RuleCases = {
  valid: [
    { name: '市民活動支援事業: 2つの活動指標に単位と3年度分の計画・実績がある', input: readSheetOf(validProject) },
    { name: '施策6-1: 成果指標1に単位と4年度分の計画・3年度分の実績があり、指標2・3は使っていない', input: readSheetOf(validMeasure) },
    { name: '職員研修費: 計画「実施する」実績「運用中」のように言葉で測る指標は単位がなくてよい', input: readSheetOf(kenshu) },
    { name: '指標がなかった平成29年度の計画・実績に「-」', input: readSheetOf(validProject, { Activity2Plan_1: '-', Activity2Actual_1: '-' }) },
    { name: '実績のセルが #REF! のときは no-error-values の指摘に任せる', input: readSheetOf(validProject, { Activity1Actual_3: { value: null, error: '#REF!' } }) },
    { name: '指標名のセルが #REF! のときは計画・実績があっても no-error-values の指摘に任せる', input: readSheetOf(validProject, { Activity2Name: { value: null, error: '#REF!' } }) },
    { name: '利子（予算のみ）: 活動指標の欄がない', input: readSheetOf(validBudgetOnly) },
    { name: '使っていない活動指標3の行に単位「回」だけ残っている（種本の表彰事業の指標2と同じ）', input: readSheetOf(validProject, { Activity3Unit: '回' }) },
  ],
  invalid: [
    {
      name: '市民協働推進事業: 指標1の令和元年度の実績が空欄、指標2は単位「回」と計画・実績があるのに指標名がない',
      input: readSheetOf(kyodo),
      findings: [
        { messageId: 'missingActual', field: 'Activity1Actual_3', cell: 'H18', data: { label: '活動指標1 実績（令和元年度）', name: '集会施設等補助金の要望に対する交付率' } },
        { messageId: 'valuesWithoutName', field: 'Activity2Name', cell: 'B19', data: { label: '活動指標2 指標名' } },
      ],
    },
    {
      name: '選挙管理委員会運営費: 2つの指標とも平成29・30年度の計画と実績が空欄',
      input: readSheetOf(senkyo),
      findings: [
        { messageId: 'missingPlan', cell: 'F17', data: { label: '活動指標1 計画（平成29年度）', name: '選挙管理委員会 各種研究会、総会等' } },
        { messageId: 'missingPlan', cell: 'G17', data: { label: '活動指標1 計画（平成30年度）' } },
        { messageId: 'missingActual', cell: 'F18' },
        { messageId: 'missingActual', cell: 'G18' },
        { messageId: 'missingPlan', cell: 'F19', data: { name: '事務局職員研修' } },
        { messageId: 'missingPlan', cell: 'G19' },
        { messageId: 'missingActual', cell: 'F20' },
        { messageId: 'missingActual', cell: 'G20' },
      ],
    },
    {
      name: '施策6-2の実例: 成果指標「庁内マネジメント浸透度（職員意識調査結果）」の単位が空欄',
      input: readSheetOf(validMeasure, { Outcome1Name: '庁内マネジメント浸透度（職員意識調査結果）', Outcome1Unit: null }),
      findings: [{ messageId: 'missingUnit', field: 'Outcome1Unit', cell: 'H19', data: { label: '成果指標1 単位', name: '庁内マネジメント浸透度（職員意識調査結果）' } }],
    },
    {
      name: '成果指標1の令和2年度の計画が空欄',
      input: readSheetOf(validMeasure, { Outcome1Plan_4: null }),
      findings: [{ messageId: 'missingPlan', field: 'Outcome1Plan_4', cell: 'G23', data: { label: '成果指標1 計画（令和2年度）' } }],
    },
    {
      name: '単位に全角の空白だけ',
      input: readSheetOf(validProject, { Activity1Unit: '　' }),
      findings: [{ messageId: 'missingUnit', cell: 'D17' }],
    },
    {
      name: '指標名のない成果指標2に計画策定時の値 25.8 だけ残っている',
      input: readSheetOf(validMeasure, { Outcome2Baseline: 25.8 }),
      findings: [{ messageId: 'valuesWithoutName', field: 'Outcome2Name', cell: 'B25' }],
    },
  ],
};
