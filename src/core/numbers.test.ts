import { readNumber, readPlan } from './numbers';

describe('readNumber', () => {
  it.each([
    [10839, 10839, false],
    ['10,839', 10839, true],
    ['10,839千円', 10839, true],
    ['10,839 千円', 10839, true],
    ['１２３', 123, true],
    ['１，２３４', 1234, true],
    ['3.057', 3.057, true],
    ['△5', -5, true],
    ['-12', -12, true],
  ])('reads %p as %p', (raw, value, normalised) => {
    expect(readNumber(raw)).toEqual({ kind: 'number', value, original: raw, normalised });
  });

  it.each([null, '', '  '])('reads %p as empty', (raw) => {
    expect(readNumber(raw)).toEqual({ kind: 'empty' });
  });

  it.each(['随時', '1,23', '12円', '1.2.3', '10,839千'])('keeps %p as text', (raw) => {
    expect(readNumber(raw)).toEqual({ kind: 'text', original: raw });
  });
});

describe('readPlan', () => {
  it.each([
    [100, { kind: 'number', value: 100 }],
    ['56以上', { kind: 'atLeast', value: 56 }],
    ['190以下', { kind: 'atMost', value: 190 }],
    ['11.5以下', { kind: 'atMost', value: 11.5 }],
    ['１，０００以上', { kind: 'atLeast', value: 1000 }],
    ['前年度以下', { kind: 'vsPrevious', direction: 'atMost' }],
    ['前年度以上', { kind: 'vsPrevious', direction: 'atLeast' }],
    ['実施する', { kind: 'text', text: '実施する' }],
    ['随時', { kind: 'text', text: '随時' }],
    ['77.3点以上', { kind: 'text', text: '77.3点以上' }],
    [null, { kind: 'empty' }],
  ])('reads %p', (raw, plan) => {
    expect(readPlan(raw)).toEqual(plan);
  });
});
