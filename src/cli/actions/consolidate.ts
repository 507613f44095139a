// seika consolidate: the departments' workbooks into the policy's report workbook; sources are only read.
// This is what runs; commands/consolidate.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import * as path from 'path';
import { policiesIn } from '../../core/consolidate/city';
import { consolidateScoped, reportOf, type ScopedResult } from '../../core/jobs/consolidate';
import type { PolicyReport } from '../../core/consolidate/types';
import type { Lang } from '../../core/rules/types';
import { EXIT_FINDINGS } from '../exitCodes';
import { countLine } from '../findingsText';
import { collectWorkbooks, outputPath, resolvePath, UsageError, type CliIo } from '../io';
import { writeJson } from '../jsonOut';
import { readWorkbookFiles } from '../workbooks';
import { formSummary, reportSummary } from '../reportSummary';
import { formatChooser, formatsOf } from '../formatOption';

export interface ConsolidateOptions {
  output?: string;
  policy?: string;
  city?: boolean;
  json?: boolean;
  year?: number;
  format?: string;
  lang: Lang;
}

export async function consolidateCommand(io: CliIo, inputs: string[], opts: ConsolidateOptions, isTty = false): Promise<void> {
  if (!opts.output && !opts.json) throw new UsageError('-o report.xlsx か --json を指定してください / give -o report.xlsx or --json');
  const policyNumber = opts.policy !== undefined && /^\d+$/.test(opts.policy) ? opts.policy : undefined;
  if (policyNumber && opts.city) throw new UsageError('--policy と --city は同時に指定できません / give --policy or --city, not both');
  const policyFile = policyNumber ? undefined : opts.policy;
  const files = [...(policyFile ? [resolvePath(io, policyFile)] : []), ...collectWorkbooks(io, inputs)];
  const output = opts.output ? resolvePath(io, opts.output) : undefined;
  if (output && files.includes(output)) throw new UsageError(`報告書を元のブックに上書きできません / the report would overwrite a source: ${opts.output}`);
  const chooser = formatChooser(opts.format ? await formatsOf(io, opts.format) : []);
  const workbooks = await readWorkbookFiles(io, [...new Set(files)], opts.year, isTty, chooser);
  if (policyNumber && !policiesIn(workbooks).includes(policyNumber)) throw new UsageError(`政策${policyNumber} のシートがありません（あるのは: ${policiesIn(workbooks).join('、') || 'なし'}） / no sheets of policy ${policyNumber}`);
  const format = chooser.formatOfAll(workbooks).definition;
  const result = consolidateScoped({ workbooks, reportYear: opts.year, policy: policyNumber, city: opts.city, format });
  const report = reportOf(result);
  if (output) {
    // The writer is a chunk of its own, loaded only to write a report: a run with --json alone never loads it.
    const { writeReportFile } = await import('../../xlsx/report/writeReportFile');
    await writeReportFile(report, outputPath(io, output), opts.lang);
    io.stderr(`報告書を書き出しました / wrote ${output}\n`);
  }
  if (opts.json) writeJson(io.stdout, jsonOf(result));
  else io.stdout(summaryOf(result, policyNumber));
  const findings = policyParts(result, policyNumber).flatMap((p) => p.report.findings).concat(result.scope === 'form' ? result.report.findings : result.scope === 'city' ? result.city.findings : []);
  io.stderr(`${countLine(findings, files.length, opts.lang)}\n`);
  if (findings.some((f) => f.severity === 'error')) io.exitCode = EXIT_FINDINGS;
}

function policyParts(result: ScopedResult, policyNumber?: string): Array<{ number?: string; report: PolicyReport }> {
  if (result.scope === 'city') return result.city.policies;
  return result.scope === 'policy' ? [{ number: policyNumber, report: result.report }] : [];
}

/** The report as data; a form report names its format by id rather than repeating the whole definition. */
function jsonOf(result: ScopedResult): unknown {
  if (result.scope === 'city') return result.city;
  return result.scope === 'form' ? { ...result.report, definition: result.report.definition.id } : result.report;
}

function summaryOf(result: ScopedResult, policyNumber?: string): string {
  if (result.scope === 'form') return formSummary(result.report);
  const unreadable = result.scope === 'city' ? result.city.unreadable.map((u) => path.basename(u.file)) : [];
  const unreadableLine = unreadable.length ? `読み込めなかったファイル（どの政策にも含めず）: ${unreadable.join('、')}\n` : '';
  return policyParts(result, policyNumber).map((p) => reportSummary(p.report, p.number)).join('\n') + unreadableLine;
}
