// The default parser: a Web Worker per batch of files (the reader runs inside it, never on the pane's thread),
// with a fallback to the pane's thread where a worker cannot start. Not imported by jest's tests:
// `import.meta` only exists in the ES modules webpack builds.
import type { WorkbookRead } from '../../core/source';
import type { FileBytes } from '../host/types';
import { directParser } from './direct';
import { failedRead, stateOf, type ParseFiles } from './types';
import { fromData } from '../../core/transfer';
import type { ParseMessage, ParseRequest } from './messages';

function startWorker(): Worker {
  // webpack 5 turns this exact form into a separate worker bundle (named by `name`).
  return new Worker(
    // @ts-expect-error -- TS1343: tsconfig's module is commonjs for Node and jest; webpack compiles the pane as ES modules (ts-loader module es2020), where import.meta.url exists.
    new URL('./worker.ts', import.meta.url),
    { name: 'seika-parse' },
  );
}

export function workerParser(fallback: (files: FileBytes[]) => Promise<WorkbookRead[]>): ParseFiles {
  const onThread = directParser(fallback);
  return (files, onProgress) => {
    let worker: Worker;
    try {
      if (typeof Worker === 'undefined') return onThread(files, onProgress);
      worker = startWorker();
    } catch {
      return onThread(files, onProgress);
    }
    return new Promise<WorkbookRead[]>((resolve) => {
      const reads: Array<WorkbookRead | undefined> = files.map(() => undefined);
      const finish = () => {
        worker.terminate();
        resolve(reads.map((r, i) => r ?? failedRead(files[i].name, 'not read')));
      };
      worker.onmessage = (event: MessageEvent<ParseMessage>) => {
        const m = event.data;
        if (m.type === 'reading') onProgress({ index: m.index, state: 'reading' });
        else if (m.type === 'read') {
          const read = fromData(m.read);
          reads[m.index] = read;
          onProgress({ index: m.index, state: stateOf(read), read });
        } else finish();
      };
      // The worker itself failed (its script did not load, or ExcelJS threw outside a file): every file not
      // yet read becomes an unreadable file, so the pane shows a finding rather than spinning forever.
      worker.onerror = (event) => {
        event.preventDefault();
        reads.forEach((r, i) => {
          if (r) return;
          reads[i] = failedRead(files[i].name, event.message || 'worker error');
          onProgress({ index: i, state: 'failed', read: reads[i] });
        });
        finish();
      };
      // The files themselves cross (a Blob is a handle): the worker reads each one's bytes in turn.
      const request: ParseRequest = { files: files.map((f) => ({ name: f.name, data: f.data })) };
      worker.postMessage(request);
    });
  };
}
