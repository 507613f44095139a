// 事務事業コード is 9 digits in the form 06-01-02-003 (政策-施策-基本事業-連番), in half-width characters, and its
// 施策 part is the 施策 the sheet names (`params`: `code`, and `measure` when the sheet has a 施策 cell).
import { builtinParams, formatIn } from '../format/ruleParams';
import { codeKey } from '../keys';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { hasValue, shown } from './fieldCells';
import { isHalfWidth, readProjectCode } from './projectCodes';

export const projectCodeRule = sheetRule({
  id: 'project-code',
  severity: 'error',
  description: { ja: '事務事業コードが 06-01-02-003 の形（政策・施策・基本事業・連番、9桁）で、施策欄と合うこと', en: 'The project code has the form 06-01-02-003 (9 digits) and matches the measure' },
  messages: {
    ja: {
      badFormat: '{label}の「{value}」は事務事業コードの形になっていません。政策2桁・施策2桁・基本事業2桁・連番3桁で「06-01-02-003」のように入力してください。',
      fullWidth: '{label}の「{value}」に全角の文字があります。半角で「{expected}」と入力してください。',
      otherMeasure: '{label} {code} の施策（{codeMeasure}）が、施策欄の {measure} と合いません。どちらかを直してください。',
    },
    en: {
      badFormat: '{label}: "{value}" is not a project code; enter 2 digits each for policy, measure and basic project, then a 3-digit serial, e.g. 06-01-02-003.',
      fullWidth: '{label}: "{value}" has full-width characters; enter it as "{expected}".',
      otherMeasure: '{label} {code} belongs to measure {codeMeasure}, but the sheet names measure {measure}; correct one of them.',
    },
  },
  check(read: ReadSheet, ctx) {
    const params = builtinParams(formatIn(ctx), 'project-code');
    const cell = params && read.source.cells.get(params.code);
    if (!params || !cell || !hasValue(cell)) return [];
    const code = readProjectCode(cell.raw.value);
    if (!code) return [atField(read, cell, 'badFormat', { value: shown(cell) })];
    if (!isHalfWidth(shown(cell))) return [atField(read, cell, 'fullWidth', { value: shown(cell), expected: code.text })];
    const measure = params.measure ? read.source.cells.get(params.measure) : undefined;
    if (!measure || !hasValue(measure) || codeKey(measure.raw.value) === code.measure) return [];
    return [atField(read, cell, 'otherMeasure', { code: code.text, codeMeasure: code.measure, measure: shown(measure) })];
  },
});
