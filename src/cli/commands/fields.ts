// seika fields: every input field of a layout (defined name, label, type, cell).
import type { Command } from 'commander';
import { FORMAT_OPTION_HELP, KIND_OPTION_HELP } from '../options';
import type { CliIo } from '../io';

export function registerFields(program: Command, io: CliIo): void {
  program
    .command('fields')
    .description('入力欄の一覧 / list the input fields of each sheet kind')
    .option('--kind <kind>', KIND_OPTION_HELP)
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .option('--json', 'JSON で出力 / print JSON')
    .action((opts: { kind?: string; format?: string; json?: boolean }) => import('../actions/fields').then((run) => run.fieldsCommand(io, opts)));
}
