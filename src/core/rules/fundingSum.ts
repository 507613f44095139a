// Rule 4: for every year, 年度別事業費 = 国・県支出金 + 地方債 + その他 + 一般財源 (the fields as the format's
// definition names them: `{ "type": "builtin", "id": "funding-sum", "params": { "total", "sources" } }`).
import { yearOffsets } from '../format/buildLayout';
import { builtinParams, formatIn } from '../format/ruleParams';
import type { RuleParams } from '../format/ruleParamSchemas';
import type { FormatDefinition } from '../format/schema';
import { numberOf } from '../numbers';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { moneyUnitData } from './fieldCells';
import type { Report } from './types';

export const fundingSumRule = sheetRule({
  id: 'funding-sum',
  severity: 'error',
  description: { ja: '年度別事業費が財源の合計と一致すること', en: 'The yearly total equals the sum of its funding sources' },
  messages: {
    ja: { mismatch: '{label} {total} {unit}が、財源の合計 {sum} {unit}（{sources}）と {diff} {unit}合いません。' },
    en: { mismatch: '{label}: the total {total} ({unitEn}) differs from the sum of its funding sources {sum} by {diff}.' },
  },
  check(read: ReadSheet, ctx) {
    const format = formatIn(ctx);
    const params = builtinParams(format, 'funding-sum');
    if (!params) return []; // the format does not use this rule
    // The year columns of the input table: `Total_1`, `Total_2`, …
    const reports: Report<'mismatch'>[] = [];
    for (const column of columnsOf(format, params)) {
      // Read on the values: a cell is made only for a total to report.
      if (!read.source.cells.has(column.total)) continue; // not a sheet with an input table
      const totalValue = numberOf(read.source.cells.valueNamed(column.total));
      const sum = sumOf(read, column.sources);
      if (totalValue === undefined || sum === undefined || sum === totalValue) continue;
      const total = read.source.cells.get(column.total)!;
      // The sources as the sheet labels them, for the message: 国・県支出金＋地方債＋その他＋一般財源.
      const sources = params.sources.map((s) => read.source.cells.get(`${s}_1`)?.field.label ?? s).join('＋');
      reports.push(atField(read, total, 'mismatch', { total: totalValue, sum, diff: Math.abs(totalValue - sum), sources, ...moneyUnitData(format) }));
    }
    return reports;
  },
});

/**
 * The sources' sum, added in their order; undefined when one is not a number: that is money-format's finding, and a
 * sum over it would only repeat it. A plain loop: the three columns of every sheet each made arrays of their parts.
 */
function sumOf(read: ReadSheet, names: readonly string[]): number | undefined {
  let sum = 0;
  for (const name of names) {
    const part = numberOf(read.source.cells.valueNamed(name));
    if (part === undefined) return undefined;
    sum += part;
  }
  return sum;
}

interface Column {
  total: string;
  sources: string[];
}

/** The defined names of each year column's total and sources, made once per format (not on each of its sheets). */
const columnsByFormat = new WeakMap<FormatDefinition, Column[]>();

function columnsOf(format: FormatDefinition, params: RuleParams['funding-sum']): Column[] {
  let columns = columnsByFormat.get(format);
  if (!columns) {
    columns = yearOffsets(format, 'actual').map((_, i) => ({ total: `${params.total}_${i + 1}`, sources: params.sources.map((line) => `${line}_${i + 1}`) }));
    columnsByFormat.set(format, columns);
  }
  return columns;
}
