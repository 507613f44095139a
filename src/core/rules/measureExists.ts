// Rule 9: every project and measure sheet names a measure that exists: one of the policy sheet's measures, or
// without a policy sheet in the set, at least a measure of its own policy (6-1 under policy 6).
import type { WorkbookRead } from '../source';
import { setRule } from './define';
import type { Report } from './types';
import { atNamedField, codeKey, sheetsOfKind, type ReadOf } from './setSheets';

type Numbered = ReadOf<'project' | 'budget-only' | 'measure'>;

type MessageId = 'notInPolicy' | 'wrongPolicy';

/** A sheet's finding, if it has one, pushed into the rule's one array (not an array a sheet, then flattened: 4,400 at 10×). */
function checkSheet(read: Numbered, listed: Set<string> | undefined, into: Report<MessageId>[]): void {
  const measure = codeKey(read.sheet.measure.number);
  // An empty 施策番号 is required-fields' finding.
  if (!measure) return;
  const policy = codeKey(read.sheet.policy.number);
  const notListed = listed !== undefined && !listed.has(measure);
  if (!notListed && !(policy && !(measure.startsWith(policy) && measure[policy.length] === '-'))) return;
  if (isDate(read)) return;
  const data = { measure: String(read.sheet.measure.number), policy: String(read.sheet.policy.number) };
  const reports = notListed ? atNamedField(read, 'MeasureNumber', 'notInPolicy', { ...data, listed: [...listed].join('、') }) : atNamedField(read, 'MeasureNumber', 'wrongPolicy', data);
  for (const report of reports) into.push(report);
}

/**
 * 6-1 turned into a date (6月1日) is no-dates' finding. Asked only of a sheet about to be reported: the sheet's cells
 * are long out of the processor's cache when the set rules run, and reaching them cost more than the rest of the rule.
 */
function isDate(read: Numbered): boolean {
  return read.source.cells.get('MeasureNumber')?.raw.date === true;
}

export const measureExistsRule = setRule({
  id: 'measure-exists',
  severity: 'error',
  description: { ja: '事務事業・施策シートの施策番号が政策の施策にあること', en: 'Every project and measure sheet names a measure of the policy' },
  messages: {
    ja: {
      notInPolicy: '施策番号「{measure}」は、政策シートの施策一覧（{listed}）にありません。施策番号が正しいか確かめてください。',
      wrongPolicy: '施策番号「{measure}」は政策「{policy}」の施策の番号ではありません（「{policy}-」で始まるはずです）。政策番号と施策番号を確かめてください。',
    },
    en: {
      notInPolicy: 'The measure number "{measure}" is not among the measures of the policy sheet ({listed}); check the number.',
      wrongPolicy: 'The measure number "{measure}" is not a measure of policy "{policy}" (it should start with "{policy}-"); check both numbers.',
    },
  },
  check(workbooks: WorkbookRead[]) {
    const policies = sheetsOfKind(workbooks, 'policy');
    const listed = policies.length ? new Set(policies.flatMap((p) => p.sheet.measures.map((m) => codeKey(m.number)).filter(Boolean))) : undefined;
    const reports: Report<MessageId>[] = [];
    for (const read of sheetsOfKind(workbooks, 'project', 'budget-only', 'measure')) checkSheet(read, listed, reports);
    return reports;
  },
});
