// Rule 8: a sheet is for the report's fiscal year, and its year headings match (no FY2018 sheet in a FY2019 report).
import { fiscalYearLabel, parseFiscalYear } from '../era';
import type { ReadSheet, WorkbookRead } from '../source';
import { atField, workbookRule } from './define';
import { isReadable } from './fieldCells';
import { positionsOf, sheetCells } from './sheetCells';
import { byText } from '../textMemo';
import { reportYearOf } from '../jobs/reportYear';
import type { MessageData, Report, RuleContext } from './types';

/** A heading's year, remembered by its text: every sheet has the same few headings (平成29年度 … 令和元年度). */
const yearOfText = byText(parseFiscalYear);

type MessageId = 'otherYear' | 'unknownYear' | 'wrongLabel';

function wrongLabels(read: ReadSheet, wrong: Report<MessageId>[]): void {
  // The workbook's sheets were sorted for the sheet rules just before (sheetCells keeps the last few sheets'), and a
  // walk of its own read every cell's field type.
  const { all, shape } = sheetCells(read);
  const positions = positionsOf(shape, 'yearLabel');
  for (let i = 0; i < positions.length; i++) {
    // A heading that reads as its year, as nearly all do, is passed over on its value, without making its cell.
    const expected = read.sheet.reportYear + (shape.fields[positions[i]].yearOffset ?? 0);
    const value = all.valueAt(positions[i]);
    if ((typeof value === 'string' ? yearOfText(value) : parseFiscalYear(value)) === expected) continue;
    const cell = all.at(positions[i]);
    if (!isReadable(cell)) continue;
    const found = cell.raw.value === null ? '（空欄）' : String(cell.raw.value);
    // The column's own label, not displayLabel's: that already names the year the heading should show.
    wrong.push(atField(read, cell, 'wrongLabel', { label: cell.field.label, found, expected: fiscalYearLabel(expected) }));
  }
}

/** A report at the sheet's 対象年度 cell, when it has one. */
function atYearCell(read: ReadSheet, into: Report<MessageId>[], messageId: MessageId, data?: MessageData): void {
  const cell = read.source.cells.get('ReportYear');
  if (cell) into.push(atField(read, cell, messageId, data));
}

/** A sheet's findings pushed into its workbook's one array (not an array per sheet, then spread and flattened). */
function checkSheet(read: ReadSheet, expectedYear: number | undefined, into: Report<MessageId>[]): void {
  const year = read.sheet.reportYear;
  if (year === 0) return atYearCell(read, into, 'unknownYear');
  if (expectedYear !== undefined && expectedYear !== year) {
    atYearCell(read, into, 'otherYear', { sheetYear: fiscalYearLabel(year), expectedYear: fiscalYearLabel(expectedYear), sheetFY: `FY${year}`, expectedFY: `FY${expectedYear}` });
  }
  wrongLabels(read, into);
}

export const yearLabelsRule = workbookRule({
  id: 'year-labels',
  severity: 'error',
  description: { ja: 'シートの対象年度と年度の見出しが報告の年度と合っていること', en: 'Sheets and their year headings are for the report year' },
  messages: {
    ja: {
      otherYear:
        'このシートは{sheetYear}のものです。{expectedYear}の報告には{expectedYear}のシートを使ってください（昨年度のブックから写したシートではありませんか）。',
      unknownYear: '{label}が読み取れないため、このシートが何年度のものか分かりません。{label}は書き換えず、新しいテンプレートのシートに入力し直してください。',
      wrongLabel: '{label}の見出しが「{found}」になっています。この列は「{expected}」のはずです。見出しは書き換えず、新しいテンプレートのシートに入力し直してください。',
    },
    en: {
      otherYear: 'This sheet is for {sheetFY}, but the report is for {expectedFY}: use a sheet made for {expectedFY} (was it copied from last year\'s workbook?).',
      unknownYear: '{label} cannot be read, so the fiscal year of this sheet is unknown: do not edit it; re-enter the sheet in a fresh template.',
      wrongLabel: 'The year heading of {label} reads "{found}"; this column should be {expected}. Do not edit headings; re-enter the sheet in a fresh template.',
    },
  },
  check(workbook: WorkbookRead, ctx: RuleContext) {
    // The year asked for (--year), else the year the workbook is for.
    const expectedYear = reportYearOf([workbook], ctx.reportYear);
    const reports: Report<MessageId>[] = [];
    for (const read of workbook.sheets) checkSheet(read, expectedYear, reports);
    return reports;
  },
});
