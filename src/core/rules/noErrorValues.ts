// Rule 12: cells hold values, not Excel errors such as #REF!, #VALUE! or #DIV/0!.
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { sheetCells } from './sheetCells';
import type { Report } from './types';

type ErrorKind = 'ref' | 'value' | 'divZero' | 'notAvailable' | 'name' | 'num' | 'nullRange' | 'other';

const KINDS: Record<string, ErrorKind> = {
  '#REF!': 'ref',
  '#VALUE!': 'value',
  '#DIV/0!': 'divZero',
  '#N/A': 'notAvailable',
  '#NAME?': 'name',
  '#NUM!': 'num',
  '#NULL!': 'nullRange',
};

const TYPE_IT = '数式をやめ、正しい値を直接入力してください。';
const TYPE_IT_EN = 'Replace the formula with the right value.';

export const noErrorValuesRule = sheetRule({
  id: 'no-error-values',
  severity: 'error',
  description: { ja: 'セルがエラー値（#REF! など）になっていないこと', en: 'No cell holds an Excel error value such as #REF!' },
  messages: {
    ja: {
      ref: `{label}がエラー {error} になっています。数式が参照していたセル・行・シートが削除されています。${TYPE_IT}`,
      value: `{label}がエラー {error} になっています。数式の計算に文字など計算できない値が含まれています。${TYPE_IT}`,
      divZero: `{label}がエラー {error} になっています。0 または空欄のセルで割り算をしています。${TYPE_IT}`,
      notAvailable: `{label}がエラー {error} になっています。数式（VLOOKUP など）で探した値が見つかりません。${TYPE_IT}`,
      name: `{label}がエラー {error} になっています。数式の中の関数名や名前を Excel が認識できません（つづりの誤り、または別のブックにある名前）。${TYPE_IT}`,
      num: `{label}がエラー {error} になっています。計算結果が大きすぎるか、計算できない数値です。${TYPE_IT}`,
      nullRange: `{label}がエラー {error} になっています。数式のセル範囲の指定が誤っています。${TYPE_IT}`,
      other: `{label}がエラー {error} になっています。${TYPE_IT}`,
    },
    en: {
      ref: `{label} shows the error {error}: a cell, row or sheet the formula referred to was deleted. ${TYPE_IT_EN}`,
      value: `{label} shows the error {error}: the formula calculates with text or another unusable value. ${TYPE_IT_EN}`,
      divZero: `{label} shows the error {error}: the formula divides by zero or by an empty cell. ${TYPE_IT_EN}`,
      notAvailable: `{label} shows the error {error}: a lookup (such as VLOOKUP) found no value. ${TYPE_IT_EN}`,
      name: `{label} shows the error {error}: Excel does not recognise a function or name in the formula (a typo, or a name from another workbook). ${TYPE_IT_EN}`,
      num: `{label} shows the error {error}: the result is too large or cannot be calculated. ${TYPE_IT_EN}`,
      nullRange: `{label} shows the error {error}: the formula's cell range is written wrongly. ${TYPE_IT_EN}`,
      other: `{label} shows the error {error}. ${TYPE_IT_EN}`,
    },
  },
  check(read: ReadSheet) {
    const reports: Report<ErrorKind>[] = [];
    for (const cell of sheetCells(read).marked) {
      const error = cell.raw.error;
      if (error) reports.push(atField(read, cell, KINDS[error.toUpperCase()] ?? 'other', { error }));
    }
    return reports;
  },
});
