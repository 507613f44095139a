import type { MeasureSheet, ProjectSheet } from '../model';
import { readSheetOf, validProject, workbookOf } from './testing/fixtures';
import { lastYearOf64, measure64 } from './testing/previousYear';
import type { RuleCases } from './testing/ruleTester';

/** Last year's workbook holding the given sheets, as `seika check --previous` reads it. */
const previous = (...sheets: Parameters<typeof readSheetOf>[]) => ({ previous: [workbookOf('昨年度.xlsx', sheets.map((args) => readSheetOf(...args)))] });

/** 6-4 with its outcome plan for one year set to `value`, and 特記事項 as given. */
function with64Plan(year: string, value: string | number, notes: string | null): MeasureSheet {
  const [rate] = measure64.outcomes;
  return { ...measure64, notes, outcomes: [{ ...rate, plan: { ...rate.plan, [year]: value } }] };
}

const lastYear64 = previous([lastYearOf64(measure64), {}, { sheetName: '施策6-4' }]);

// 市民活動支援事業 as the FY2018 report showed it: its plan for 平成30年度 was 280, this year's sheet says 290.
const lastYearProject: ProjectSheet = {
  ...validProject,
  reportYear: 2018,
  activities: validProject.activities.map((a, i) => (i === 0 ? { ...a, plan: { '2016': 290, '2017': 290, '2018': 280 }, actual: { '2016': 300, '2017': 344, '2018': 448 } } : a)),
};

export const cases: RuleCases = {
  valid: [
    { name: '6-4: 平成29〜令和元年度の計画は前年度の報告と同じ（令和2年度の計画は今年度の報告で初めて載る）', input: readSheetOf(measure64), ctx: lastYear64 },
    { name: '6-4: 令和元年度の計画を変え、特記事項に理由がある', input: readSheetOf(with64Plan('2019', 99.08, '実績との差が大きいため、令和元年度の目標値を99.08%に変更した。')), ctx: lastYear64 },
    { name: '前年度のブックが渡されていなければ比べない', input: readSheetOf(with64Plan('2019', 99.08, null)) },
    { name: '書き方だけの違い（９９．１３）は変更ではない', input: readSheetOf(with64Plan('2019', '９９．１３', null)), ctx: lastYear64 },
    {
      name: '前年度に計画がなかった年度（「-」）に計画を立てた',
      input: readSheetOf(with64Plan('2019', 99.13, null)),
      ctx: previous([{ ...lastYearOf64(measure64), outcomes: [{ ...lastYearOf64(measure64).outcomes[0], plan: { '2016': 98.98, '2017': 99.03, '2018': 99.08, '2019': '-' } }] }]),
    },
    { name: '計画を消した（空欄）のは indicator-complete の指摘で、計画の変更ではない', input: readSheetOf(with64Plan('2019', '', null)), ctx: lastYear64 },
    { name: '前年度の報告にない施策は比べない', input: readSheetOf({ ...with64Plan('2019', 99.08, null), measure: { number: '6-6', name: null } }), ctx: lastYear64 },
  ],
  invalid: [
    {
      name: '6-4: 令和元年度の計画を 99.13 から 99.08 に変えたが、特記事項が空欄',
      input: readSheetOf(with64Plan('2019', 99.08, null), {}, { sheetName: '施策6-4' }),
      ctx: lastYear64,
      findings: [{ messageId: 'unexplained', field: 'Outcome1Plan_3', cell: 'F23', data: { label: '成果指標1 計画（令和元年度）', name: '市税現年度収納率', before: '99.13', after: '99.08' } }],
    },
    {
      name: 'タブ名が変わり、施策番号が全角（６－４）でも同じ施策として比べる',
      input: readSheetOf({ ...with64Plan('2018', 99, null), measure: { number: '６－４', name: null } }, {}, { sheetName: '市税（施策６－４）' }),
      ctx: lastYear64,
      findings: [{ messageId: 'unexplained', cell: 'E23', data: { before: '99.08', after: '99' } }],
    },
    {
      name: '特記事項が前年度の報告のままでは、今年度の変更の理由にならない',
      input: readSheetOf(with64Plan('2019', 99.08, '毎年見直す。')),
      ctx: previous([{ ...lastYearOf64(measure64), notes: '毎年 見直す。' }]),
      findings: [{ messageId: 'unexplained', cell: 'F23' }],
    },
    {
      name: '市民活動支援事業: 活動指標1 の平成30年度の計画が前年度の報告の 280 から 290 に',
      input: readSheetOf(validProject),
      ctx: previous([lastYearProject]),
      findings: [{ messageId: 'unexplained', field: 'Activity1Plan_2', cell: 'G17', data: { before: '280', after: '290' } }],
    },
  ],
};
