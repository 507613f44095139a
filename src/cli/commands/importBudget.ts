// seika import-budget: fills 投入指標 from the accounting system's export (CSV, Shift_JIS or UTF-8).
import type { Command } from 'commander';
import type { ImportBudgetOptions } from '../actions/importBudget';
import type { CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerImportBudget(program: Command, io: CliIo): void {
  program
    .command('import-budget')
    .description('会計システムの予算データ (CSV) から投入指標を埋める / fill the input tables from a budget CSV')
    .argument('<budget.csv>', '予算データ (Shift_JIS または UTF-8) / the budget export')
    .argument('<dept.xlsx>', '所管課のブック / the department workbook')
    .requiredOption('--map <map.json>', '列の対応 (docs/budget-import.md) / column mapping')
    .requiredOption('-o, --output <file>', '書き出す .xlsx / the .xlsx to write')
    .option('--overwrite', '入力済みの値も置き換える / replace values already entered')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .action((csv: string, workbook: string, opts: ImportBudgetOptions) => import('../actions/importBudget').then((run) => run.importBudgetCommand(io, csv, workbook, opts)));
}
