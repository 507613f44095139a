// The consolidation job: the departments' workbooks, already read, into the policy report model, or the
// city's (every policy) when the workbooks hold more than one policy or the city is asked for.
import { consolidateCity, forPolicy, splitByPolicy, type CityReport } from '../consolidate/city';
import { consolidate } from '../consolidate/consolidate';
import { consolidateForms } from '../consolidate/form/consolidate';
import type { FormReport } from '../consolidate/form/types';
import type { PolicyReport } from '../consolidate/types';
import { KOMORO } from '../format/builtin';
import { isFormFormat } from '../format/formKinds';
import { builtinFormatFor, formatMostRecorded } from '../format/recorded';
import type { FormatDefinition } from '../format/schema';
import { fiscalYearLabel } from '../era';
import type { AnyReport } from '../report/anyReport';
import type { WorkbookRead } from '../source';

export interface ConsolidateInput {
  /** Every workbook read, unreadable ones too: they are listed in 提出状況 and become findings. */
  workbooks: WorkbookRead[];
  /** The year asked for (`--year`); otherwise decided by reportYearOf. */
  reportYear?: number;
  /** The format the workbooks were read in, of the built-in kinds (absent: the built-in one). */
  format?: FormatDefinition;
}

export interface Consolidated {
  report: PolicyReport;
  /** What the report is called when saved: 成果説明書_政策6_令和元年度.xlsx. */
  fileName: string;
}

/** Never stops: files that could not be read, duplicates and missing sheets are part of the report. */
export function consolidateJob({ workbooks, reportYear, format }: ConsolidateInput): Consolidated {
  const report = consolidate(workbooks, { reportYear, format });
  return { report, fileName: `成果説明書_政策${report.policy?.sheet.policy.number ?? ''}_${fiscalYearLabel(report.reportYear)}.xlsx` };
}

export interface ScopedInput extends ConsolidateInput {
  /** One policy's report from a city's workbooks (`--policy 6`). */
  policy?: string;
  /** The city's report even when the workbooks hold one policy (`--city`). */
  city?: boolean;
  /** The format the workbooks were read in (absent: the built-in one most of them record, as the pane reads them). */
  format?: FormatDefinition;
}

export type ScopedResult = ({ scope: 'policy' } & Consolidated) | { scope: 'city'; city: CityReport; fileName: string } | { scope: 'form'; report: FormReport; fileName: string };

/**
 * A form format's report when the workbooks are of one (grouped and summed as its definition's `consolidation`
 * says); else the policy asked for, the city when asked or when more than one policy is present, else the one policy.
 */
export function consolidateScoped({ workbooks, reportYear, policy, city, format: asked }: ScopedInput): ScopedResult {
  const format = asked ?? formatMostRecorded(workbooks, builtinFormatFor, KOMORO);
  if (isFormFormat(format)) {
    const report = consolidateForms(workbooks, format, { reportYear });
    return { scope: 'form', report, fileName: `${format.name.ja}_集計_${fiscalYearLabel(report.reportYear)}.xlsx` };
  }
  if (policy !== undefined) return { scope: 'policy', ...consolidateJob({ workbooks: forPolicy(workbooks, policy), reportYear }) };
  const split = splitByPolicy(workbooks);
  if (!city && split.policies.length <= 1) return { scope: 'policy', ...consolidateJob({ workbooks, reportYear }) };
  const report = consolidateCity(workbooks, { reportYear }, split);
  return { scope: 'city', city: report, fileName: `成果説明書_市全体_${fiscalYearLabel(report.reportYear)}.xlsx` };
}

/** The report a scoped result writes: the city's, a policy's or a form format's. */
export function reportOf(result: ScopedResult): AnyReport {
  return result.scope === 'city' ? result.city : result.report;
}
