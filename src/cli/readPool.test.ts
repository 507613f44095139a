// Reading threads that die (a worker that exits, or throws outside a file) do not hang the command: the pool ends,
// and the files they held are left for the command to read itself.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileQueue, readOnThreads, type ReadReply } from './readPool';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A worker script: answers each file as readWorker.ts does, except where `dies` says it dies instead. */
function workerScript(dies: string): string {
  const file = path.join(dir, `worker-${fs.readdirSync(dir).length}.js`);
  fs.writeFileSync(
    file,
    `const { parentPort } = require('worker_threads');
     parentPort.on('message', ({ index }) => {
       ${dies}
       parentPort.postMessage({ index, failed: 'not a workbook' });
     });`,
  );
  return file;
}

async function run(threads: number, script: string) {
  const files = Array.from({ length: 12 }, (_, i) => `${i}.xlsx`);
  const started: number[] = [];
  const queue = new FileQueue(files.length, (i) => started.push(i));
  const replies: ReadReply[] = [];
  await readOnThreads(files, queue, { given: [] }, threads, (r) => replies.push(r), script);
  return { started, answered: replies.map((r) => r.index).sort((a, b) => a - b) };
}

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
