// Reads a budget export: decodes Shift_JIS or UTF-8 (the platform's TextDecoder) and parses it with csv-parse.
import { parse } from 'csv-parse/sync';
import { parseFiscalYear } from '../era';
import { numberOf } from '../numbers';
import { AMOUNT_LINES, type AmountLine, type BudgetMapping } from './mapping';

export interface BudgetRow {
  /** The line in the file (1 = the header), for messages. */
  line: number;
  project: string;
  account?: string;
  year?: number;
  amounts: Partial<Record<AmountLine, number>>;
  /** Cells that were given but could not be read as amounts, by line. */
  unreadable: Partial<Record<AmountLine, string>>;
}

export function decodeText(bytes: Uint8Array, encoding: BudgetMapping['encoding']): string {
  const text = encoding === 'auto' ? (tryUtf8(bytes) ?? new TextDecoder('shift_jis').decode(bytes)) : new TextDecoder(encoding).decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Rows of the file with the mapped columns read; a header the mapping names but the file lacks is an error. */
/** The rows, their amounts in the sheets' unit (`sheetUnit`: the format's money unit, 千円 for the seed's). */
export function readBudgetRows(text: string, mapping: BudgetMapping, sheetUnit: BudgetMapping['unit'] = '千円'): BudgetRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as Array<Record<string, string>>;
  const missing = mappedColumns(mapping).filter((c) => records.length && !(c in records[0]));
  if (missing.length) throw new Error(`CSV に列がありません / columns missing from the CSV: ${missing.join(', ')}`);
  const scale = SCALE[mapping.unit][sheetUnit];
  return records.map((record, i) => rowOf(record, i + 2, mapping, scale));
}

function mappedColumns(mapping: BudgetMapping): string[] {
  const { account, ...rest } = mapping.columns;
  return [...(Array.isArray(account) ? account : account ? [account] : []), ...Object.values(rest).filter((c): c is string => !!c)];
}

/** From the ledger's unit to the sheets': 円 → 千円 divides (rounded), 千円 → 円 multiplies. */
const SCALE = { 千円: { 千円: 1, 円: 1000 }, 円: { 千円: 1 / 1000, 円: 1 } } as const;

function rowOf(record: Record<string, string>, line: number, mapping: BudgetMapping, scale: number): BudgetRow {
  const { columns } = mapping;
  const account = Array.isArray(columns.account) ? columns.account.map((c) => record[c]).filter(Boolean).join('・') : columns.account ? record[columns.account] : undefined;
  const row: BudgetRow = { line, project: record[columns.project] ?? '', account, year: parseFiscalYear(record[columns.year]), amounts: {}, unreadable: {} };
  for (const key of AMOUNT_LINES) {
    const column = columns[key];
    const text = column ? record[column] : undefined;
    if (text === undefined || text === '') continue;
    const n = numberOf(text);
    if (n === undefined) row.unreadable[key] = text;
    else row.amounts[key] = Math.round(n * scale);
  }
  return row;
}
