// seika fields: every input field of a layout (defined name, label, type, cell).
import type { Command } from 'commander';
import { Option } from 'commander';
import type { SheetKind } from '../../core/model';
import { SHEET_KINDS } from '../../core/sheetKinds';
import { FORMAT_OPTION_HELP } from '../options';
import type { CliIo } from '../io';

export function registerFields(program: Command, io: CliIo): void {
  program
    .command('fields')
    .description('入力欄の一覧 / list the input fields of each sheet kind')
    .addOption(new Option('--kind <kind>', 'シートの種類 / sheet kind').choices(SHEET_KINDS))
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .option('--json', 'JSON で出力 / print JSON')
    .action((opts: { kind?: SheetKind; format?: string; json?: boolean }) => import('../actions/fields').then((run) => run.fieldsCommand(io, opts)));
}
