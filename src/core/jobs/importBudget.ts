// The budget-import job: the ledger's CSV and its column mapping into a workbook already read, or why not.
import { applyBudget, type BudgetImport } from '../budget/applyBudget';
import { BudgetMapping } from '../budget/mapping';
import { decodeText, readBudgetRows } from '../budget/readCsv';
import type { BuiltFormat } from '../format/buildLayout';
import { otherFormatIn, type OtherFormat } from './formatFit';
import type { WorkbookMeta, WorkbookRead } from '../source';
import { done, stopped, type JobResult } from './result';

export interface BudgetInput {
  /** The accounting system's export, as bytes (Shift_JIS or UTF-8, as the mapping says). */
  csv: Uint8Array;
  /** The column mapping (JSON, UTF-8) as bytes. */
  map: Uint8Array;
  workbook: WorkbookRead;
  /** Replace values already entered; otherwise they are kept and listed. */
  overwrite?: boolean;
  /** The format the workbook was read in (absent: the built-in one). */
  format?: BuiltFormat;
}

export type BudgetProblem =
  /** The mapping is not JSON, or not a mapping: `detail` says where. */
  | { code: 'mapInvalid'; detail: string }
  /** The CSV cannot be parsed, or lacks a mapped column. */
  | { code: 'csvInvalid'; detail: string }
  | { code: 'noSheets' }
  | OtherFormat;

export interface BudgetImported extends BudgetImport {
  /** The workbook's own names, unchanged: the filled copy is for the same year and department. */
  meta: WorkbookMeta;
}

export function importBudget({ csv, map, workbook, overwrite, format }: BudgetInput): JobResult<BudgetImported, BudgetProblem> {
  const other = format && otherFormatIn([workbook], format.definition);
  if (other) return stopped(other);
  const mapping = parseMapping(decodeText(map, 'utf-8'));
  if (!mapping.ok) return mapping;
  const rows = parseRows(csv, mapping.value, format?.definition.moneyUnit);
  if (!rows.ok) return rows;
  if (!workbook.sheets.length) return stopped({ code: 'noSheets' });
  return done({ ...applyBudget(workbook.sheets.map((s) => s.sheet), rows.value, { overwrite }), meta: workbook.meta });
}

function parseMapping(text: string): JobResult<BudgetMapping, BudgetProblem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return stopped({ code: 'mapInvalid', detail: (e as Error).message });
  }
  const parsed = BudgetMapping.safeParse(json);
  if (!parsed.success) return stopped({ code: 'mapInvalid', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  return done(parsed.data);
}

function parseRows(csv: Uint8Array, mapping: BudgetMapping, sheetUnit?: BudgetMapping['unit']): JobResult<ReturnType<typeof readBudgetRows>, BudgetProblem> {
  try {
    return done(readBudgetRows(decodeText(csv, mapping.encoding), mapping, sheetUnit));
  } catch (e) {
    return stopped({ code: 'csvInvalid', detail: (e as Error).message });
  }
}
