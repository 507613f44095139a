// A project whose 終了年度 is before the report year has ended: its 今後の方向性 cannot be to expand or continue it
// (`params`: `end`, `direction`, and the `values` that say it goes on, e.g. 拡充 and 継続).
import { fiscalYearLabel } from '../era';
import { builtinParams, formatIn } from '../format/ruleParams';
import type { ReadSheet } from '../source';
import { squeeze } from '../text';
import { atField, sheetRule } from './define';
import { hasValue, shown } from './fieldCells';
import { readProjectYear } from './projectYears';

export const endedDirectionRule = sheetRule({
  id: 'ended-direction',
  severity: 'error',
  description: { ja: '終了年度を過ぎた事業の今後の方向性が拡充・継続でないこと', en: 'A project past its end year is not to be expanded or continued' },
  messages: {
    ja: { ended: '終了年度（{end}）を過ぎた事業の今後の方向性が「{value}」です。完了・休止・廃止などを選ぶか、事業を続けるなら事業期間を直してください。' },
    en: { ended: 'The project ended in {end} but its direction is "{value}"; choose completion or ending, or correct the period if it goes on.' },
  },
  check(read: ReadSheet, ctx) {
    const params = builtinParams(formatIn(ctx), 'ended-direction');
    if (!params) return [];
    const end = readProjectYear(read.source.cells.get(params.end), true);
    const direction = read.source.cells.get(params.direction);
    const goesOn = new Set(params.values.map(squeeze));
    if (end.kind !== 'year' || end.year >= read.sheet.reportYear || !direction || !hasValue(direction) || !goesOn.has(squeeze(shown(direction)))) return [];
    return [atField(read, direction, 'ended', { end: fiscalYearLabel(end.year), value: shown(direction) })];
  },
});
