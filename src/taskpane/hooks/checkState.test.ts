// The チェック tab's reducer: what each event changes, and what it clears.
import type { WorkbookRead } from '../../core/source';
import { checkReducer, initialCheckState, isBusy, type CheckResult, type CheckState } from './checkState';

const workbook: WorkbookRead = { file: '財政課.xlsx', meta: {}, sheets: [], problems: [] };
const result: CheckResult = { workbook, findings: [], at: new Date(0) };
const file = (name: string) => new File([], name);
const run = (events: Parameters<typeof checkReducer>[1][], from: CheckState = initialCheckState) => events.reduce(checkReducer, from);

it('goes reading → checking → done and keeps the result', () => {
  const reading = run([{ type: 'reading' }]);
  expect([reading.phase, isBusy(reading)]).toEqual(['reading', true]);
  expect(isBusy(run([{ type: 'checking' }], reading))).toBe(true);
  const done = run([{ type: 'checking' }, { type: 'checked', result }], reading);
  expect(done).toEqual({ phase: 'done', result });
  expect(isBusy(done)).toBe(false);
});

it('a new check clears the last error and the cell not found, but keeps the findings until new ones come', () => {
  const failed = run([{ type: 'checked', result }, { type: 'selected', notFound: 'シート1!A1' }, { type: 'failed', error: { code: 'readFailed', detail: 'x' } }]);
  expect(failed).toMatchObject({ phase: 'error', error: { code: 'readFailed' }, notFound: 'シート1!A1', result });
  expect(run([{ type: 'reading' }], failed)).toEqual({ phase: 'reading', result });
});

it('choosing another workbook or another year to compare with drops the findings shown', () => {
  const done = run([{ type: 'checked', result }]);
  expect(run([{ type: 'fileChosen', file: file('企画課.xlsx') }], done)).toMatchObject({ result: undefined, file: { name: '企画課.xlsx' } });
  const cleared = run([{ type: 'previousChosen', file: file('昨年.xlsx') }, { type: 'checked', result }, { type: 'previousChosen', file: undefined }], done);
  expect(cleared).toEqual({ phase: 'done', previousFile: undefined, result: undefined });
});

it('a cell found again clears the notice', () => {
  expect(run([{ type: 'selected', notFound: 'シート1!A1' }, { type: 'selected', notFound: undefined }]).notFound).toBeUndefined();
});
