// The sheets a formula names, outside its string literals: 'a b'!A1 or Sheet1!A1 (a HYPERLINK's "#'x'!A1" is text).

export function sheetsReferenced(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const found: string[] = [];
  for (const m of code.matchAll(/'((?:[^']|'')+)'!|([\p{L}_][\p{L}\p{N}_.]*)!/gu)) found.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return found;
}
