// Reads the workbooks a command was given; a file that cannot even be opened becomes a problem, not a crash.
import * as fs from 'fs';
import type { WorkbookRead } from '../core/source';
import { readWorkbook } from '../xlsx/readWorkbook';

export async function readWorkbookFile(file: string, reportYear?: number): Promise<WorkbookRead> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { file, meta: {}, sheets: [], problems: [{ code: 'unreadable', detail: (e as Error).message }] };
  }
  return readWorkbook(bytes, file, { reportYear });
}
