// The expression form of format definitions: what parses, what it computes, and how a mistake is told.
import { evaluate, fieldNames, parseAssertion, parseExpression } from './expression';

const values: Record<string, number> = { Total: 100, Subsidies: 30, Bonds: 20, Staff: 1.5, AverageSalary: 8_000_000 };
const valueOf = (name: string) => values[name] ?? 0;

it('computes arithmetic with precedence, parentheses and sum()', () => {
  const parsed = parseExpression('Total - sum(Subsidies, Bonds) * 2');
  expect(parsed.ok && evaluate(parsed.value, valueOf)).toBe(0);
  const staff = parseExpression('(Staff * AverageSalary) / 1000');
  expect(staff.ok && evaluate(staff.value, valueOf)).toBe(12_000);
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
