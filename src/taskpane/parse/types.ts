// Parsing department workbooks for the pane: one call for several files, progress reported per file.
// The default runs in a Web Worker (workerParser.ts); tests and browsers without workers pass directParser.
import type { WorkbookRead } from '../../core/source';

/** A workbook to parse: its name and its bytes still in the file, read only when its turn comes. */
export interface SourceFile {
  name: string;
  data: Blob;
}

export type FileState = 'waiting' | 'reading' | 'done' | 'failed';

export interface ParseProgress {
  /** The file's position in the list given. */
  index: number;
  state: FileState;
  /** When done or failed: what was read (a failure is a read with a problem, never an exception). */
  read?: WorkbookRead;
}

export type ParseFiles = (files: SourceFile[], onProgress: (p: ParseProgress) => void) => Promise<WorkbookRead[]>;

/** A file that gave no sheets because it could not be read: the checker turns this into a finding. */
export function failedRead(file: string, error: unknown): WorkbookRead {
  const detail = error instanceof Error ? error.message : String(error);
  return { file, meta: {}, sheets: [], problems: [{ code: 'unreadable', detail }] };
}

/** Readable means at least one seika sheet came out of it. */
export function stateOf(read: WorkbookRead): FileState {
  return read.sheets.length === 0 && read.problems.length > 0 ? 'failed' : 'done';
}
