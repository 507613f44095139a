// seika formats: the report formats seika knows (built in) and those given with --format, each checked;
// seika format check: a city's definitions checked, their mistakes listed as the sheet checker lists findings.
import type { Command } from 'commander';
import { collectOption } from '../options';
import type { CliIo } from '../io';

export function registerFormats(program: Command, io: CliIo): void {
  program
    .command('formats')
    .description('様式の一覧（組み込みと --format の定義）/ list the report formats: built in, and definitions given with --format')
    .option('--format <file or folder>', '様式の定義ファイル、またはそのフォルダ（繰り返し可）/ a format definition file or a folder of them (repeatable)', collectOption, [])
    .option('--json', 'JSON で出力 / print JSON')
    .action((opts: { format: string[]; json?: boolean }) => import('../actions/formats').then((run) => run.formatsCommand(io, opts)));
}

export function registerFormatCheck(program: Command, io: CliIo): void {
  const format = program.command('format').description('様式の定義を扱う / work with format definitions');
  format
    .command('check')
    .description('様式の定義ファイルを確かめる（誤りがあれば終了コード 1）/ check format definition files (exit 1 on mistakes)')
    .argument('<files...>', '様式の定義ファイル、またはそのフォルダ / definition files or folders of them')
    .option('--json', '誤りを JSON で出力 / print the mistakes as JSON')
    .action((files: string[], opts: { json?: boolean }) => import('../actions/formats').then((run) => run.formatCheckCommand(io, files, opts)));
}
