// seika status: the review state of every sheet (作成中 … 提出済), who set it and when, per department.
import type { Command } from 'commander';
import { Option } from 'commander';
import { REVIEW_STATES } from '../../core/review/state';
import type { CliIo } from '../io';
import type { StatusOptions } from '../actions/status';

export function registerStatus(program: Command, io: CliIo): void {
  program
    .command('status')
    .description('シートごとの確認状況（作成中・課内確認済・課長確認済・提出済）を課ごとに一覧にする / list each sheet\'s review state per department')
    .argument('<files...>', '.xlsx ファイルまたはフォルダ / .xlsx files or folders')
    .option('--json', '一覧を JSON で出力 / print the list as JSON')
    .addOption(new Option('--set <state>', '状態を変えてブックに書き込む / set the state and write it into the workbooks').choices([...REVIEW_STATES]))
    .option('--by <name>', '--set: 確認した人 / who sets it')
    .option('--at <date>', '--set: 日付 (既定は今日) / when (default today)')
    .option('--reason <text>', '--set 作成中: 差し戻す理由 / why the sheet is returned')
    .option('--sheet <tab>', '--set: このシートだけ (既定はすべて) / only this sheet (default all)')
    .action((inputs: string[], opts: StatusOptions) => import('../actions/status').then((run) => run.statusCommand(io, inputs, opts)));
}
