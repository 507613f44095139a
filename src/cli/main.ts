// The seika command: templates, field lists and the JSON interchange over .xlsx files.
import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check';
import { registerConsolidate } from './commands/consolidate';
import { registerDiff } from './commands/diff';
import { registerExport } from './commands/export';
import { EXIT_OK, EXIT_USAGE } from './exitCodes';
import { registerFields } from './commands/fields';
import { registerFill } from './commands/fill';
import { registerFormatCheck, registerFormats } from './commands/formats';
import { registerImportBudget } from './commands/importBudget';
import { registerPublish } from './commands/publish';
import { registerRollover } from './commands/rollover';
import { registerStatus } from './commands/status';
import { registerTemplate } from './commands/template';
import type { CliIo } from './io';
import { collectWorkbooks, UsageError } from './io';
import { endEarlyThreads, startReadingThreadsEarly } from './readPool';

// bin/seika.js runs the bundle's run() with processIo(): lib/cli/main.js is the one file it loads (webpack.cli.config.js).
export { processIo } from './io';

export function buildProgram(io: CliIo): Command {
  const program = new Command('seika')
    .description('成果説明書のテンプレート・チェック・集約 / Templates, checks and consolidation for results reports')
    .helpOption('-h, --help', 'ヘルプを表示 / show help')
    .helpCommand('help [command]', 'コマンドのヘルプ / help for a command')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride()
    .showHelpAfterError('（seika --help で使い方を表示 / see seika --help）')
    .hook('preAction', (_, action) => startReading(io, action));
  for (const register of [registerTemplate, registerFields, registerFill, registerExport, registerCheck, registerImportBudget]) register(program, io);
  registerConsolidate(program, io, io.isTty ?? false);
  registerPublish(program, io, io.isTty ?? false);
  registerRollover(program, io);
  registerDiff(program, io);
  registerStatus(program, io);
  registerFormats(program, io);
  registerFormatCheck(program, io);
  return program;
}

/** The commands that read their files (`<files...>`, their first argument) on reading threads when there are many. */
const READING_COMMANDS = new Set(['check', 'consolidate', 'publish']);

/**
 * Starts such a command's reading threads now, before its action's code is loaded: a thread's own start (~0.15 s of
 * CPU) then overlaps the command's loading on another core instead of following it (readPool.ts). A mistake in the
 * files given is left for the action to report.
 */
function startReading(io: CliIo, action: Command): void {
  if (!READING_COMMANDS.has(action.name())) return;
  let files: string[];
  try {
    files = collectWorkbooks(io, action.processedArgs[0] as string[]);
  } catch {
    return; // the action says what is wrong with them
  }
  startReadingThreadsEarly(files.length);
}

/** Runs the command and returns its exit code: 0 fine, 1 error findings, 2 a usage mistake. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  io.exitCode = EXIT_OK;
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (e instanceof UsageError) {
      io.stderr(`エラー: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`予期しないエラー / unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT_USAGE;
  } finally {
    endEarlyThreads();
  }
}
