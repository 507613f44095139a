// The report of a form format, driven by its definition's `consolidation`: the sheets grouped by a field or a
// code's first characters, each group's and the whole's totals, counts and lists, who sent what, every finding.
import { namedFields } from '../../format/fieldSpecs';
import type { ConsolidationSpec, FormatDefinition } from '../../format/schema';
import { reportYearOf } from '../../jobs/reportYear';
import { countByState } from '../../review/status';
import { checkWorkbooks } from '../../rules/engine';
import { measureKey } from '../../rules/projectCodes';
import type { RuleContext } from '../../rules/types';
import type { WorkbookRead } from '../../source';
import { titleOf } from '../../sheetTitle';
import { squeeze, toHalfWidth } from '../../text';
import { inNumberOrder } from '../consolidate';
import { takeInOrder } from '../take';
import type { Sourced } from '../types';
import { countColumns, figuresOf, type FigureContext } from './figures';
import { reportYearValue } from './values';
import { formTable } from './table';
import type { FormGroup, FormReport } from './types';
import type { FormSheet } from '../../model';

export function consolidateForms(workbooks: WorkbookRead[], def: FormatDefinition, ctx: RuleContext = {}): FormReport {
  const reportYear = reportYearOf(workbooks, ctx.reportYear) ?? 0;
  const c = def.consolidation;
  const base = { def, fields: namedFields(def), reportYear };
  const text = (s: FormSheet, name: string) => squeeze(String(reportYearValue(base, s, name) ?? ''));
  const groupOf = (s: FormSheet) => {
    const key = 'field' in c.groupBy ? text(s, c.groupBy.field) : toHalfWidth(text(s, groupField(c))).slice(0, c.groupBy.codePrefix.length);
    return key || '未記入';
  };
  const { taken: received, files } = takeInOrder(workbooks, (read) => {
    const sheet = read.sheet.kind === 'form' ? read.sheet : undefined;
    const key = sheet && c.key ? c.key.map((name) => text(sheet, name)) : [];
    return sheet && { sheet, key: key.some((k) => k) ? [sheet.form, ...key].join(' ') : undefined, title: titleOf(sheet), kind: sheet.form };
  });
  // By the identifying fields (the code), then the name: the report does not depend on the order files arrived in.
  const order = (s: FormSheet) => [...(c.key ?? [groupField(c)]).map((name) => text(s, name)), titleOf(s)].join(' ');
  const taken = [...received].sort((a, b) => inNumberOrder(order(a.sheet), order(b.sheet)));
  const plain = taken.map((t) => t.sheet);
  const fctx: FigureContext = { ...base, groupOf, countValues: c.counts.map((spec) => countColumns(base, spec, plain)) };
  const keys = [...new Set(plain.map(groupOf))].sort(inNumberOrder);
  const groups = keys.map((key): FormGroup => {
    const sheets = taken.filter((t) => groupOf(t.sheet) === key);
    return { key, name: groupName(sheets, c.group?.name, text) ?? plannedName(c, key), sheets, figures: figuresOf(fctx, sheets) };
  });
  return {
    kind: 'form',
    definition: def,
    reportYear,
    moneyUnit: def.moneyUnit,
    groupLabel: c.group?.label ?? 'グループ',
    groups,
    whole: figuresOf(fctx, taken),
    table: formTable(fctx, taken, titleOf),
    status: { files, missingMeasures: [], reviewCounts: countByState(files.flatMap((f) => f.sheets.map((s) => s.review))) },
    findings: checkWorkbooks(workbooks, { ...ctx, reportYear, format: def }),
  };
}

function groupField(c: ConsolidationSpec): string {
  return 'field' in c.groupBy ? c.groupBy.field : c.groupBy.codePrefix.field;
}

/** The first name a group's sheets give it (施策名), if the definition says which field holds it. */
function groupName(sheets: Sourced<FormSheet>[], field: string | undefined, text: (s: FormSheet, name: string) => string): string | null {
  if (!field) return null;
  return sheets.map((s) => text(s.sheet, field)).find((n) => n) ?? null;
}

/** The name the plan gives a group (`group.plan`), its code read as meant: 施策 06-01 is the plan's 6-1. */
function plannedName(c: ConsolidationSpec, key: string): string | null {
  return c.group?.plan?.find((m) => measureKey(m.code) === measureKey(key))?.name ?? null;
}
