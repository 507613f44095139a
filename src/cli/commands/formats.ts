// seika formats: the report formats seika knows (built in) and those given with --format, each checked.
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
