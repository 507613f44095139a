// Every rule against its own table of passing and failing cases.
import { RULE_CASES } from './cases';
import { RULES } from './index';
import { findingsOf, tableProblems } from './testing/ruleTester';

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const cases = RULE_CASES[id];

  it('has a well-formed table of cases', () => {
    expect(cases).toBeDefined();
    expect(tableProblems(rule, cases)).toEqual([]);
  });

  it.each((cases?.valid ?? []).map((c) => [c.name, c] as const))('passes: %s', (_, c) => {
    expect(findingsOf(rule, c.input, c.ctx)).toEqual([]);
  });

  it.each((cases?.invalid ?? []).map((c) => [c.name, c] as const))('fails: %s', (_, c) => {
    const found = findingsOf(rule, c.input, c.ctx);
    expect(found).toHaveLength(c.findings.length);
    c.findings.forEach((expected, i) => expect(found[i]).toMatchObject({ ruleId: id, ...expected }));
  });
});

it('lists the rules in id order', () => {
  const ids = RULES.map((r) => r.id);
  expect(ids).toEqual([...ids].sort());
});

it('every case table belongs to a rule', () => {
  expect(Object.keys(RULE_CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
});
