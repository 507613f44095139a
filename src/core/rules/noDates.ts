// No input cell holds a date (Excel turns entries like 4/1 or 6-1 into dates); money-format leaves such cells to this rule.
import type { FieldType } from '../layout/types';
import type { FieldCell, ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { sheetCells } from './sheetCells';
import type { Report } from './types';

/** The locked year cells are the year rules' business; every other field takes a number or text, never a date. */
const LOCKED: readonly FieldType[] = ['reportYear', 'yearLabel'];

function isDateCell(cell: FieldCell): boolean {
  return cell.located !== 'missing' && !cell.raw.error && cell.raw.date === true && !LOCKED.includes(cell.field.type);
}

export const noDatesRule = sheetRule({
  id: 'no-dates',
  severity: 'error',
  description: { ja: '入力欄に日付が入っていないこと（数値や文字の欄）', en: 'No input cell holds a date where a number or text belongs' },
  messages: {
    ja: {
      date: '{label}が日付（{value}）になっています。Excel が入力を日付に変えた可能性があります。セルの表示形式を「標準」に戻してから、数値または文字で入力し直してください。',
    },
    en: {
      date: '{label} holds a date ({value}); Excel may have turned the entry into a date. Set the cell format back to General and enter the number or text again.',
    },
  },
  check(read: ReadSheet) {
    const reports: Report<'date'>[] = [];
    for (const cell of sheetCells(read).marked) if (isDateCell(cell)) reports.push(atField(read, cell, 'date', { value: String(cell.raw.value) }));
    return reports;
  },
});
