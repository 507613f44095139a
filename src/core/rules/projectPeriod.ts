// 事業期間: 開始年度 and 終了年度 are fiscal years (令和2年度, 2020年度; 終了年度 may be 終期なし), the end not before
// the start (`params`: `start`, `end`).
import { fiscalYearLabel } from '../era';
import { builtinParams, formatIn } from '../format/ruleParams';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { shown } from './fieldCells';
import { readProjectYear } from './projectYears';

export const projectPeriodRule = sheetRule({
  id: 'project-period',
  severity: 'error',
  description: { ja: '事業期間の開始年度・終了年度が年度として読め、終了年度が開始年度より前でないこと', en: 'The project period’s years are fiscal years and the end is not before the start' },
  messages: {
    ja: {
      notYear: '{label}の「{value}」を年度として読めません。「令和2年度」「2020年度」のように入力してください（終了年度は「終期なし」も可）。',
      endBeforeStart: '終了年度（{end}）が開始年度（{start}）より前です。事業期間を直してください。',
    },
    en: {
      notYear: '{label}: "{value}" is not a fiscal year; enter it as 令和2年度 or 2020年度 (the end may be 終期なし).',
      endBeforeStart: 'The period ends ({end}) before it starts ({start}); correct the project period.',
    },
  },
  check(read: ReadSheet, ctx) {
    const params = builtinParams(formatIn(ctx), 'project-period');
    if (!params) return [];
    const startCell = read.source.cells.get(params.start);
    const endCell = read.source.cells.get(params.end);
    const start = readProjectYear(startCell, false);
    const end = readProjectYear(endCell, true);
    const unreadable = [startCell && start.kind === 'unreadable' ? startCell : undefined, endCell && end.kind === 'unreadable' ? endCell : undefined];
    const notYears = unreadable.flatMap((cell) => (cell ? [atField(read, cell, 'notYear', { value: shown(cell) })] : []));
    if (notYears.length || !endCell || start.kind !== 'year' || end.kind !== 'year' || end.year >= start.year) return notYears;
    return [atField(read, endCell, 'endBeforeStart', { start: fiscalYearLabel(start.year), end: fiscalYearLabel(end.year) })];
  },
});
