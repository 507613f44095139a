// 事務事業コード is unique across every workbook checked together: two sheets with one code would be one project
// counted twice in the report (the code is compared as written, full-width digits read as half-width).
import { builtinParams, formatIn } from '../format/ruleParams';
import { titleOf } from '../sheetTitle';
import type { ReadSheet, WorkbookRead } from '../source';
import { setRule } from './define';
import { readProjectCode } from './projectCodes';
import { atNamedField, firstPlace, laterOccurrences } from './setSheets';

export const projectCodeUniqueRule = setRule({
  id: 'project-code-unique',
  severity: 'error',
  description: { ja: '事務事業コードが全部の課のブックを通して重ならないこと', en: 'No two sheets carry the same project code, across all workbooks' },
  messages: {
    ja: { duplicate: '事務事業コード {code} は、事業「{firstName}」（{firstFile} の「{firstSheet}」シート）と同じです。コードが重ならないよう、どちらかを直してください。' },
    en: { duplicate: 'The project code {code} is also on "{firstName}" (sheet "{firstSheet}" in {firstFile}); correct one of them.' },
  },
  check(workbooks: WorkbookRead[], ctx) {
    const params = builtinParams(formatIn(ctx), 'project-code-unique');
    if (!params) return [];
    const codeOf = (read: ReadSheet) => readProjectCode(read.source.cells.valueNamed(params.code))?.text;
    return laterOccurrences(workbooks.flatMap((wb) => wb.sheets), codeOf).flatMap(({ item, first }) =>
      atNamedField(item, params.code, 'duplicate', { code: codeOf(item) ?? '', firstName: titleOf(first.sheet), ...firstPlace(first) }),
    );
  },
});
