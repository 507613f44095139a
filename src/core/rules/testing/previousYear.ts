// Measure 6-4 as the seed reports it (FY2019) and as last year's report (FY2018) would have shown it, for rule 11.
import type { MeasureSheet } from '../../model';
import { validMeasure } from './fixtures';

/** The seed's 特記事項 of 6-4: the reason its outcome plan for 令和2年度 was changed. */
export const SEED_64_NOTES =
  '目標値である収納率は、毎年0.05%向上させていく計画となっているが、実績値との差が大きくなり現実的でない目標値のため、令和2年度の目標値を平成30年度の目標数値と同じ99.08%に変更した。';

/** 6-4's outcome indicator and 特記事項 as in the seed; its other texts are 6-1's, which rule 11 does not read. */
export const measure64: MeasureSheet = {
  ...validMeasure,
  measure: { number: '6-4', name: '市税収入をはじめとする自主財源の安定的な確保を図ります' },
  department: '税務課',
  outcomes: [
    {
      name: '市税現年度収納率',
      reason: '自発的な納税の定着が図られることにより、収納率の向上につながるため。',
      formula: null,
      unit: '%',
      baseline: 98.93,
      plan: { '2017': 99.03, '2018': 99.08, '2019': 99.13, '2020': 99.08 },
      actual: { '2017': 98.85, '2018': 99.01, '2019': 98.73 },
    },
  ],
  notes: SEED_64_NOTES,
};

/**
 * The FY2018 report's 6-4, from the FY2019 one: its plan columns are 平成28年度…令和元年度 (Y-2…Y+1), so the
 * 令和2年度 plan the seed changed is not on it. Plans 2017–2019 are the seed's (its note changes only 令和2年度),
 * 2016 is 0.05 below 2017 (毎年0.05%向上), actuals up to 2018 are the seed's and 2016's is unknown; no 特記事項.
 */
export function lastYearOf64(thisYear: MeasureSheet): MeasureSheet {
  const [rate] = thisYear.outcomes;
  const plan = { '2016': 98.98, '2017': rate.plan['2017'], '2018': rate.plan['2018'], '2019': rate.plan['2019'] };
  const actual = { '2016': null, '2017': rate.actual['2017'], '2018': rate.actual['2018'] };
  return { ...thisYear, reportYear: 2018, evaluation: '維持', notes: null, outcomes: [{ ...rate, plan, actual }] };
}
