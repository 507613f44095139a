// Rule 3: 金額 is a non-negative whole number of 千円 (dates are no-dates' finding, 10,839千円 is money-normalised's).
import type { ReadSheet } from '../source';
import { sheetRule } from './define';
import { isWholeAmount, moneyCells, problemAt, type CellProblem, type MoneyCell } from './fieldCells';

function problemOf({ reading }: MoneyCell): CellProblem<'notNumber' | 'negative' | 'fraction'> | undefined {
  if (reading.kind === 'text') return { id: 'notNumber' };
  if (reading.value < 0) return { id: 'negative' };
  return isWholeAmount(reading.value) ? undefined : { id: 'fraction' };
}

export const moneyFormatRule = sheetRule({
  id: 'money-format',
  severity: 'error',
  description: { ja: '金額が0以上の整数（千円単位）であること', en: 'Amounts are whole numbers of thousand yen, zero or more' },
  messages: {
    ja: {
      notNumber: '{label}の「{value}」は金額として読めません。千円単位の数値（例: 7267）を入力してください。',
      negative: '{label}が「{value}」とマイナスになっています。金額は0以上の千円単位の整数で入力してください。',
      fraction: '{label}の「{value}」に千円未満の端数があります。千円単位の整数で入力してください。',
    },
    en: {
      notNumber: '{label}: "{value}" is not an amount; enter a number of thousand yen (e.g. 7267).',
      negative: '{label}: "{value}" is negative; amounts are whole numbers of thousand yen, zero or more.',
      fraction: '{label}: "{value}" has a fraction of a thousand yen; enter a whole number of thousand yen.',
    },
  },
  check(read: ReadSheet) {
    return moneyCells(read).flatMap((money) => problemAt(read, money.cell, problemOf(money)));
  },
});
