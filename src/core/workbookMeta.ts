// The workbook-level constants seika writes (which format, year and department a workbook is for), so that
// export gives back what fill took and check knows the format; written and read the same way by the .xlsx and
// Office adapters.
import { KOMORO } from './format/builtin';
import { parseNameRef, stringConstant } from './nameRef';
import type { FormatStamp, WorkbookMeta } from './source';

export const META_NAMES = { format: 'SeikaFormat', reportYear: 'SeikaReportYear', department: 'SeikaDepartment' } as const;

/** The format every workbook seika writes follows today: the built-in one its layouts are built from. */
export const WRITTEN_FORMAT: FormatStamp = { id: KOMORO.id, version: KOMORO.version };

/** `komoro/1`: how a format and its version are written in the SeikaFormat name and shown in findings. */
export function stampText(stamp: FormatStamp): string {
  return `${stamp.id}/${stamp.version}`;
}

/** True when a workbook recording `stamp` (or nothing: written before formats were recorded) follows `format`. */
export function stampFits(stamp: FormatStamp | undefined, format: FormatStamp): boolean {
  return !stamp || (stamp.id === format.id && stamp.version <= format.version);
}

/** The names to define, each with its formula text without the leading = (Office.js adds it). The format is always
 * the one the sheets are drawn in (`drawnIn`), whatever workbook the meta came from (a roll-over of an older one). */
export function metaConstants(meta: WorkbookMeta | undefined, drawnIn: FormatStamp = WRITTEN_FORMAT): Array<{ name: string; formula: string }> {
  return [
    { name: META_NAMES.format, formula: stringConstant(stampText(drawnIn)) },
    ...(meta?.reportYear !== undefined ? [{ name: META_NAMES.reportYear, formula: String(meta.reportYear) }] : []),
    ...(meta?.department ? [{ name: META_NAMES.department, formula: stringConstant(meta.department) }] : []),
  ];
}

/** `komoro/1` → its id and version; anything else (a name typed by hand) is kept whole as the id, version 0. */
export function stampOf(text: string): FormatStamp {
  const m = /^(.+)\/(\d+)$/.exec(text);
  return m ? { id: m[1], version: Number(m[2]) } : { id: text, version: 0 };
}

/** The meta a workbook states, given the formula of each workbook-level name (with or without the =). */
export function metaFromNames(formulaOf: (name: string) => string | undefined): WorkbookMeta {
  const year = Number(formulaOf(META_NAMES.reportYear)?.replace(/^=/, ''));
  const department = parseNameRef(formulaOf(META_NAMES.department) ?? '');
  const format = parseNameRef(formulaOf(META_NAMES.format) ?? '');
  return {
    ...('constant' in format && format.constant ? { format: stampOf(format.constant) } : {}),
    reportYear: Number.isInteger(year) && year > 0 ? year : undefined,
    department: 'constant' in department ? department.constant : undefined,
  };
}
