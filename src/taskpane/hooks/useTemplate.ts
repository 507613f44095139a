// The テンプレート tab's state: what sheet to make, checked as the user types; making it inserts or downloads.
import { useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../core/era';
import type { Sheet, SheetKind } from '../../core/model';
import { blankSheet } from '../../core/template';
import { toHalfWidth } from '../../core/text';
import type { SeikaHost } from '../host/types';
import { useStrings } from '../strings';
import { useBusy } from './useBusy';

export interface TemplateForm {
  kind: SheetKind;
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

export function useTemplate(host: SeikaHost) {
  const t = useStrings();
  const [form, setForm] = useState<TemplateForm>({ kind: 'project', year: String(defaultReportYear()), policy: '', measure: '', department: '', copies: '1' });
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

  const sheets = (kind: SheetKind, copies: number): Sheet[] =>
    Array.from({ length: copies }, () =>
      blankSheet({
        kind,
        reportYear: clean.year!,
        policy: clean.policy || undefined,
        measure: kind === 'policy' ? undefined : clean.measure || undefined,
        department: clean.department || undefined,
      }),
    );
  const meta = () => ({ reportYear: clean.year, department: clean.department || undefined });

  const insert = (kind: SheetKind = form.kind, copies = hasCopies(form.kind) ? clean.copies ?? 1 : 1) =>
    run(
      t.template.inserting,
      async () => {
        if (!host.insertSheets) return undefined;
        const result = await host.insertSheets(sheets(kind, copies), { mode: 'template', meta: meta() });
        return t.template.inserted(result.sheetNames);
      },
      t.template.failed,
    );

  const download = () =>
    run(
      t.template.downloading,
      async () => {
        const copies = hasCopies(form.kind) ? clean.copies ?? 1 : 1;
        const bytes = await host.workbookBytes(sheets(form.kind, copies), meta());
        const name = templateFileName(form.kind, clean.year!, clean.department, clean.measure, t.kinds[form.kind].label);
        host.saveFile(name, bytes);
        return t.template.downloaded(name);
      },
      t.template.failed,
    );

  return {
    form,
    update: <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) => setForm((f) => ({ ...f, [key]: value })),
    errors,
    valid,
    eraLabel,
    busy,
    outcome,
    insert: () => insert(),
    addProject: () => insert('project', 1),
    download,
  };
}

export function hasCopies(kind: SheetKind): boolean {
  return kind === 'project' || kind === 'budget-only';
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
export function templateFileName(kind: SheetKind, year: number, department: string, measure: string, kindLabel: string): string {
  const parts = [department, kindLabel, kind === 'policy' ? '' : measure, fiscalYearLabel(year)].filter(Boolean);
  return `${parts.join('_').replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;
}
