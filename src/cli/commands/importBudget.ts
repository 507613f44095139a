// seika import-budget: fills 投入指標 from the accounting system's export (CSV, Shift_JIS or UTF-8).
import * as fs from 'fs';
import type { Command } from 'commander';
import { applyBudget, type BudgetImport } from '../../core/budget/applyBudget';
import { BudgetMapping } from '../../core/budget/mapping';
import { decodeText, readBudgetRows } from '../../core/budget/readCsv';
import { fiscalYearLabel } from '../../core/era';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { resolvePath, UsageError, writeOutput, type CliIo } from '../io';
import { readWorkbookFile } from '../workbooks';

const LINE_LABEL = { total: '年度別事業費', subsidies: '国・県支出金', bonds: '地方債', other: 'その他', general: '一般財源' } as const;
const REASON = { noProject: '該当する事務事業がありません', otherYear: 'シートにない年度です', unreadable: '金額が数値として読めません' } as const;

export function registerImportBudget(program: Command, io: CliIo): void {
  program
    .command('import-budget')
    .description('会計システムの予算データ (CSV) から投入指標を埋める / fill the input tables from a budget CSV')
    .argument('<budget.csv>', '予算データ (Shift_JIS または UTF-8) / the budget export')
    .argument('<dept.xlsx>', '所管課のブック / the department workbook')
    .requiredOption('--map <map.json>', '列の対応 (docs/budget-import.md) / column mapping')
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .option('--overwrite', '入力済みの値も置き換える / replace values already entered')
    .action(async (csv: string, workbook: string, opts: { map: string; output: string; overwrite?: boolean }) => {
      const mapping = parseMapping(readFile(io, opts.map).toString('utf8'), opts.map);
      const rows = readRows(decodeText(readFile(io, csv), mapping.encoding), mapping);
      if (resolvePath(io, opts.output) === resolvePath(io, workbook)) throw new UsageError('元のブックには上書きしません。別の -o を指定してください / -o must differ from the source workbook');
      const read = await readWorkbookFile(resolvePath(io, workbook));
      if (!read.sheets.length) throw new UsageError(`${workbook} に seika のシートがありません / no seika sheets in ${workbook}`);
      const result = applyBudget(read.sheets.map((s) => s.sheet), rows, { overwrite: opts.overwrite });
      writeOutput(io, opts.output, await writeWorkbook(result.sheets, read.meta));
      io.stdout(importReport(result, opts.overwrite ?? false));
    });
}

function readFile(io: CliIo, file: string): Buffer {
  const p = resolvePath(io, file);
  if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${file}`);
  return fs.readFileSync(p);
}

function parseMapping(text: string, file: string): BudgetMapping {
  const parsed = BudgetMapping.safeParse(safeJson(text));
  if (!parsed.success) throw new UsageError(`${file} の内容が正しくありません / invalid mapping: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readRows(text: string, mapping: BudgetMapping) {
  try {
    return readBudgetRows(text, mapping);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function importReport(result: BudgetImport, overwrite: boolean): string {
  const filled = result.changes.filter((c) => !c.conflict);
  const conflicts = result.changes.filter((c) => c.conflict);
  const lines = [`入力した金額 / filled: ${filled.length} 件`];
  for (const c of conflicts) {
    const what = `${c.project} ${fiscalYearLabel(c.year)} ${LINE_LABEL[c.line]}: ${String(c.before)} → ${c.after}`;
    lines.push(overwrite ? `  置き換えました / replaced: ${what}` : `  入力済みのため置き換えていません (--overwrite で置換) / kept: ${what}`);
  }
  for (const { row, reason } of result.unmatchedRows) lines.push(`  ${row.line}行目「${row.project}」: ${REASON[reason]}`);
  if (result.projectsWithoutRows.length) lines.push(`予算データに行がない事務事業 / projects with no row: ${result.projectsWithoutRows.join('、')}`);
  return `${lines.join('\n')}\n`;
}
