// Rule 4: for every year, 年度別事業費 = 国・県支出金 + 地方債 + その他 + 一般財源.
import { numberOf } from '../numbers';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';

const SOURCES = ['Subsidies', 'Bonds', 'Other', 'General'];

export const fundingSumRule = sheetRule({
  id: 'funding-sum',
  severity: 'error',
  description: { ja: '年度別事業費が財源の合計と一致すること', en: 'The yearly total equals the sum of its funding sources' },
  messages: {
    ja: { mismatch: '{label} {total} 千円が、財源の合計 {sum} 千円（国・県支出金＋地方債＋その他＋一般財源）と {diff} 千円合いません。' },
    en: { mismatch: '{label}: the total {total} (thousand yen) differs from the sum of its funding sources {sum} by {diff}.' },
  },
  check(read: ReadSheet) {
    return [1, 2, 3].flatMap((column) => {
      const total = read.source.cells.get(`Total_${column}`);
      if (!total) return []; // not a sheet with an input table
      const totalValue = numberOf(total.raw.value);
      const parts = SOURCES.map((line) => numberOf(read.source.cells.get(`${line}_${column}`)?.raw.value));
      // Cells that are not numbers are money-format's findings; a sum over them would only repeat it.
      if (totalValue === undefined || parts.some((p) => p === undefined)) return [];
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      return sum === totalValue ? [] : [atField(read, total, 'mismatch', { total: totalValue, sum, diff: Math.abs(totalValue - sum) })];
    });
  },
});
