// seika check: every report rule over the workbooks given, findings in plain Japanese (or English) with their cells.
// This is what runs; commands/check.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import { checkJob } from '../../core/jobs/check';
import { formatMessage } from '../../core/rules/format';
import type { Lang } from '../../core/rules/types';
import { findingsText } from '../findingsText';
import { collectWorkbooks, UsageError, type CliIo } from '../io';
import { writeJson } from '../jsonOut';
import { readWorkbookFiles } from '../workbooks';
import { readSide, unreadableSide } from '../comparedWorkbooks';
import { EXIT_FINDINGS } from '../exitCodes';
import { chooserFor, otherFormatText } from '../formatOption';
import type { BuiltFormat } from '../../core/format/buildLayout';
import { sortFindings } from '../../core/rules/engine';
import type { Finding } from '../../core/rules/types';
import type { WorkbookRead } from '../../core/source';

export async function checkCommand(io: CliIo, inputs: string[], opts: { json?: boolean; lang: Lang; year?: number; previous: string[]; format?: string }): Promise<void> {
  const chooser = await chooserFor(io, opts.format);
  const { formatFor, layoutsFor, rules } = chooser;
  const files = collectWorkbooks(io, inputs);
  const workbooks = await readWorkbookFiles(io, files, opts.year, false, chooser, { quiet: true });
  const previous = opts.previous.length ? await readSide(io, opts.previous, 'previous', layoutsFor) : undefined;
  // Workbooks of one format are checked together (ranks and duplicates across them), each format by its own rules.
  const groups = new Map<BuiltFormat, WorkbookRead[]>();
  for (const wb of workbooks) groups.set(formatFor(wb.meta), [...(groups.get(formatFor(wb.meta)) ?? []), wb]);
  const found: Finding[] = [];
  for (const [format, group] of groups) {
    const checked = checkJob({ workbooks: group, previous, reportYear: opts.year, format: format.definition });
    if (!checked.ok) throw checked.problem.code === 'otherFormat' ? new UsageError(otherFormatText(checked.problem)) : unreadableSide('previous', checked.problem);
    found.push(...checked.value.findings);
  }
  const findings = sortFindings(found, workbooks);
  if (opts.json) writeJson(io.stdout, findings.map((f) => ({ ...f, message: formatMessage(f, opts.lang, rules) })));
  else io.stdout(findingsText(findings, files, opts.lang, io.cwd, rules));
  if (findings.some((f) => f.severity === 'error')) io.exitCode = EXIT_FINDINGS;
}
