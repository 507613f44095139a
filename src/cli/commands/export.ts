// seika export: workbooks read back into submission JSON (the inverse of fill).
import type { Command } from 'commander';
import type { CliIo } from '../io';
import { FORMAT_OPTION_HELP } from '../options';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('ブックを JSON の提出データに書き出す / read workbooks into submission JSON')
    .argument('<files...>', '.xlsx ファイルまたはフォルダ / .xlsx files or folders')
    .option('--json', 'JSON で出力 (既定) / print JSON (the default)')
    .option('-o, --output <file>', 'JSON を書き出すファイル / write the JSON to a file')
    .option('--format <id or file>', FORMAT_OPTION_HELP)
    .action((inputs: string[], opts: { output?: string; format?: string }) => import('../actions/export').then((run) => run.exportCommand(io, inputs, opts)));
}
