// Reads the workbooks a command was given; a file that cannot even be opened becomes a problem, not a crash.
import type { Layout } from '../core/layout/types';
import type { WorkbookMeta, WorkbookRead } from '../core/source';
import { fromData, layoutsByKind } from '../core/transfer';
import type { FormatDefinition } from '../core/format/schema';
import { fileBytes } from './fileBytes';
import type { CliIo } from './io';
import { progressOn } from './progress';
import { FileQueue, readOnThreads, threadCount, type ReadReply } from './readPool';
import { readWorkbook } from '../xlsx/readWorkbook';

type LayoutsFor = (meta: WorkbookMeta) => Layout[];

export async function readWorkbookFile(file: string, reportYear?: number, layoutsFor?: (meta: WorkbookMeta) => Layout[] | undefined): Promise<WorkbookRead> {
  let bytes: Uint8Array;
  try {
    bytes = fileBytes(file);
  } catch (e) {
    return { file, meta: {}, sheets: [], problems: [{ code: 'unreadable', detail: (e as Error).message }] };
  }
  return readWorkbook(bytes, file, { reportYear, layoutsFor });
}

/** The formats the files are read in: `formatChooser`'s choice, and the definitions it was built from. */
export interface ReadFormats {
  layoutsFor: LayoutsFor;
  given: FormatDefinition[];
}

/**
 * Reads the files, with progress on stderr (a bar on a terminal; none when `quiet`), in their order whatever order
 * they were read in. Many files are read on the machine's other cores as well (readPool.ts); a file a thread could
 * not give back is read here, so what comes back is what reading them one after another gives.
 */
export async function readWorkbookFiles(io: CliIo, files: string[], year: number | undefined, isTty: boolean, formats: ReadFormats, opts: { quiet?: boolean } = {}): Promise<WorkbookRead[]> {
  const progress = progressOn(io, isTty);
  const step = (i: number, label: string) => {
    if (!opts.quiet) progress.step(i, files.length, label);
  };
  const queue = new FileQueue(files.length, (i) => step(i, `読み込み中 / reading ${files[i].split(/[\\/]/).pop()}`));
  const out: Array<WorkbookRead | undefined> = files.map(() => undefined);
  const readHere = async (i: number) => {
    out[i] = await readWorkbookFile(files[i], year, formats.layoutsFor);
  };
  const threads = threadCount(files.length);
  if (threads > 0) {
    const received = (reply: ReadReply) => {
      out[reply.index] = readOf(reply, formats.layoutsFor);
    };
    await Promise.all([readOnThreads(files, queue, { year, given: formats.given }, threads, received), readAlongside(queue, readHere)]);
  }
  for (let i; (i = queue.take()) !== undefined; ) await readHere(i);
  for (const [i, read] of out.entries()) if (!read) await readHere(i);
  step(files.length, '読み込み完了 / read');
  if (!opts.quiet) progress.end();
  return out as WorkbookRead[];
}

/** The command's own thread reads too, letting the threads' replies in between files. */
async function readAlongside(queue: FileQueue, readHere: (i: number) => Promise<void>): Promise<void> {
  for (let i; (i = queue.take()) !== undefined; ) {
    await readHere(i);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** What a thread read, with the layouts this thread would have read it with; undefined when it must be read here. */
function readOf(reply: ReadReply, layoutsFor: LayoutsFor): WorkbookRead | undefined {
  if ('failed' in reply) return undefined;
  try {
    return fromData(reply.read, layoutsByKind(layoutsFor(reply.read.meta)));
  } catch {
    return undefined;
  }
}
