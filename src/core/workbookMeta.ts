// The workbook-level constants seika writes (which year and department a workbook is for), so that
// export gives back what fill took; written and read the same way by the .xlsx and Office adapters.
import { parseNameRef } from './nameRef';
import type { WorkbookMeta } from './source';

export const META_NAMES = { reportYear: 'SeikaReportYear', department: 'SeikaDepartment' } as const;

/** The names to define, each with its formula text without the leading = (Office.js adds it). */
export function metaConstants(meta: WorkbookMeta | undefined): Array<{ name: string; formula: string }> {
  return [
    ...(meta?.reportYear !== undefined ? [{ name: META_NAMES.reportYear, formula: String(meta.reportYear) }] : []),
    ...(meta?.department ? [{ name: META_NAMES.department, formula: `"${meta.department.replace(/"/g, '""')}"` }] : []),
  ];
}

/** The meta a workbook states, given the formula of each workbook-level name (with or without the =). */
export function metaFromNames(formulaOf: (name: string) => string | undefined): WorkbookMeta {
  const year = Number(formulaOf(META_NAMES.reportYear)?.replace(/^=/, ''));
  const department = parseNameRef(formulaOf(META_NAMES.department) ?? '');
  return {
    reportYear: Number.isInteger(year) && year > 0 ? year : undefined,
    department: 'constant' in department ? department.constant : undefined,
  };
}
