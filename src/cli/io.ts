// What the command talks to, passed in so tests can run it in-process.
import * as fs from 'fs';
import * as path from 'path';
import { parseFiscalYear } from '../core/era';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  exitCode: number;
  /** stderr is a terminal: progress is drawn as a bar. */
  isTty?: boolean;
}

export function processIo(): CliIo {
  return { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), exitCode: 0, isTty: process.stderr.isTTY };
}

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export function resolvePath(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

/** The .xlsx files named, folders expanded (sorted, Office's ~$ lock files left out). */
export function collectWorkbooks(io: CliIo, inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    const p = resolvePath(io, input);
    if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${input}`);
    if (!fs.statSync(p).isDirectory()) return [p];
    return fs
      .readdirSync(p)
      .filter((f) => /\.xls[xm]?$/i.test(f) && !f.startsWith('~$'))
      .sort()
      .map((f) => path.join(p, f));
  });
}

export function writeOutput(io: CliIo, file: string, bytes: Uint8Array): string {
  const p = outputPath(io, file);
  fs.writeFileSync(p, bytes);
  return p;
}

/** Where an output file goes, its folder made: for writers that stream to the file themselves. */
export function outputPath(io: CliIo, file: string): string {
  const p = resolvePath(io, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  return p;
}

/** --year takes 2019, FY2019 or 令和元年度. */
export function parseYear(value: string): number {
  const year = parseFiscalYear(value);
  if (year === undefined) throw new UsageError(`年度は西暦4桁で指定してください / --year takes a western year such as 2019: ${value}`);
  return year;
}
