// Rule 12: no cell holds a formula that links to another workbook ([1]集計!B2, '[予算.xlsx]集計'!B2).
import type { FieldCell, ReadSheet } from '../source';
import { atField, fieldCells, sheetRule } from './define';

/** Text in double quotes is a string, not a reference: ="[注]参照!" links nowhere. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;
/** '…[book.xlsx]Sheet'!A1, with a path or URL before the brackets when the book is not open. */
const QUOTED_EXTERNAL = /'(?:[^']|'')*\[[^\]]+\](?:[^']|'')*'!/;
/** [1]Sheet1!A1, [book.xlsx]Sheet!A1 and [1]!Name: a workbook in brackets right before a sheet or a name. */
const BARE_EXTERNAL = /\[[^[\]]+\][^\s!'"()[\]+\-*\/&^=<>,;:]*!/;

/** Whether a formula refers to a cell or name in another workbook. */
export function linksToOtherWorkbook(formula: string): boolean {
  const code = formula.replace(STRING_LITERAL, '""');
  return QUOTED_EXTERNAL.test(code) || BARE_EXTERNAL.test(code);
}

function isExternalLink(cell: FieldCell): boolean {
  return cell.raw.formula !== undefined && linksToOtherWorkbook(cell.raw.formula);
}

export const noExternalLinksRule = sheetRule({
  id: 'no-external-links',
  severity: 'error',
  description: { ja: 'セルが別のブックへのリンク（外部参照）になっていないこと', en: 'No cell links to another workbook' },
  messages: {
    ja: {
      externalLink:
        '{label}が別のブックを参照する数式（={formula}）になっています。提出先にはそのブックがないため、値が正しく読めなかったり、開くたびに変わったりします。セルをコピーして「値の貼り付け」で値だけにしてください。',
    },
    en: {
      externalLink:
        '{label} holds a formula linking to another workbook (={formula}); that workbook is not there when the report is collected, so the value may be wrong or change. Paste the value only (copy, then Paste Values).',
    },
  },
  check(read: ReadSheet) {
    return fieldCells(read, isExternalLink).map((cell) => atField(read, cell, 'externalLink', { formula: (cell.raw.formula ?? '').replace(/^=/, '') }));
  },
});
