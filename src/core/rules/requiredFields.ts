// Rule 1: the fields a sheet of its kind must have are filled (budget-only projects need fewer).
import { formatIn, requiredOf } from '../format/ruleParams';
import { kindOf } from '../model';
import type { FieldCell, ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { isBlank, isBlankValue } from './fieldCells';
import type { Report } from './types';

function problemOf(cell: FieldCell): 'empty' | 'notFound' | undefined {
  if (cell.located === 'missing') return 'notFound';
  // A cell holding an error (#REF!) is the error rule's finding, not an empty cell.
  return !cell.raw.error && isBlank(cell.raw) ? 'empty' : undefined;
}

export const requiredFieldsRule = sheetRule({
  id: 'required-fields',
  severity: 'error',
  description: { ja: '必須の欄が記入されていること（シートの種類ごと）', en: 'The fields a sheet of its kind requires are filled' },
  messages: {
    ja: {
      empty: '{label}が未記入です。記入してください。',
      notFound: '{label}の欄がシート上に見つかりません。テンプレートの行や見出しを消していないか確かめ、欄を元に戻してください。',
    },
    en: {
      empty: '{label} is empty; please fill it in.',
      notFound: 'The field {label} could not be found on the sheet; check that its row or heading was not deleted from the template.',
    },
  },
  check(read: ReadSheet, ctx) {
    // The defined names that must be filled, per sheet kind, as the format's definition lists them (`required`).
    // A loop into one array: most names are filled, and a flatMap made an empty array for each (27 a sheet).
    // A cell found and filled, as most are, is passed over on its value, without making the cell.
    const reports: Report<'empty' | 'notFound'>[] = [];
    const names = requiredOf(formatIn(ctx), kindOf(read.sheet));
    const cells = read.source.cells;
    for (let i = 0; i < names.length; i++) {
      const at = cells.indexOf(names[i]);
      if (at < 0 || (cells.locatedAt(at) !== 'missing' && !isBlankValue(cells.valueAt(at)))) continue;
      const cell = cells.at(at);
      const problem = problemOf(cell);
      if (problem) reports.push(atField(read, cell, problem));
    }
    return reports;
  },
});
