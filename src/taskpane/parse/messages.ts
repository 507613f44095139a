// Messages from the pane to its parsing worker, and back (a read crosses as data: core/transfer.ts).
import type { WorkbookReadData } from '../../core/transfer';

/** Messages from the pane to the worker, and back. */
export interface ParseRequest {
  files: Array<{ name: string; data: Blob }>;
}

export type ParseMessage =
  | { type: 'reading'; index: number }
  | { type: 'read'; index: number; read: WorkbookReadData }
  | { type: 'finished' };
