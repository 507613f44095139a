// The 集約 tab's reducer: files added, replaced and read, the report made, a failure, and starting over.
import type { ScopedResult } from '../../core/jobs/consolidate';
import type { WorkbookRead } from '../../core/source';
import { consolidateReducer, initialConsolidateState, readsOf, type ConsolidateEvent, type ConsolidateState } from './consolidateState';

const read = (file: string): WorkbookRead => ({ file, meta: {}, sheets: [], problems: [] });
const consolidated = { scope: 'policy', fileName: '成果説明書_政策6_令和元年度.xlsx' } as ScopedResult;
const run = (events: ConsolidateEvent[], from: ConsolidateState = initialConsolidateState) => events.reduce(consolidateReducer, from);
const add = (...names: string[]): ConsolidateEvent => ({ type: 'added', files: names.map((name) => ({ name, size: 10 })), skipped: [] });

it('numbers new files, waits for them to be read, and keeps what each gave', () => {
  const state = run([add('企画課.xlsx', '財政課.xlsx'), { type: 'progress', id: 2, state: 'done', read: read('財政課.xlsx') }]);
  expect(state.phase).toBe('reading');
  expect(state.entries.map((e) => [e.id, e.name, e.state])).toEqual([
    [1, '企画課.xlsx', 'waiting'],
    [2, '財政課.xlsx', 'done'],
  ]);
  expect(readsOf(state).map((r) => r.file)).toEqual(['財政課.xlsx']);
});

it('replaces a file of the same name, and adding files drops the last report and error', () => {
  const done = run([add('企画課.xlsx', '財政課.xlsx'), { type: 'consolidating' }, { type: 'consolidated', consolidated }]);
  expect(done).toMatchObject({ phase: 'done', consolidated });
  const again = run([{ type: 'failed', detail: 'x' }, add('企画課.xlsx')], done);
  expect(again.entries.map((e) => [e.id, e.name])).toEqual([
    [2, '財政課.xlsx'],
    [3, '企画課.xlsx'],
  ]);
  expect([again.phase, again.consolidated, again.failure]).toEqual(['reading', undefined, undefined]);
});

it('only notes files that are not .xlsx, leaving the rest as it was', () => {
  const done = run([add('企画課.xlsx'), { type: 'consolidated', consolidated }]);
  const noted = run([{ type: 'added', files: [], skipped: ['メモ.txt'] }], done);
  expect(noted).toEqual({ ...done, skipped: ['メモ.txt'] });
  expect(run([add('財政課.xlsx')], noted).skipped).toBeUndefined();
});

it('a failure returns to idle with its words; clearing forgets everything but the numbering', () => {
  const failed = run([add('企画課.xlsx'), { type: 'failed', detail: 'メモリ不足' }]);
  expect(failed).toMatchObject({ phase: 'idle', failure: 'メモリ不足' });
  expect(run([{ type: 'cleared' }], failed)).toEqual({ ...initialConsolidateState, nextId: 2 });
});

it('keeps the policy chosen out of a city\'s workbooks when more files come, and forgets it on clearing', () => {
  const chosen = run([add('企画課.xlsx'), { type: 'policyChosen', policy: '3' }]);
  expect(chosen.policy).toBe('3');
  expect(run([add('財政課.xlsx')], chosen).policy).toBe('3');
  expect(run([{ type: 'cleared' }], chosen).policy).toBeUndefined();
});
