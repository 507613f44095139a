// CSV for open data: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF lines, RFC 4180 quoting, and text
// that a spreadsheet would take for a formula (= + - @, tab, carriage return) behind an apostrophe.

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

export function csv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
