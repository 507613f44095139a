// One benchmark phase in its own process, so its peak memory is its own: prints {ms, sheets, peakRssMb} as JSON.
// (The inflate floor is scripts/bench/inflate.js, plain JavaScript.)
import * as fs from 'fs';
import * as path from 'path';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { consolidateScoped } from '../../src/core/jobs/consolidate';
import { checkWorkbooks } from '../../src/core/rules/engine';
import type { WorkbookRead } from '../../src/core/source';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { writeReport } from '../../src/xlsx/report/writeReport';
import { writeReportFile } from '../../src/xlsx/report/writeReportFile';

type Phase = 'check' | 'consolidate' | 'report' | 'stream';

async function readAll(files: string[]): Promise<WorkbookRead[]> {
  const out: WorkbookRead[] = [];
  for (const f of files) out.push(await readWorkbook(fs.readFileSync(f), f));
  return out;
}

async function run(phase: Phase, files: string[]): Promise<number> {
  switch (phase) {
    case 'check': {
      const reads = await readAll(files);
      checkWorkbooks(reads);
      return reads.reduce((n, r) => n + r.sheets.length, 0);
    }
    case 'consolidate': {
      const reads = await readAll(files);
      consolidate(reads);
      return reads.reduce((n, r) => n + r.sheets.length, 0);
    }
    case 'report': {
      const reads = await readAll(files);
      fs.writeFileSync(path.join(path.dirname(files[0]), '..', 'report.xlsx'), await writeReport(consolidate(reads)));
      return reads.reduce((n, r) => n + r.sheets.length, 0);
    }
    case 'stream': {
      // What the CLI does with the set: the city's report (its sets hold 8 and 80 policies), streamed sheet by sheet.
      const reads = await readAll(files);
      const result = consolidateScoped({ workbooks: reads });
      await writeReportFile(result.scope === 'city' ? result.city : result.report, path.join(path.dirname(files[0]), '..', 'report-streamed.xlsx'));
      return reads.reduce((n, r) => n + r.sheets.length, 0);
    }
  }
}

async function main(): Promise<void> {
  const [phase, dir] = process.argv.slice(2) as [Phase, string];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(dir, f));
  // A warm-up on two files first: otherwise the JIT's start-up, not the work, dominates the small set.
  if (phase !== 'report' && phase !== 'stream') await run(phase, files.slice(0, 2));
  const start = performance.now();
  const sheets = await run(phase, files);
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, sheets, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
