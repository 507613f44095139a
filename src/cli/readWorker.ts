// A reading thread of the CLI (started by readPool.ts): reads each workbook it is sent, by path, with the reader the
// command itself uses, and sends it back as data (core/transfer.ts), or why it could not.
//
// Where it must be: lib/cli/readWorker.js, beside the code that starts it, which looks for
// `path.join(__dirname, 'readWorker.js')`. webpack.cli.config.js bundles it as an entry of its own at exactly that
// path, `__dirname` meaning lib/cli in every chunk. Absent (the TypeScript sources run by ts-jest, tsx or ts-node),
// the command reads in its own thread.
import { parentPort } from 'worker_threads';
import { builtFormat } from '../core/format/buildLayout';
import { toData } from '../core/transfer';
import { formatPicker } from './formatPicker';
import type { ReadJob, ReadReply, ReadSetup } from './readPool';
import { readWorkbookFile } from './workbooks';

const port = parentPort;
/** What the first job brought: the thread may have been started before the command knew it (readPool.ts). */
let reading: ReturnType<typeof setUp> | undefined;

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
}
