// Year-over-year comparison on model sheets: keys, indicator pairing, the budget threshold.
import type { ProjectSheet } from '../model';
import { readSheetOf, validProject, workbookOf } from '../rules/testing/fixtures';
import { beyondThreshold } from './budget';
import { compareWorkbooks } from './compare';

const lastYear: ProjectSheet = { ...validProject, reportYear: 2018 };
const compare = (before: ProjectSheet, after: ProjectSheet) =>
  compareWorkbooks([workbookOf('last.xlsx', [readSheetOf(before, {}, { sheetName: '古いタブ名' })])], [workbookOf('this.xlsx', [readSheetOf(after)])]);
const kinds = (before: ProjectSheet, after: ProjectSheet) => compare(before, after).map((c) => [c.kind, c.at.cell, c.data.name ?? c.data.title]);

it('finds a project by name and account whatever its tab, full-width forms and spaces aside', () => {
  expect(compare(lastYear, { ...validProject, name: '市民活動　支援事業', account: '一般会計・２総務費・１総務管理費・４企画費' })).toEqual([]);
  expect(kinds(lastYear, { ...validProject, account: '一般会計・2総務費・1総務管理費・5企画費' })).toEqual([
    ['projectAdded', undefined, '市民活動支援事業'],
    ['projectRemoved', undefined, '市民活動支援事業'],
  ]);
});

it('pairs indicators by name, so one removed from the first row does not shift the other', () => {
  const [first, second] = validProject.activities;
  expect(kinds(lastYear, { ...validProject, activities: [second] })).toEqual([['indicatorRemoved', undefined, first.name]]);
  expect(kinds(lastYear, { ...validProject, activities: [second, first] })).toEqual([]);
});

it('pairs a renamed indicator by its row, and compares its plans', () => {
  const renamed = { ...validProject.activities[0], name: '紹介した団体・ボランティアの数', plan: { ...validProject.activities[0].plan, '2018': 295 } };
  expect(kinds(lastYear, { ...validProject, activities: [renamed, validProject.activities[1]] })).toEqual([
    ['indicatorName', 'B17', undefined],
    ['plan', 'G17', '紹介した団体・ボランティアの数'],
  ]);
});

it('lists budget moves of at least 20% and 1,000 千円', () => {
  expect([beyondThreshold(5000, 6000), beyondThreshold(5000, 5999), beyondThreshold(4000, 4999), beyondThreshold(0, 1000), beyondThreshold(0, 999)]).toEqual([true, false, false, true, false]);
});
