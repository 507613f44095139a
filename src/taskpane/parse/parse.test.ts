// Parsing for the pane with real .xlsx files: what the worker sends survives structured clone and gives back
// the same WorkbookRead; the worker's messages come file by file; the on-thread parser reports the same way.
import { checkWorkbooks } from '../../core/rules/engine';
import type { WorkbookRead } from '../../core/source';
import { departmentSubmissions } from '../../sample/departments';
import { loadSeedSheets } from '../../sample/seed';
import { readWorkbook } from '../../xlsx/readWorkbook';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import { directParser } from './direct';
import { fromData, toData } from '../../core/transfer';
import type { ParseMessage, ParseRequest } from './messages';
import type { ParseProgress } from './types';
import { parseAll } from './worker';

let zaisei: Uint8Array;
let read: WorkbookRead;

beforeAll(async () => {
  const submission = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;
  zaisei = await writeWorkbook(submission.sheets, { reportYear: submission.reportYear, department: submission.department });
  read = await readWorkbook(zaisei, '財政課.xlsx');
});

it('sends a WorkbookRead across postMessage without its layouts’ functions and puts them back', () => {
  // As is, structured clone refuses it: layouts hold functions.
  expect(() => structuredClone(read)).toThrow();
  const back = fromData(structuredClone(toData(read)));
  expect(back).toEqual(read);
  expect(back.sheets[0].source.layout).toBe(read.sheets[0].source.layout);
  // Each cell names its field: what crosses holds no copy of the layout's field definitions, and what comes back
  // points at the layout's own ones (a city's thousands of sheets share them).
  expect(toData(read).sheets.flatMap((s) => s.source.cells.fields)).toEqual([]);
  for (const [i, sheet] of back.sheets.entries()) {
    const fields = [...sheet.source.cells.values()].map((c) => c.field);
    expect(fields.every((f, j) => f === [...read.sheets[i].source.cells.values()][j].field)).toBe(true);
  }
  expect(checkWorkbooks([back], { reportYear: 2019 })).toEqual(checkWorkbooks([read], { reportYear: 2019 }));
});

it('the worker reads file by file and says so, an unreadable file included', async () => {
  const posted: ParseMessage[] = [];
  const request: ParseRequest = {
    files: [
      { name: '財政課.xlsx', data: new Blob([zaisei.slice()]) },
      { name: '壊れた.xlsx', data: new Blob([new Uint8Array([80, 75, 3, 4, 1, 2, 3])]) },
    ],
  };
  // What crosses postMessage is a structured clone: clone every message as the browser would.
  await parseAll(request, (m) => posted.push(structuredClone(m)));
  expect(posted.map((m) => `${m.type}${'index' in m ? ` ${m.index}` : ''}`)).toEqual(['reading 0', 'read 0', 'reading 1', 'read 1', 'finished']);
  const [first, second] = posted.filter((m): m is Extract<ParseMessage, { type: 'read' }> => m.type === 'read').map((m) => fromData(m.read));
  expect(first).toEqual(read);
  expect(second.sheets).toEqual([]);
  expect(second.problems.map((p) => p.code)).toEqual(['unreadable']);
});

it('the on-thread parser reports each file as the worker does, and a reader that throws gives an unreadable file', async () => {
  const progress: string[] = [];
  const readFiles = async (files: Array<{ name: string; bytes: Uint8Array }>) => {
    if (files[0].name === 'throws.xlsx') throw new Error('boom');
    return Promise.all(files.map((f) => readWorkbook(f.bytes, f.name)));
  };
  const reads = await directParser(readFiles)(
    [
      { name: '財政課.xlsx', data: new Blob([zaisei.slice()]) },
      { name: 'throws.xlsx', data: new Blob([zaisei.slice()]) },
      { name: 'text.xlsx', data: new Blob(['not a workbook']) },
    ],
    (p: ParseProgress) => progress.push(`${p.index} ${p.state}`),
  );
  expect(progress).toEqual(['0 reading', '0 done', '1 reading', '1 failed', '2 reading', '2 failed']);
  expect(reads[0].sheets).toHaveLength(10);
  expect(reads[1].problems).toEqual([{ code: 'unreadable', detail: 'boom' }]);
  expect(reads[2].sheets).toEqual([]);
});
