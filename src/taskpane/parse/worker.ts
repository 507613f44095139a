// The Web Worker that reads department workbooks off the pane's thread with seika's own reader (no ExcelJS), and
// the pane gets one message per file as it goes (reading, then what was read), then 'finished'. The files come as
// Blobs (handles, not copies): each one's bytes are read when its turn comes and dropped once it is read.
import { readWorkbook } from '../../xlsx/readWorkbook';
import { blobBytes } from './blobBytes';
import { failedRead } from './types';
import { toData } from '../../core/transfer';
import type { ParseMessage, ParseRequest } from './messages';

/** Reads every file of a request in turn, posting each step (exported for the tests, which have no worker). */
export async function parseAll(request: ParseRequest, post: (message: ParseMessage) => void): Promise<void> {
  for (const [index, file] of request.files.entries()) {
    post({ type: 'reading', index });
    let read;
    try {
      read = await readWorkbook(await blobBytes(file.data), file.name);
    } catch (e) {
      read = failedRead(file.name, e);
    }
    post({ type: 'read', index, read: toData(read) });
  }
  post({ type: 'finished' });
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseMessage): void;
}

// Only inside a worker (WorkerGlobalScope exists there); imported elsewhere, the module just exports parseAll.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => void parseAll(event.data, (m) => scope.postMessage(m));
}
