// Grouping findings as the demo's workbooks show them: one indicator's actuals empty for three years is one finding.
import type { Finding } from '../rules/types';
import { groupFindings, groupMessage, spanLabel } from './group';

const empty = (cell: string, year: string, row = '実績'): Finding => ({
  ruleId: 'indicator-complete',
  severity: 'error',
  messageId: row === '実績' ? 'missingActual' : 'missingPlan',
  file: '財政課.xlsx',
  sheet: '財政管理費運営費',
  cell,
  field: 'x',
  data: { label: `活動指標1 ${row}（${year}年度）`, name: '予算編成会議の開催数' },
});

it('makes one finding of an indicator row empty for three years, naming every cell and the range', () => {
  const groups = groupFindings([empty('F18', '平成29'), empty('G18', '平成30'), empty('H18', '令和元')]);
  expect(groups).toHaveLength(1);
  expect(groups[0]).toMatchObject({ ruleId: 'indicator-complete', sheet: '財政管理費運営費', cells: ['F18', 'G18', 'H18'], range: 'F18:H18' });
  expect(groupMessage(groups[0], 'ja')).toContain('活動指標1 実績（平成29〜令和元年度）が空欄です。');
});

it('keeps the plan row and the actual row apart, and a lone finding as it is', () => {
  const groups = groupFindings([empty('H17', '令和元', '計画'), empty('H18', '令和元')]);
  expect(groups.map((g) => g.range)).toEqual(['H17', 'H18']);
  expect(groupMessage(groups[0], 'ja')).toContain('活動指標1 計画（令和元年度）が空欄です。');
});

it('does not join cells that are not neighbours, nor findings whose data differ (each year its own amounts)', () => {
  expect(groupFindings([empty('F18', '平成29'), empty('H18', '令和元')]).map((g) => g.range)).toEqual(['F18', 'H18']);
  const sum = (cell: string, total: number): Finding => ({ ...empty(cell, '平成29'), ruleId: 'funding-sum', messageId: 'mismatch', data: { label: '年度別事業費', total } });
  expect(groupFindings([sum('F10', 117575), sum('G10', 103799)])).toHaveLength(2);
});

it('joins a row of each of two indicators whose findings alternate, whatever the order of their data', () => {
  const named = (cell: string, year: string, name: string): Finding => ({ ...empty(cell, year), data: { name, label: `活動指標1 実績（${year}年度）` } });
  const groups = groupFindings([empty('F18', '平成29'), named('F18', '平成29', '研修の回数'), empty('G18', '平成30'), named('G18', '平成30', '研修の回数'), named('H18', '令和元', '予算編成会議の開催数')]);
  expect(groups.map((g) => [g.range, g.findings[0].data.name])).toEqual([
    ['F18:H18', '予算編成会議の開催数'],
    ['F18:G18', '研修の回数'],
  ]);
});

it('joins a row\'s cells across findings of other sheets and files between them', () => {
  const on = (cell: string, year: string, sheet: string, file = '財政課.xlsx'): Finding => ({ ...empty(cell, year), sheet, file });
  const groups = groupFindings([on('F18', '平成29', 'A'), on('F18', '平成29', 'B'), on('F18', '平成29', 'A', '企画課.xlsx'), on('G18', '平成30', 'A'), on('G18', '平成30', 'B')]);
  expect(groups.map((g) => [g.file, g.sheet, g.range])).toEqual([
    ['財政課.xlsx', 'A', 'F18:G18'],
    ['財政課.xlsx', 'B', 'F18:G18'],
    ['企画課.xlsx', 'A', 'F18'],
  ]);
});

it('keeps findings without a cell on their own', () => {
  const wide: Finding = { ruleId: 'format-known', severity: 'error', messageId: 'm', file: 'a.xlsx', data: {} };
  expect(groupFindings([wide, wide]).map((g) => g.cells)).toEqual([[], []]);
});

it('spans labels without splitting a year number', () => {
  expect(spanLabel(['成果指標1 実績（平成28年度）', '成果指標1 実績（平成29年度）'])).toBe('成果指標1 実績（平成28〜29年度）');
});
