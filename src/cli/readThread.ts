// The reader of a CLI reading thread (loaded by readWorker.ts): reads each workbook it is sent, by path, with the
// reader the command itself uses, and sends it back as data (core/transfer.ts), or why it could not. After its last
// file it may be asked for the JSON of the sheets it read (TextsJob), which the command then writes as it is.
import { parentPort } from 'worker_threads';
import { builtFormat } from '../core/format/buildLayout';
import type { Sheet } from '../core/model';
import { toData } from '../core/transfer';
import { saveCodeCache } from './codeCache';
import { formatPicker } from './formatPicker';
import { stringifyAt } from './jsonOut';
import type { ReadJob, ReadReply, ReadSetup, TextsJob, TextsReply } from './readPool';
import { readWorkbookFile } from './workbooks';

const port = parentPort;
/** What the first job brought: the thread may have been started before the command knew it (readPool.ts). */
let reading: ReturnType<typeof setUp> | undefined;
/** Files answered: after the first, what V8 compiled of the reader is saved (a thread ends without an exit event). */
let answered = 0;
/** The sheets of each file sent back, by the file's index: what a TextsJob makes the JSON of. */
const sent = new Map<number, Sheet[]>();

port?.on('message', (job: ReadJob | TextsJob) => {
  if ('depths' in job) return answerTexts(job);
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
    const read = await readWorkbookFile(file, reading.year, reading.layoutsFor);
    const reply: ReadReply = { index, read: toData(read) };
    port?.postMessage(reply);
    sent.set(index, read.sheets.map((s) => s.sheet));
  } catch (e) {
    // Whatever failed here (a read that threw, a value structured clone refuses), the command reads the file itself.
    const reply: ReadReply = { index, failed: String(e) };
    port?.postMessage(reply);
  }
  if (++answered === 1) saveCodeCache();
}

/** Bytes of JSON handed over at a time: the texts are made a batch at a time, so that few of them are held at once. */
const BATCH_BYTES = 1 << 20;

/** Each sheet sent back whose kind has a depth, as JSON at that depth in UTF-8, in batches handed over (not copied). */
function answerTexts({ depths }: TextsJob): void {
  const encoder = new TextEncoder();
  let [batch, end, sheets] = [new Uint8Array(BATCH_BYTES), 0, [] as TextsReply['sheets']];
  const send = (last: boolean) => {
    const bytes = batch.slice(0, end);
    port?.postMessage({ bytes, sheets, last } satisfies TextsReply, [bytes.buffer]);
  };
  for (const [index, read] of sent)
    read.forEach((sheet, at) => {
      const depth = depths[sheet.kind];
      if (depth === undefined) return;
      const text = stringifyAt(sheet, depth);
      let { read: taken, written } = encoder.encodeInto(text, batch.subarray(end));
      if (taken < text.length) {
        send(false);
        [batch, end, sheets] = [new Uint8Array(Math.max(BATCH_BYTES, text.length * 3)), 0, []];
        ({ read: taken, written } = encoder.encodeInto(text, batch));
      }
      sheets.push({ index, sheet: at, depth, end: (end += written), chars: text.length });
    });
  send(true);
}
