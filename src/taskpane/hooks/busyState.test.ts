// A waiting button's state: the label while work runs, then its outcome until the next start or a clear.
import { busyReducer, type BusyEvent, type BusyState } from './busyState';

const run = (events: BusyEvent[], from: BusyState = {}) => events.reduce(busyReducer, from);
const saved = { kind: 'success' as const, text: '財政課_令和2年度.xlsx をダウンロードしました。' };

it('shows the label while working, then only the outcome', () => {
  expect(run([{ type: 'started', label: '作っています…' }])).toEqual({ busy: '作っています…' });
  expect(run([{ type: 'started', label: '作っています…' }, { type: 'ended', outcome: saved }])).toEqual({ outcome: saved });
});

it('a new start hides the last outcome; work with nothing to say leaves none', () => {
  const ended = run([{ type: 'ended', outcome: saved }]);
  expect(run([{ type: 'started', label: '読み込んでいます…' }], ended)).toEqual({ busy: '読み込んでいます…' });
  expect(run([{ type: 'started', label: 'x' }, { type: 'ended', outcome: undefined }], ended)).toEqual({ outcome: undefined });
});

it('clearing drops the outcome but not work under way', () => {
  expect(run([{ type: 'cleared' }], { outcome: saved })).toEqual({ outcome: undefined });
  expect(run([{ type: 'cleared' }], { busy: 'x' })).toEqual({ busy: 'x', outcome: undefined });
});
