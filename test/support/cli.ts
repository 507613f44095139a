// Runs the seika command in-process and captures what a user would see.
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function seika(args: string[], cwd = process.cwd()): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), cwd, exitCode: 0 };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
