// Reading threads that die (a worker that exits, or throws outside a file) do not hang the command: the pool ends,
// and the files they held are left for the command to read itself.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileQueue, IdleThreads, readOnThreads, type ReadReply, type TextsReply } from './readPool';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A worker script: answers each file as readWorker.ts does, except where `dies` says it dies instead; asked for texts
 * (readThread.ts), it sends two batches, the first naming the files it answered, unless `textsDie` says it dies.
 */
function workerScript(dies: string, textsDie = ''): string {
  const file = path.join(dir, `worker-${fs.readdirSync(dir).length}.js`);
  fs.writeFileSync(
    file,
    `const { parentPort } = require('worker_threads');
     const answered = [];
     parentPort.on('message', (job) => {
       if (job.depths) {
         parentPort.postMessage({ bytes: new Uint8Array(answered), sheets: answered.map((index, i) => ({ index, sheet: 0, depth: job.depths.project, end: i + 1, chars: 1 })), last: false });
         ${textsDie}
         parentPort.postMessage({ bytes: new Uint8Array(), sheets: [], last: true });
         return;
       }
       const { index } = job;
       ${dies}
       answered.push(index);
       parentPort.postMessage({ index, failed: 'not a workbook' });
     });`,
  );
  return file;
}

async function run(threads: number, script: string, idle?: IdleThreads) {
  const files = Array.from({ length: 12 }, (_, i) => `${i}.xlsx`);
  const started: number[] = [];
  const queue = new FileQueue(files.length, (i) => started.push(i));
  const replies: ReadReply[] = [];
  await readOnThreads(files, queue, { given: [] }, threads, (r) => replies.push(r), script, idle);
  return { started, answered: replies.map((r) => r.index).sort((a, b) => a - b) };
}

/** The files the texts name, in order. */
const named = (batches: TextsReply[]) => batches.flatMap((b) => b.sheets.map((s) => s.index)).sort((a, b) => a - b);

it('hands every file out once and in order, each answered', async () => {
  const { started, answered } = await run(2, workerScript(''));
  expect(started).toEqual([...Array(12).keys()]);
  expect(answered).toEqual([...Array(12).keys()]);
});

it('ends when every thread died, the files they held unanswered', async () => {
  const exits = await run(2, workerScript('if (index >= 4) process.exit(1);'));
  expect(exits.answered).toEqual([0, 1, 2, 3]);
  const throws = await run(1, workerScript("if (index === 5) throw new Error('boom');"));
  expect(throws.answered).toEqual([0, 1, 2, 3, 4]);
});

it('ends at once when the worker script cannot load', async () => {
  const { answered, started } = await run(2, path.join(dir, 'missing.js'));
  expect(answered).toEqual([]);
  expect(started.length).toBeLessThanOrEqual(4);
});

it('keeps threads that read their last file for the texts of what they read, sent in batches, then ends them', async () => {
  const idle = new IdleThreads();
  const { answered } = await run(2, workerScript(''), idle);
  expect(answered).toEqual([...Array(12).keys()]);
  const batches = await idle.texts({ depths: { project: 8 } });
  expect(named(batches)).toEqual([...Array(12).keys()]);
  expect(batches.filter((b) => b.last)).toHaveLength(2);
  expect(batches.flatMap((b) => b.sheets.map((s) => s.depth))).toEqual(Array(12).fill(8));
  // Asked again, nothing is left: the threads were ended once they had sent their last batch.
  expect(await idle.texts({ depths: { project: 8 } })).toEqual([]);
});

it('gives what a thread sent before it died answering, and nothing from one that died while idle', async () => {
  const idle = new IdleThreads();
  await run(1, workerScript('', 'process.exit(1);'), idle);
  const batches = await idle.texts({ depths: { project: 8 } });
  expect(named(batches)).toEqual([...Array(12).keys()]);
  expect(batches.some((b) => b.last)).toBe(false);
  // Its last reply, then death: asked before or after its 'exit' comes, it gives nothing, and the command goes on.
  const dead = new IdleThreads();
  await run(1, workerScript("if (index === 11) { parentPort.postMessage({ index, failed: 'not a workbook' }); process.exit(1); }"), dead);
  expect(await dead.texts({ depths: { project: 8 } })).toEqual([]);
});
