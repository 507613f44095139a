// seika import-budget: fills 投入指標 from the accounting system's export (CSV, Shift_JIS or UTF-8).
// This is what runs; commands/importBudget.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import * as fs from 'fs';
import { fiscalYearLabel } from '../../core/era';
import { importBudget, type BudgetImported, type BudgetProblem } from '../../core/jobs/importBudget';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { chooserFor, otherFormatText } from '../formatOption';
import { resolvePath, UsageError, writeOutput, type CliIo } from '../io';
import { readWorkbookFile } from '../workbooks';

const LINE_LABEL = { total: '年度別事業費', subsidies: '国・県支出金', bonds: '地方債', other: 'その他', general: '一般財源' } as const;
const REASON = { noProject: '該当する事務事業がありません', otherYear: 'シートにない年度です', unreadable: '金額が数値として読めません' } as const;

export interface ImportBudgetOptions {
  map: string;
  output: string;
  overwrite?: boolean;
  format?: string;
}

export async function importBudgetCommand(io: CliIo, csv: string, workbook: string, opts: ImportBudgetOptions): Promise<void> {
  const [map, ledger] = [readFile(io, opts.map), readFile(io, csv)];
  if (resolvePath(io, opts.output) === resolvePath(io, workbook)) throw new UsageError('元のブックには上書きしません。別の -o を指定してください / -o must differ from the source workbook');
  const { formatFor, layoutsFor } = await chooserFor(io, opts.format);
  const read = await readWorkbookFile(resolvePath(io, workbook), undefined, layoutsFor);
  const format = formatFor(read.meta);
  const imported = importBudget({ csv: ledger, map, workbook: read, overwrite: opts.overwrite, format });
  if (!imported.ok) throw new UsageError(problemText(imported.problem, opts.map, workbook));
  writeOutput(io, opts.output, await writeWorkbook(imported.value.sheets, imported.value.meta, format));
  io.stdout(importReport(imported.value, opts.overwrite ?? false));
}

function readFile(io: CliIo, file: string): Buffer {
  const p = resolvePath(io, file);
  if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${file}`);
  return fs.readFileSync(p);
}

function problemText(problem: BudgetProblem, map: string, workbook: string): string {
  switch (problem.code) {
    case 'mapInvalid':
      return `${map} の内容が正しくありません / invalid mapping: ${problem.detail}`;
    case 'csvInvalid':
      return problem.detail;
    case 'noSheets':
      return `${workbook} に seika のシートがありません / no seika sheets in ${workbook}`;
    case 'otherFormat':
      return otherFormatText(problem);
  }
}

function importReport(result: BudgetImported, overwrite: boolean): string {
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
