// Reading many workbooks on the machine's other cores: worker_threads (readWorker.ts) each reading the files they are
// handed, by path (each thread reads the bytes itself), and sending back what they read as data (core/transfer.ts).
// Threads rather than processes: a thread starts in a fraction of the time, and its reply crosses by structured clone
// without a JSON text in between.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { FormatDefinition } from '../core/format/schema';
import type { WorkbookReadData } from '../core/transfer';

/** What every reading thread is started with: plain data, as structured clone carries it. */
export interface ReadSetup {
  year?: number;
  /** The format definitions the command was given (`--format`), from which each thread picks as the command does. */
  given: FormatDefinition[];
}

export interface ReadJob {
  index: number;
  file: string;
  /** On a thread's first job only: a thread may be started before the command knows it (startReadingThreadsEarly). */
  setup?: ReadSetup;
}

export type ReadReply = { index: number; read: WorkbookReadData } | { index: number; failed: string };

/** The files in order, each handed out once, to a thread or to the command's own thread. */
export class FileQueue {
  private next = 0;
  constructor(
    private readonly count: number,
    /** Called as each file is handed out, so in the files' order. */
    private readonly started: (index: number) => void,
  ) {}

  take(): number | undefined {
    if (this.next >= this.count) return undefined;
    this.started(this.next);
    return this.next++;
  }
}

/**
 * The bundled worker beside this file: webpack.cli.config.js puts it and every chunk in lib/cli (see readWorker.ts).
 * Absent when the TypeScript sources run (ts-jest, tsx, ts-node).
 */
export const READ_WORKER = path.join(__dirname, 'readWorker.js');

export function readWorkerExists(file = READ_WORKER): boolean {
  return fs.existsSync(file);
}

/**
 * Fewer files than this are read in the command's own thread only. A reading thread starts a V8 isolate and loads the
 * reader itself before its first file (~0.1 s of CPU bundled, ~0.25 s from tsc's modules: as long as reading 25–60
 * workbooks), so below this it would be ready only when the command's thread is well on, saving tens of
 * milliseconds for more CPU than that on a shared machine.
 */
export const THREADS_FROM_FILES = 64;
/** Reading threads at most besides the command's own: each costs ~50 MB, and the command's thread takes in what they send. */
const MAX_THREADS = 3;

/** The command's thread reads too, so one thread fewer than the cores (measured on 2 cores: 1 thread + this one took
 * ~45 MB more than reading here alone, 2 threads ~90 MB, past the 250 MB the 10× set must stay under). */
export function threadCount(files: number): number {
  if (files < THREADS_FROM_FILES || !readWorkerExists()) return 0;
  return Math.min(os.availableParallelism() - 1, MAX_THREADS);
}

/** Threads started by startReadingThreadsEarly that no reading has taken yet. */
const early: Worker[] = [];

/**
 * Starts the reading threads `files` files will be read on, before the command has loaded the code that reads them
 * (main.ts, as soon as the command line is understood): a thread's start (Node's bootstrap of a worker, compiling
 * the reader) then runs on another core alongside the command's own loading instead of after it. They wait unref'd,
 * so a command that stops before reading (a usage error) is not kept alive by them; endEarlyThreads ends them.
 */
export function startReadingThreadsEarly(files: number): void {
  for (let t = threadCount(files); t > 0; t--) {
    const worker = new Worker(READ_WORKER);
    worker.unref();
    // Dead before it was taken (its script would not load): not handed out, as its 'exit' has been and gone.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      if (early.includes(worker)) early.splice(early.indexOf(worker), 1);
    });
    early.push(worker);
  }
}

/** Ends the threads started early that no reading took: the command did not read, or read fewer files. */
export function endEarlyThreads(): void {
  for (const worker of early.splice(0)) void worker.terminate();
}

/** A thread started early on this script, or a new one. */
function readingThread(workerFile: string): Worker {
  const worker = workerFile === READ_WORKER ? early.shift() : undefined;
  if (!worker) return new Worker(workerFile);
  worker.ref();
  return worker;
}

/** Files handed to a thread before it answers the first: it never waits for the next one, and few wait in its queue. */
const AHEAD = 2;

/**
 * Reads what `queue` hands out on `threads` reading threads, `received` called as each file comes back (in whatever
 * order the threads finish). Resolves when the queue is empty and every thread has answered or died; a file whose
 * thread died is not `received` (the caller reads it itself). The threads are ended before it resolves, so the
 * process does not wait on them.
 */
export function readOnThreads(files: string[], queue: FileQueue, setup: ReadSetup, threads: number, received: (reply: ReadReply) => void, workerFile = READ_WORKER): Promise<void> {
  return new Promise((resolve) => {
    let running = threads;
    const stopped = () => {
      running -= 1;
      if (running === 0) resolve();
    };
    for (let t = 0; t < threads; t++) startThread(files, queue, setup, received, workerFile, stopped);
  });
}

function startThread(files: string[], queue: FileQueue, setup: ReadSetup, received: (reply: ReadReply) => void, workerFile: string, stopped: () => void): void {
  const worker = readingThread(workerFile);
  let setUp = false;
  let inFlight = 0;
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    void worker.terminate();
    stopped();
  };
  const handOut = () => {
    for (let index; inFlight < AHEAD && (index = queue.take()) !== undefined; inFlight++) {
      worker.postMessage({ index, file: files[index], setup: setUp ? undefined : setup } satisfies ReadJob);
      setUp = true;
    }
    if (inFlight === 0) stop();
  };
  worker.on('message', (reply: ReadReply) => {
    inFlight -= 1;
    received(reply);
    handOut();
  });
  // A thread that dies (it threw outside a file, ran out of memory, or its script would not load) takes the files it
  // held with it: they are left to the caller, and the other threads go on with the queue. It is over at 'exit', not
  // at 'error': Node delivers the replies the thread sent before it died ahead of 'exit' but may emit 'error' before
  // them, and a reply counted after the pool ended would be read twice. The 'error' listener only keeps the thread's
  // error from becoming the command's.
  worker.on('error', () => undefined);
  worker.on('exit', stop);
  handOut();
}
