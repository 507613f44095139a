// Rule 9: every measure of the policy has its 施策シート somewhere in the set (checked only when the policy sheet is given).
import type { WorkbookRead } from '../source';
import { atField, fieldCells, setRule } from './define';
import { sheetsOfKind } from './setSheets';
import { codeKey } from './setSheets';

const MEASURE_NUMBER = /^MeasureNumber_\d+$/;

export const measureSheetsPresentRule = setRule({
  id: 'measure-sheets-present',
  severity: 'error',
  description: { ja: '政策シートの施策ごとに施策シートがあること', en: 'Every measure of the policy has its measure sheet' },
  messages: {
    ja: { missingSheet: '施策「{measure}」の施策シートが、提出されたどのブックにもありません。この施策を所管する課に施策シートの提出を求めてください。' },
    en: { missingSheet: 'No workbook holds the measure sheet of measure "{measure}"; ask the department in charge of it to submit it.' },
  },
  check(workbooks: WorkbookRead[]) {
    // A department's own workbook is not the whole report: without the policy sheet there is nothing to compare with.
    const present = new Set(sheetsOfKind(workbooks, 'measure').map((m) => codeKey(m.sheet.measure.number)));
    return sheetsOfKind(workbooks, 'policy').flatMap((read) =>
      fieldCells(read, (c) => MEASURE_NUMBER.test(c.field.name) && codeKey(c.raw.value) !== '' && !present.has(codeKey(c.raw.value))).map((cell) =>
        atField(read, cell, 'missingSheet', { measure: String(cell.raw.value) }),
      ),
    );
  },
});
