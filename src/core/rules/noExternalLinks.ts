// Rule 12: no cell holds a formula that links to another workbook ([1]集計!B2, '[予算.xlsx]集計'!B2) or program (DDE).
import type { FieldCell, ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { sheetCells } from './sheetCells';
import type { Report } from './types';

/** Text in double quotes is a string, not a reference: ="[注]参照!" links nowhere. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;
/** '…[book.xlsx]Sheet'!A1, with a path or URL before the brackets when the book is not open. */
const QUOTED_EXTERNAL = /'(?:[^']|'')*\[[^\]]+\](?:[^']|'')*'!/;
/** [1]Sheet1!A1, [book.xlsx]Sheet!A1 and [1]!Name: a workbook in brackets right before a sheet or a name. */
const BARE_EXTERNAL = /\[[^[\]]+\][^\s!'"()[\]+\-*\/&^=<>,;:]*!/;

/**
 * A DDE link to another program, cmd|' /C calc'!A0 (or LibreOffice's DDE() function): a '|' outside a string has no
 * other meaning in a formula. Excel asks before starting the program; the report must never carry one.
 */
const DDE = /\||\bDDE\s*\(/i;

/** Whether a formula refers to a cell or name in another workbook. */
export function linksToOtherWorkbook(formula: string): boolean {
  const code = formula.replace(STRING_LITERAL, '""');
  return QUOTED_EXTERNAL.test(code) || BARE_EXTERNAL.test(code);
}

/** Whether a formula asks another program for its value (DDE). */
export function linksToOtherProgram(formula: string): boolean {
  return DDE.test(formula.replace(STRING_LITERAL, '""'));
}

function isExternalLink(cell: FieldCell): boolean {
  return cell.raw.formula !== undefined && (linksToOtherWorkbook(cell.raw.formula) || linksToOtherProgram(cell.raw.formula));
}

export const noExternalLinksRule = sheetRule({
  id: 'no-external-links',
  severity: 'error',
  description: { ja: 'セルが別のブックへのリンク（外部参照）や別のプログラムへのリンク（DDE）になっていないこと', en: 'No cell links to another workbook or program (DDE)' },
  messages: {
    ja: {
      externalLink:
        '{label}が別のブックを参照する数式（={formula}）になっています。提出先にはそのブックがないため、値が正しく読めなかったり、開くたびに変わったりします。セルをコピーして「値の貼り付け」で値だけにしてください。',
      otherProgram:
        '{label}が別のプログラムから値を受け取る数式（DDE: ={formula}）になっています。ブックを開くとそのプログラムが起動されるおそれがあります。数式を消して値を入力してください。',
    },
    en: {
      externalLink:
        '{label} holds a formula linking to another workbook (={formula}); that workbook is not there when the report is collected, so the value may be wrong or change. Paste the value only (copy, then Paste Values).',
      otherProgram:
        '{label} holds a formula that asks another program for its value (DDE: ={formula}); opening the workbook could start that program. Delete the formula and type the value.',
    },
  },
  check(read: ReadSheet) {
    const reports: Report<'externalLink' | 'otherProgram'>[] = [];
    for (const cell of sheetCells(read).marked) {
      if (!isExternalLink(cell)) continue;
      const formula = (cell.raw.formula ?? '').replace(/^=/, '');
      reports.push(atField(read, cell, linksToOtherProgram(formula) ? 'otherProgram' : 'externalLink', { formula }));
    }
    return reports;
  },
});
