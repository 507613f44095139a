// Any report seika consolidates, and its sheets' drawings in order: what both writers (the .xlsx one and the
// Office one) draw, so neither knows which kind of report it writes.
import type { CityReport } from '../consolidate/city';
import type { FormReport } from '../consolidate/form/types';
import type { PolicyReport } from '../consolidate/types';
import type { Lang } from '../rules/types';
import { eachCityDrawing } from './cityDrawing';
import { eachReportDrawing, type ReportSheetDrawing } from './drawing';
import { eachFormDrawing } from './formDrawing';

/** A policy's report, the city's (市全体 then every policy's sheets), or a form format's (per group and the whole). */
export type AnyReport = PolicyReport | CityReport | FormReport;

export function eachDrawingOf(report: AnyReport, lang: Lang = 'ja'): Iterable<ReportSheetDrawing> {
  if ('policies' in report) return eachCityDrawing(report, lang);
  if ('kind' in report) return eachFormDrawing(report, lang);
  return eachReportDrawing(report, lang);
}
