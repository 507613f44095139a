// Rule 4: for every year, 年度別事業費 = 国・県支出金 + 地方債 + その他 + 一般財源 (the fields as the format's
// definition names them: `{ "type": "builtin", "id": "funding-sum", "params": { "total", "sources" } }`).
import { z } from 'zod';
import { KOMORO } from '../format/builtin';
import { yearOffsets } from '../format/buildLayout';
import { builtinParams } from '../format/ruleParams';
import { LAYOUTS } from '../layout';
import { numberOf } from '../numbers';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';

const Params = z.object({ total: z.string(), sources: z.array(z.string()).min(1) });
const PARAMS = builtinParams(KOMORO, 'funding-sum', Params);
/** The year columns of the input table: `Total_1`, `Total_2`, … */
const COLUMNS = yearOffsets(KOMORO, 'actual').map((_, i) => i + 1);
/** The sources as the sheet labels them, for the message: 国・県支出金＋地方債＋その他＋一般財源. */
const SOURCE_LABELS = (PARAMS?.sources ?? []).map((s) => LAYOUTS.project.fields.find((f) => f.name === `${s}_1`)?.label ?? s).join('＋');

export const fundingSumRule = sheetRule({
  id: 'funding-sum',
  severity: 'error',
  description: { ja: '年度別事業費が財源の合計と一致すること', en: 'The yearly total equals the sum of its funding sources' },
  messages: {
    ja: { mismatch: '{label} {total} 千円が、財源の合計 {sum} 千円（{sources}）と {diff} 千円合いません。' },
    en: { mismatch: '{label}: the total {total} (thousand yen) differs from the sum of its funding sources {sum} by {diff}.' },
  },
  check(read: ReadSheet) {
    if (!PARAMS) return []; // the format does not use this rule
    return COLUMNS.flatMap((column) => {
      const total = read.source.cells.get(`${PARAMS.total}_${column}`);
      if (!total) return []; // not a sheet with an input table
      const totalValue = numberOf(total.raw.value);
      const parts = PARAMS.sources.map((line) => numberOf(read.source.cells.get(`${line}_${column}`)?.raw.value));
      // Cells that are not numbers are money-format's findings; a sum over them would only repeat it.
      if (totalValue === undefined || parts.some((p) => p === undefined)) return [];
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      return sum === totalValue ? [] : [atField(read, total, 'mismatch', { total: totalValue, sum, diff: Math.abs(totalValue - sum), sources: SOURCE_LABELS })];
    });
  },
});
