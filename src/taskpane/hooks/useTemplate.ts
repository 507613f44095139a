// The テンプレート tab's state: what sheet to make, checked as the user types; making it inserts or downloads.
import { useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../core/era';
import type { BuiltFormat } from '../../core/format/buildLayout';
import { isBuiltinKind, type KindId, type Sheet } from '../../core/model';
import { blankSheet } from '../../core/template';
import { toHalfWidth } from '../../core/text';
import type { SeikaHost } from '../host/types';
import { useStrings, type Strings } from '../strings';
import { useBusy } from './useBusy';

export interface TemplateForm {
  /** A kind of the chosen format: one of the built-in four, or the format's own (`evaluation`). */
  kind: KindId;
  year: string;
  policy: string;
  measure: string;
  department: string;
  copies: string;
}

export type TemplateErrors = Partial<Record<keyof TemplateForm, string>>;

export const MAX_COPIES = 50;

/** The fiscal year whose report is written now: the one that ended last March (the year starts in April). */
export function defaultReportYear(today = new Date()): number {
  const fiscal = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  return fiscal - 1;
}

/** The sheet kinds the format draws, in its definition's order. */
export function kindsOf(format: BuiltFormat): KindId[] {
  return format.definition.sheets.map((s) => s.kind);
}

export function useTemplate(host: SeikaHost, format: BuiltFormat) {
  const t = useStrings();
  const [chosenKind, setKind] = useState<KindId>('project');
  const [fields, setForm] = useState<Omit<TemplateForm, 'kind'>>({ year: String(defaultReportYear()), policy: '', measure: '', department: '', copies: '1' });
  // A kind the chosen format lacks (after switching formats) falls back to the format's first.
  const kinds = kindsOf(format);
  const form: TemplateForm = { ...fields, kind: kinds.includes(chosenKind) ? chosenKind : kinds[0] };
  const { busy, outcome, run } = useBusy();

  const clean = useMemo(() => normalise(form), [form]);
  const errors = useMemo(() => {
    const e: TemplateErrors = {};
    if (clean.year === undefined) e.year = t.template.yearInvalid;
    if (clean.policy && !/^\d+$/.test(clean.policy)) e.policy = t.template.policyInvalid;
    if (form.kind !== 'policy' && clean.measure) {
      if (!/^\d+-\d+$/.test(clean.measure)) e.measure = t.template.measureInvalid;
      else if (clean.policy && clean.measure.split('-')[0] !== clean.policy) e.measure = t.template.measureOutsidePolicy(clean.policy);
    }
    if (hasCopies(form.kind) && clean.copies === undefined) e.copies = t.template.copiesInvalid;
    return e;
  }, [clean, form.kind, t]);
  const valid = Object.keys(errors).length === 0;
  const eraLabel = clean.year !== undefined ? fiscalYearLabel(clean.year) : undefined;

  const sheets = (kind: KindId, copies: number): Sheet[] =>
    Array.from({ length: copies }, () =>
      blankSheet(
        {
          kind,
          reportYear: clean.year!,
          policy: clean.policy || undefined,
          measure: kind === 'policy' ? undefined : clean.measure || undefined,
          department: clean.department || undefined,
        },
        format.layouts[kind],
      ),
    );
  const meta = () => ({ reportYear: clean.year, department: clean.department || undefined });

  const insert = (kind: KindId = form.kind, copies = hasCopies(form.kind) ? clean.copies ?? 1 : 1) =>
    run(
      t.template.inserting,
      async () => {
        if (!host.insertSheets) return undefined;
        const result = await host.insertSheets(sheets(kind, copies), { mode: 'template', meta: meta(), format });
        return t.template.inserted(result.sheetNames);
      },
      t.template.failed,
    );

  const download = () =>
    run(
      t.template.downloading,
      async () => {
        const copies = hasCopies(form.kind) ? clean.copies ?? 1 : 1;
        const bytes = await host.workbookBytes(sheets(form.kind, copies), meta(), format);
        const name = templateFileName(form.kind, clean.year!, clean.department, clean.measure, kindLabel(t, format, form.kind));
        host.saveFile(name, bytes);
        return t.template.downloaded(name);
      },
      t.template.failed,
    );

  return {
    form,
    kinds,
    update: <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) => (key === 'kind' ? setKind(value) : setForm((f) => ({ ...f, [key]: value }))),
    errors,
    valid,
    eraLabel,
    busy,
    outcome,
    insert: () => insert(),
    /** Another sheet per project: a 事務事業 in the seed's format, the format's own kind in a form format. */
    addProject: () => insert(kinds.includes('project') ? 'project' : form.kind, 1),
    download,
  };
}

/** One sheet per project: the seed's project kinds, and a format's own kind (a form is one project's sheet). */
export function hasCopies(kind: KindId): boolean {
  return kind === 'project' || kind === 'budget-only' || !isBuiltinKind(kind);
}

/** A kind's label: the built-in kinds' in the pane's words, a format's own by its definition's sheet title. */
export function kindLabel(t: Strings, format: BuiltFormat, kind: KindId): string {
  return isBuiltinKind(kind) ? t.kinds[kind].label : (format.definition.sheets.find((s) => s.kind === kind)?.title ?? kind);
}

/** What the user typed, as the core wants it: half-width, trimmed, the year and copies as numbers when valid. */
export function normalise(form: TemplateForm) {
  const text = (s: string) => toHalfWidth(s).trim().replace(/[‐−―ー－]/g, '-');
  const year = Number(text(form.year));
  const copies = Number(text(form.copies));
  return {
    year: /^\d{4}$/.test(text(form.year)) && year >= 1989 && year <= 2200 ? year : undefined,
    policy: text(form.policy),
    measure: text(form.measure),
    department: toHalfWidth(form.department).trim(),
    copies: Number.isInteger(copies) && copies >= 1 && copies <= MAX_COPIES ? copies : undefined,
  };
}

/** 企画課_事務事業_6-1_令和元年度.xlsx: who, what and when, as staff name files they pass around. */
export function templateFileName(kind: KindId, year: number, department: string, measure: string, kindLabel: string): string {
  const parts = [department, kindLabel, kind === 'policy' ? '' : measure, fiscalYearLabel(year)].filter(Boolean);
  return `${parts.join('_').replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;
}
