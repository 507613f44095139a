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
  return { stdout: stdoutWriter(), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), exitCode: 0, isTty: process.stderr.isTTY };
}

/**
 * Text to stdout, each text handed to the system before the next is made. When stdout is a file (or /dev/null),
 * Node's stream writes synchronously, but makes each text a Buffer in JavaScript first (its UTF-8 length, then the
 * bytes: two passes); writing the text to the descriptor is the same single write with one native pass
 * (consolidate --json at 10×, 22 MB: ~13 ms instead of ~30). A file is what Node itself writes to synchronously:
 * a regular file, or a character device that is not a terminal (libuv's uv_guess_handle).
 */
function stdoutWriter(): (s: string) => void {
  if (stdoutIsFile()) {
    return (s) => {
      fs.writeSync(1, s);
    };
  }
  let stream: NodeJS.WriteStream | undefined;
  let readerGone = false;
  return (s) => {
    if (!readerGone) (stream ??= blockingStdout(() => (readerGone = true))).write(s);
  };
}

/**
 * process.stdout, its writes to a pipe made blocking, as Node makes a terminal's (tty.WriteStream) and a pipe's on
 * Windows. Otherwise a pipe takes 64 KB and the rest waits in memory until the command returns to its event loop:
 * at 10× all 22 MB of the JSON (+42 MB of peak RSS), sent only after the last write, at the reader's pace (~70 ms
 * more). Blocking, each piece goes to the reader as it is made, the reader working alongside on another core, and
 * nothing is left to send when the command ends.
 */
function blockingStdout(readerGone: () => void): NodeJS.WriteStream {
  const stream = process.stdout;
  if (!stream.isTTY) (stream as { _handle?: { setBlocking?: (blocking: boolean) => unknown } })._handle?.setBlocking?.(true);
  // The reader went away (`seika check … --json | head`): the rest of the output has nobody to go to, so it is
  // dropped and the command ends as it would have, with its own exit code. Node ignores SIGPIPE and reports EPIPE
  // instead, which unhandled printed a stack trace. Any other failure to write is still thrown.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone();
  });
  return stream;
}

function stdoutIsFile(): boolean {
  try {
    const stat = fs.fstatSync(1);
    // process.stdout is a terminal's stream exactly where libuv finds a terminal (isatty). Asked of it, not of the tty
    // module: importing that loaded node:tty and node:net at every start (~1-5 ms) for a stdout that is /dev/null,
    // for which process.stdout is a plain synchronous stream.
    return stat.isFile() || (stat.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    return false; // closed or unknown: the stream decides what to do
  }
}

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export function resolvePath(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

/**
 * What each list of inputs was found to hold. A reading command's inputs are collected twice with the same array, by
 * main.ts's hook that starts the reading threads and by the action: the 10× set's folder read, sorted and joined
 * into 400 paths a second time was a millisecond of the start. A list whose collecting threw is collected again.
 */
const collected = new WeakMap<string[], string[]>();

/** The .xlsx files named, folders expanded (sorted, Office's ~$ lock files left out). */
export function collectWorkbooks(io: CliIo, inputs: string[]): string[] {
  const known = collected.get(inputs);
  if (known) return known;
  const files = collectedFrom(io, inputs);
  collected.set(inputs, files);
  return files;
}

function collectedFrom(io: CliIo, inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    const p = resolvePath(io, input);
    if (!fs.existsSync(p)) throw new UsageError(`ファイルがありません / no such file: ${input}`);
    if (!fs.statSync(p).isDirectory()) return [p];
    return fs
      .readdirSync(p)
      .filter((f) => /\.xls[xm]?$/i.test(f) && !f.startsWith('~$'))
      .sort()
      .map(inFolder(p));
  });
}

/**
 * A file name from readdir joined to its folder, as path.join would (the folder is resolved, the name a single
 * segment, so there is nothing to normalise): path.join's normalising of each of the 10× set's 400 paths was ~2 ms
 * of the start.
 */
function inFolder(folder: string): (name: string) => string {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return (name) => prefix + name;
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
