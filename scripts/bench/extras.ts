// Figures beyond the .xlsx path: the Office adapter's syncs per check and per report write (office-addin-mock),
// the largest single request it plans, and the pane's initial JavaScript (gzip) against what loads lazily.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { execFileSync } from 'child_process';
import { layoutFor } from '../../src/core/layout';
import { sheetDrawing } from '../../src/core/layout/drawing';
import type { Sheet } from '../../src/core/model';
import { estimateRequestBytes, insertSheets } from '../../src/office/insertSheets';
import { readLiveWorkbook } from '../../src/office/readLiveWorkbook';
import { REQUEST_BUDGET_BYTES } from '../../src/office/excel';
import { mockBookFromXlsx, readableExcel } from '../../src/office/testing/excelMock';
import { recordingExcel } from '../../src/office/testing/recordingExcel';
import { loadSeedSheets } from '../../src/sample/seed';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';

const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** Counts context.sync() calls while `run` works against the mock. */
async function countSyncs(mock: { excel: { context: { sync: () => Promise<void> } } }, run: () => Promise<unknown>): Promise<number> {
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
  const sync = mock.excel.context.sync.bind(mock.excel.context);
  let calls = 0;
  mock.excel.context.sync = () => {
    calls++;
    return sync();
  };
  await run();
  return calls;
}

function projects(count: number): Sheet[] {
  const base = loadSeedSheets().filter((s) => s.kind === 'project');
  return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], name: `${base[i % base.length].name}${i + 1}` }) as Sheet);
}

async function syncFigures(): Promise<string[]> {
  const lines = ['', 'Office adapter (office-addin-mock)', 'sheets   syncs per check   syncs to write the sheets'];
  const checks: number[] = [];
  for (const n of [1, 10, 100, 200]) {
    const sheets = projects(n);
    const book = await mockBookFromXlsx(await writeWorkbook(sheets, { reportYear: 2019 }));
    const check = await countSyncs(readableExcel(book), () => readLiveWorkbook(undefined, { file: 'book.xlsx' }));
    const write = await countSyncs(recordingExcel([]), () => insertSheets(sheets, { mode: 'report' }));
    checks.push(check);
    lines.push(`${String(n).padStart(6)}   ${String(check).padStart(15)}   ${String(write).padStart(25)}`);
  }
  const largest = Math.max(...loadSeedSheets().map((s) => estimateRequestBytes(sheetDrawing(layoutFor(s), s, 'report'))));
  lines.push(`  syncs per check constant and ≤ 3: ${checks.join(', ')}  ${met(checks.every((c) => c === checks[0] && c <= 3))}`);
  lines.push(`  largest single request (one seed sheet; batches are planned under ${(REQUEST_BUDGET_BYTES / 1e6).toFixed(1)} MB): ${(largest / 1e3).toFixed(0)} KB  ${met(largest <= 4e6 && REQUEST_BUDGET_BYTES <= 4e6)}`);
  return lines;
}

function bundleFigures(): string[] {
  const root = path.resolve(__dirname, '../..');
  const out = path.join(root, 'dist');
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'ignore' });
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(out, f))).length;
  const scripts = fs.readdirSync(out).filter((f) => f.endsWith('.js'));
  // What the pane page loads at once is what its HTML names (office.js, served from the add-in, aside).
  const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const initial = scripts.filter((f) => html.includes(f));
  const lazy = scripts.filter((f) => !initial.includes(f) && !f.startsWith('commands'));
  const initialGz = initial.reduce((n, f) => n + gz(f), 0);
  return [
    '',
    'Pane bundle (production build)',
    ...initial.map((f) => `  initial ${f}: ${(gz(f) / 1024).toFixed(1)} KB gzip`),
    ...lazy.map((f) => `  lazy    ${f}: ${(gz(f) / 1024).toFixed(1)} KB gzip`),
    `  initial pane JavaScript ≤ 350 KB gzip, ExcelJS lazy: ${(initialGz / 1024).toFixed(1)} KB  ${met(initialGz <= 350 * 1024 && lazy.some((f) => /exceljs/i.test(f)))}`,
  ];
}

export async function extraFigures(): Promise<string[]> {
  return [...(await syncFigures()), ...bundleFigures()];
}
