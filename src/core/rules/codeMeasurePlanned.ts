// 事務事業コード's 施策 part is one of the plan's 施策, which the format's definition lists with their names
// (`consolidation.group.plan`; `params`: `code`). A format without that list is not checked.
import { builtinParams, formatIn } from '../format/ruleParams';
import type { ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import { hasValue } from './fieldCells';
import { measureKey, readProjectCode } from './projectCodes';

export const codeMeasurePlannedRule = sheetRule({
  id: 'code-measure-planned',
  severity: 'error',
  description: { ja: '事務事業コードの施策が計画の施策にあること', en: 'The measure in the project code is one of the plan’s measures' },
  messages: {
    ja: { notPlanned: '{label} {code} の施策（{measure}）は計画の施策（{planned}）にありません。コードを確かめてください。' },
    en: { notPlanned: '{label} {code}: its measure {measure} is not one of the plan’s measures ({planned}); check the code.' },
  },
  check(read: ReadSheet, ctx) {
    const format = formatIn(ctx);
    const params = builtinParams(format, 'code-measure-planned');
    const plan = format.consolidation.group?.plan;
    const cell = params && read.source.cells.get(params.code);
    if (!plan || !cell || !hasValue(cell)) return [];
    // A code that is not one (6-1-1-1) is project-code's finding.
    const code = readProjectCode(cell.raw.value);
    if (!code || plan.some((m) => measureKey(m.code) === code.measure)) return [];
    return [atField(read, cell, 'notPlanned', { code: code.text, measure: code.measure, planned: plan.map((m) => m.code).join('、') })];
  },
});
