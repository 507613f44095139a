// seika export: workbooks read back into submission JSON (the inverse of fill).
import * as fs from 'fs';
import type { Command } from 'commander';
import { readWorkbookFile } from '../workbooks';
import { toSubmission } from '../../core/submissionOf';
import { EXIT_FINDINGS } from '../exitCodes';
import { collectWorkbooks, resolvePath, type CliIo } from '../io';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('ブックを JSON の提出データに書き出す / read workbooks into submission JSON')
    .argument('<files...>', '.xlsx ファイルまたはフォルダ / .xlsx files or folders')
    .option('--json', 'JSON で出力 (既定) / print JSON (the default)')
    .option('-o, --output <file>', 'JSON を書き出すファイル / write the JSON to a file')
    .action(async (inputs: string[], opts: { output?: string }) => {
      const files = collectWorkbooks(io, inputs);
      const submissions = [];
      for (const file of files) {
        const read = await readWorkbookFile(file);
        for (const p of read.problems) io.stderr(`${file}: 読めません / cannot read (${p.code}${p.detail ? `: ${p.detail}` : ''})\n`);
        if (read.sheets.length) submissions.push(toSubmission(read));
      }
      const json = `${JSON.stringify(submissions.length === 1 ? submissions[0] : submissions, null, 2)}\n`;
      if (opts.output) fs.writeFileSync(resolvePath(io, opts.output), json);
      else io.stdout(json);
      if (submissions.length < files.length) io.exitCode = EXIT_FINDINGS;
    });
}
