// Reads the workbooks a command was given; a file that cannot even be opened becomes a problem, not a crash.
import * as fs from 'fs';
import type { Layout } from '../core/layout/types';
import type { WorkbookMeta, WorkbookRead } from '../core/source';
import type { CliIo } from './io';
import { progressOn } from './progress';
import { readWorkbook } from '../xlsx/readWorkbook';

export async function readWorkbookFile(file: string, reportYear?: number, layoutsFor?: (meta: WorkbookMeta) => Layout[] | undefined): Promise<WorkbookRead> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { file, meta: {}, sheets: [], problems: [{ code: 'unreadable', detail: (e as Error).message }] };
  }
  return readWorkbook(bytes, file, { reportYear, layoutsFor });
}

/** Reads the files one after another, with progress on stderr (a bar on a terminal). */
export async function readWorkbookFiles(io: CliIo, files: string[], year: number | undefined, isTty: boolean, layoutsFor?: (meta: WorkbookMeta) => Layout[] | undefined): Promise<WorkbookRead[]> {
  const progress = progressOn(io, isTty);
  const out: WorkbookRead[] = [];
  for (const [i, file] of files.entries()) {
    progress.step(i, files.length, `読み込み中 / reading ${file.split(/[\\/]/).pop()}`);
    out.push(await readWorkbookFile(file, year, layoutsFor));
  }
  progress.step(files.length, files.length, '読み込み完了 / read');
  progress.end();
  return out;
}
