// The expression form of format definitions: what parses, what it computes, and how a mistake is told.
import { evaluate, excelOf, fieldNames, parseAssertion, parseExpression } from './expression';

const values: Record<string, number> = { Total: 100, Subsidies: 30, Bonds: 20, Staff: 1.5, AverageSalary: 8_000_000 };
const valueOf = (name: string) => values[name] ?? 0;

it('computes arithmetic with precedence, parentheses and sum()', () => {
  const parsed = parseExpression('Total - sum(Subsidies, Bonds) * 2');
  expect(parsed.ok && evaluate(parsed.value, valueOf)).toBe(0);
  const staff = parseExpression('(Staff * AverageSalary) / 1000');
  expect(staff.ok && evaluate(staff.value, valueOf)).toBe(12_000);
});

it('writes an expression as Excel text, fields as N(cell) and parentheses only where needed', () => {
  const cellOf = (name: string) => ({ Total: 'F10', Staff: 'F20', AverageSalary: '$B$3' })[name] ?? '?';
  const text = (e: string) => {
    const parsed = parseExpression(e);
    return parsed.ok ? excelOf(parsed.value, cellOf) : parsed.error;
  };
  expect(text('Total + Staff * AverageSalary')).toBe('N(F10)+(N(F20)*N($B$3))');
  expect(text('(Total - 1) * 2')).toBe('(N(F10)-1)*2');
  expect(text('sum(Total, Staff)')).toBe('SUM(N(F10),N(F20))');
});

it('lists the fields an expression reads', () => {
  const parsed = parseExpression('Total - sum(Subsidies, Bonds, Subsidies)');
  expect(parsed.ok && fieldNames(parsed.value)).toEqual(['Total', 'Subsidies', 'Bonds']);
});

it('reads one comparison for rules', () => {
  const parsed = parseAssertion('EndYear >= StartYear');
  expect(parsed.ok && parsed.value.compare).toBe('>=');
});

it.each([
  ['Total -', 'ends too early'],
  ['Total + (Bonds', 'expected ")"'],
  ['avg(Total)', 'unknown function avg'],
  ['Total ? 2', 'unexpected character'],
  ['Total Bonds', 'unexpected "Bonds"'],
])('says what is wrong with %s', (text, message) => {
  const parsed = parseExpression(text);
  expect(parsed.ok).toBe(false);
  expect(!parsed.ok && parsed.error).toContain(message);
});

it('needs a comparison in a rule', () => {
  const parsed = parseAssertion('Total + 1');
  expect(!parsed.ok && parsed.error).toContain('expected a comparison');
});

it('computes a ratio that is 0 where the divisor is, and an if on a field’s text', () => {
  const texts: Record<string, string> = { Better: '小さいほど良い' };
  const rate = parseExpression('if(Better = "小さいほど良い", ratio(Total, Subsidies), ratio(Subsidies, Total)) * 100');
  expect(rate.ok && evaluate(rate.value, valueOf, (n) => texts[n] ?? '')).toBeCloseTo(333.33, 2);
  expect(rate.ok && evaluate(rate.value, valueOf)).toBe(30);
  const none = parseExpression('ratio(Total, Missing)');
  expect(none.ok && evaluate(none.value, valueOf)).toBe(0);
  expect(rate.ok && excelOf(rate.value, (n) => ({ Better: '$E21', Total: 'G21', Subsidies: 'G22' })[n] ?? '?')).toBe(
    'IF($E21="小さいほど良い",IF(N(G22)=0,0,N(G21)/N(G22)),IF(N(G21)=0,0,N(G22)/N(G21)))*100',
  );
  expect(rate.ok && fieldNames(rate.value)).toEqual(['Better', 'Total', 'Subsidies']);
});

it('reads a slot’s names with {n} in them', () => {
  const parsed = parseExpression('Activity{n}Actual / 2');
  expect(parsed.ok && fieldNames(parsed.value)).toEqual(['Activity{n}Actual']);
});
