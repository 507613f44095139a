// Rule 3: 金額 written as text that reads as a number (１２３, 10,839千円) is accepted, with a warning saying what was read.
import type { ReadSheet } from '../source';
import { formatIn } from '../format/ruleParams';
import { atField, sheetRule } from './define';
import { isWholeAmount, moneyCells, moneyUnitData } from './fieldCells';

export const moneyNormalisedRule = sheetRule({
  id: 'money-normalised',
  severity: 'warning',
  description: { ja: '文字で書かれた金額（全角数字、桁区切り、千円付き）をどう読んだか知らせる', en: 'Amounts written as text are read as numbers, and the reading is shown' },
  messages: {
    ja: { normalised: '{label}の「{original}」を {value} {unit}と読みました。数値で入力してください。' },
    en: { normalised: '{label}: "{original}" was read as {value} {unitEn}; please enter it as a number.' },
  },
  check(read: ReadSheet, ctx) {
    const unit = moneyUnitData(formatIn(ctx));
    return moneyCells(read).flatMap(({ cell, reading }) =>
      // A negative or fractional reading is money-format's error, not a second finding here.
      reading.kind === 'number' && reading.normalised && isWholeAmount(reading.value)
        ? [atField(read, cell, 'normalised', { original: String(reading.original), value: reading.value, ...unit })]
        : [],
    );
  },
});
