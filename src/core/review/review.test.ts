// The review state's moves, the input hash and the names it is recorded in.
import { parseNameRef } from '../nameRef';
import { validProject } from '../rules/testing/fixtures';
import { canonicalJson, fnv1a, inputHash } from './hash';
import { reviewConstants, reviewFromNames, reviewText } from './names';
import { checkMove } from './state';

const error = { severity: 'error' };
const warning = { severity: 'warning' };

describe('checkMove', () => {
  it('moves forward one step at a time', () => {
    expect(checkMove('作成中', '課内確認済', [])).toEqual({ ok: true });
    expect(checkMove('課内確認済', '課長確認済', [])).toEqual({ ok: true });
    expect(checkMove('課長確認済', '提出済', [warning])).toEqual({ ok: true });
    expect(checkMove('作成中', '提出済', [])).toEqual({ ok: false, refusal: 'unknownMove' });
    expect(checkMove('提出済', '課長確認済', [])).toEqual({ ok: false, refusal: 'unknownMove' });
  });

  it('refuses 提出済 while the sheet has errors', () => {
    expect(checkMove('課長確認済', '提出済', [warning, error])).toEqual({ ok: false, refusal: 'hasErrors' });
  });

  it('returns a sheet to 作成中 only with a reason', () => {
    expect(checkMove('提出済', '作成中', [], '指標の単位が違う')).toEqual({ ok: true });
    expect(checkMove('課内確認済', '作成中', [], '  ')).toEqual({ ok: false, refusal: 'noReason' });
  });
});

describe('inputHash', () => {
  it('is FNV-1a: the empty text and a known vector', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });

  it('does not depend on the order of keys, and changes with a value', () => {
    expect(canonicalJson({ b: 1, a: [null, 'x'] })).toBe(canonicalJson({ a: [null, 'x'], b: 1 }));
    expect(inputHash(structuredClone(validProject))).toBe(inputHash(validProject));
    expect(inputHash({ ...validProject, summary: '別の概要' })).not.toBe(inputHash(validProject));
  });
});

describe('review names', () => {
  it('reads back what it writes, quotes included', () => {
    const record = { state: '作成中', by: '佐藤 "課長"', at: '2020-06-01', reason: '数値の誤り' } as const;
    const names = new Map(reviewConstants(record).map((n) => [n.name, parseNameRef(n.formula)]));
    expect(reviewFromNames((name) => names.get(name))).toEqual(record);
    expect(reviewText(record)).toBe('作成中（佐藤 "課長" 2020-06-01） 差戻し: 数値の誤り');
  });

  it('ignores a state it does not know', () => {
    expect(reviewFromNames((name) => (name === 'SeikaReviewState' ? { constant: '確認中' } : undefined))).toBeUndefined();
  });
});
