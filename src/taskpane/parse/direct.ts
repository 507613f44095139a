// Parsing on the calling thread, one file after another (its bytes read when its turn comes): what the worker does, for tests, and for
// browsers that cannot start the worker.
import type { WorkbookRead } from '../../core/source';
import type { FileBytes } from '../host/types';
import { blobBytes } from './blobBytes';
import { failedRead, stateOf, type ParseFiles } from './types';

export function directParser(readFiles: (files: FileBytes[]) => Promise<WorkbookRead[]>): ParseFiles {
  return async (files, onProgress) => {
    const reads: WorkbookRead[] = [];
    for (const [index, file] of files.entries()) {
      onProgress({ index, state: 'reading' });
      let read: WorkbookRead;
      try {
        read = (await readFiles([{ name: file.name, bytes: await blobBytes(file.data) }]))[0] ?? failedRead(file.name, 'no result');
      } catch (e) {
        read = failedRead(file.name, e);
      }
      reads.push(read);
      onProgress({ index, state: stateOf(read), read });
    }
    return reads;
  };
}
