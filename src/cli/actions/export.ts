// seika export: workbooks read back into submission JSON (the inverse of fill).
// This is what runs; commands/export.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import * as fs from 'fs';
import { readWorkbookFile } from '../workbooks';
import { exportJob } from '../../core/jobs/export';
import { chooserFor, otherFormatText } from '../formatOption';
import { EXIT_FINDINGS } from '../exitCodes';
import { collectWorkbooks, resolvePath, type CliIo } from '../io';

export async function exportCommand(io: CliIo, inputs: string[], opts: { output?: string; format?: string }): Promise<void> {
  const { formatFor, layoutsFor } = await chooserFor(io, opts.format);
  const files = collectWorkbooks(io, inputs);
  const submissions = [];
  for (const file of files) {
    const read = await readWorkbookFile(file, undefined, layoutsFor);
    for (const p of read.problems) io.stderr(`${file}: 読めません / cannot read (${p.code}${p.detail ? `: ${p.detail}` : ''})\n`);
    if (!read.sheets.length) continue;
    const exported = exportJob(read, formatFor(read.meta));
    if (exported.ok) submissions.push(exported.value);
    else io.stderr(`${otherFormatText(exported.problem)}\n`);
  }
  const json = `${JSON.stringify(submissions.length === 1 ? submissions[0] : submissions, null, 2)}\n`;
  if (opts.output) fs.writeFileSync(resolvePath(io, opts.output), json);
  else io.stdout(json);
  if (submissions.length < files.length) io.exitCode = EXIT_FINDINGS;
}
