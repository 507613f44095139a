// The reader of a CLI reading thread (loaded by readWorker.ts): reads each workbook it is sent, by path, with the
// reader the command itself uses, and sends it back as data (core/transfer.ts), or why it could not.
import { parentPort } from 'worker_threads';
import { builtFormat } from '../core/format/buildLayout';
import { toData } from '../core/transfer';
import { saveCodeCache } from './codeCache';
import { formatPicker } from './formatPicker';
import type { ReadJob, ReadReply, ReadSetup } from './readPool';
import { readWorkbookFile } from './workbooks';

const port = parentPort;
/** What the first job brought: the thread may have been started before the command knew it (readPool.ts). */
let reading: ReturnType<typeof setUp> | undefined;
/** Files answered: after the first, what V8 compiled of the reader is saved (a thread ends without an exit event). */
let answered = 0;

port?.on('message', (job: ReadJob) => {
  if (job.setup) reading = setUp(job.setup);
  void readOne(job);
});

/** The same choice of layouts as the command's (formatChooser), built here from the definitions given as data. */
function setUp(setup: ReadSetup) {
  return { year: setup.year, layoutsFor: formatPicker(setup.given.map(builtFormat)).layoutsFor };
}

async function readOne({ index, file }: ReadJob): Promise<void> {
  try {
    if (!reading) throw new Error('no setup before the first file');
    const reply: ReadReply = { index, read: toData(await readWorkbookFile(file, reading.year, reading.layoutsFor)) };
    port?.postMessage(reply);
  } catch (e) {
    // Whatever failed here (a read that threw, a value structured clone refuses), the command reads the file itself.
    const reply: ReadReply = { index, failed: String(e) };
    port?.postMessage(reply);
  }
  if (++answered === 1) saveCodeCache();
}
