// Roll-over as a pure function: which values move along a year, which are emptied, which carry over.
import type { BudgetOnlyProject, MeasureSheet, ProjectSheet } from './model';
import { rollOverSheet } from './rollover';
import { validBudgetOnly, validMeasure, validPolicy, validProject } from './rules/testing/fixtures';
import { blankSheet } from './template';

const project = rollOverSheet({ ...validProject, status: '新規', notes: '平成31年度から開始' }, 2020) as ProjectSheet;
const measure = rollOverSheet(validMeasure, 2020) as MeasureSheet;

it('moves the kept years along and leaves the new year empty in the input table', () => {
  expect(project.reportYear).toBe(2020);
  expect(Object.keys(project.budget)).toEqual(['2018', '2019', '2020']);
  expect(project.budget['2018']).toEqual(validProject.budget['2018']);
  expect(project.budget['2019']).toEqual(validProject.budget['2019']);
  expect(project.budget['2020']).toEqual({ total: null, subsidies: null, bonds: null, other: null, general: null });
});

it('keeps activity indicators with past plans and actuals; the new year has neither yet', () => {
  expect(project.activities).toEqual(
    validProject.activities.map((a) => ({ name: a.name, unit: a.unit, plan: { '2018': a.plan['2018'], '2019': a.plan['2019'], '2020': null }, actual: { '2018': a.actual['2018'], '2019': a.actual['2019'], '2020': null } })),
  );
});

it("carries a measure's plan for Y+1 into the new year; the new Y+1 and the new actual are empty", () => {
  const [o] = measure.outcomes;
  expect(o.plan).toEqual({ '2018': 26.4, '2019': 18, '2020': 21, '2021': null });
  expect(o.actual).toEqual({ '2018': 15.6, '2019': 16.9, '2020': null });
  expect([o.name, o.unit, o.reason, o.baseline]).toEqual(['小諸市自治基本条例があることを知っている市民', '%', '条例の認知度を高めたいから。', 15.6]);
});

it('clears 実績, 評価 and 特記事項; 新規 becomes 継続; identity and plans in words carry over', () => {
  expect([project.result, project.evaluation, project.notes, project.status]).toEqual([null, null, null, '継続']);
  expect([measure.result, measure.evaluation, measure.notes]).toEqual([null, null, null]);
  expect([project.name, project.account, project.rank, project.summary, project.nextSteps, project.department, project.pledge]).toEqual([
    validProject.name,
    validProject.account,
    validProject.rank,
    validProject.summary,
    validProject.nextSteps,
    validProject.department,
    validProject.pledge,
  ]);
  expect([measure.issues, measure.purpose, measure.goalPlan, measure.nextSteps, measure.plans]).toEqual([validMeasure.issues, validMeasure.purpose, validMeasure.goalPlan, validMeasure.nextSteps, validMeasure.plans]);
  expect(measure.measure).toEqual(validMeasure.measure);
});

it('gives the same shape as a fresh template of the new year', () => {
  const blank = blankSheet({ kind: 'budget-only', reportYear: 2020 }) as BudgetOnlyProject;
  const rolled = rollOverSheet(validBudgetOnly, 2020) as BudgetOnlyProject;
  expect(Object.keys(rolled).sort()).toEqual(Object.keys(blank).sort());
  expect(rollOverSheet(validPolicy, 2020)).toEqual({ ...validPolicy, reportYear: 2020 });
});

it('skips years: from 2019 to 2021 only 2019 stays', () => {
  const later = rollOverSheet(validProject, 2021) as ProjectSheet;
  expect(later.budget['2019']).toEqual(validProject.budget['2019']);
  expect(later.budget['2020'].total).toBeNull();
  expect(Object.keys(later.budget)).toEqual(['2019', '2020', '2021']);
});

it('only goes forward', () => {
  expect(() => rollOverSheet(validProject, 2019)).toThrow(RangeError);
});
