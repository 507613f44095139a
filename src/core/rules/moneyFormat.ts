// Rule 3: 金額 is a non-negative whole number of the format's unit (千円 in the seed's) (dates are no-dates' finding, 10,839千円 is money-normalised's).
import type { ReadSheet } from '../source';
import { sheetRule } from './define';
import { formatIn } from '../format/ruleParams';
import { isWholeAmount, moneyCells, moneyUnitData, problemAt, type CellProblem, type MoneyCell } from './fieldCells';

function problemOf({ reading }: MoneyCell): CellProblem<'notNumber' | 'negative' | 'fraction'> | undefined {
  if (reading.kind === 'text') return { id: 'notNumber' };
  if (reading.value < 0) return { id: 'negative' };
  return isWholeAmount(reading.value) ? undefined : { id: 'fraction' };
}

export const moneyFormatRule = sheetRule({
  id: 'money-format',
  severity: 'error',
  description: { ja: '金額が0以上の整数（様式の単位、千円または円）であること', en: 'Amounts are whole numbers of the format’s unit (thousand yen or yen), zero or more' },
  messages: {
    ja: {
      notNumber: '{label}の「{value}」は金額として読めません。{unit}単位の数値（例: 7267）を入力してください。',
      negative: '{label}が「{value}」とマイナスになっています。金額は0以上の{unit}単位の整数で入力してください。',
      fraction: '{label}の「{value}」に{unit}未満の端数があります。{unit}単位の整数で入力してください。',
    },
    en: {
      notNumber: '{label}: "{value}" is not an amount; enter a number of {unitEn} (e.g. 7267).',
      negative: '{label}: "{value}" is negative; amounts are whole numbers of {unitEn}, zero or more.',
      fraction: '{label}: "{value}" has a fraction of {unitEn}; enter a whole number of {unitEn}.',
    },
  },
  check(read: ReadSheet, ctx) {
    const unit = moneyUnitData(formatIn(ctx));
    return moneyCells(read).flatMap((money) => {
      const problem = problemOf(money);
      return problemAt(read, money.cell, problem && { ...problem, ...unit });
    });
  },
});
