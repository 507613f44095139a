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
