// The report written to a file as its zip streams out (Node: the CLI), each sheet waiting until the file has taken
// the last one's bytes, so memory stays flat however many sheets there are. Apart from writeReport.ts so that the
// pane's bundle never meets `fs`.
import * as fs from 'fs';
import type { Lang } from '../../core/rules/types';
import type { AnyReport } from '../../core/report/anyReport';
import { emitReport } from './writeReport';

export async function writeReportFile(report: AnyReport, file: string, lang: Lang = 'ja'): Promise<void> {
  const out = fs.createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  // A sheet's many small chunks (headers, deflated pieces) are held back and written together when it ends.
  const drained = () => {
    out.uncork();
    return out.writableNeedDrain ? Promise.race([new Promise<void>((resolve) => out.once('drain', resolve)), failed]) : Promise.resolve();
  };
  const write = (chunk: Uint8Array) => {
    if (!out.writableCorked) out.cork();
    out.write(chunk);
  };
  try {
    await emitReport(report, lang, { write, drained });
  } finally {
    out.end();
  }
  await Promise.race([new Promise<void>((resolve) => out.once('finish', resolve)), failed]);
}
