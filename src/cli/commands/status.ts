// seika status: the review state of every sheet (作成中 … 提出済), who set it and when, per department.
import type { Command } from 'commander';
import type { CliIo } from '../io';

export function registerStatus(program: Command, io: CliIo): void {
  program
    .command('status')
    .description('シートごとの確認状況（作成中・課内確認済・課長確認済・提出済）を課ごとに一覧にする / list each sheet\'s review state per department')
    .argument('<files...>', '.xlsx ファイルまたはフォルダ / .xlsx files or folders')
    .option('--json', '一覧を JSON で出力 / print the list as JSON')
    .action((inputs: string[], opts: { json?: boolean }) => import('../actions/status').then((run) => run.statusCommand(io, inputs, opts)));
}
