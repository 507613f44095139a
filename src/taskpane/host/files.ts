// The file half of every host: .xlsx reading and writing through the ExcelJS adapter, loaded lazily so the
// pane's first paint does not wait for ExcelJS (about 900 KiB) and Excel users who never open a file skip it.
import type { BuiltFormat } from '../../core/format/buildLayout';
import type { AnyReport } from '../../core/report/anyReport';
import type { Sheet } from '../../core/model';
import type { Lang } from '../../core/rules/types';
import type { WorkbookMeta, WorkbookRead } from '../../core/source';
import type { ReviewRecord } from '../../core/review/state';
import type { FileBytes } from './types';

const xlsxReader = () => import(/* webpackChunkName: "xlsx" */ '../../xlsx/readWorkbook');
const xlsxWriter = () => import(/* webpackChunkName: "xlsx" */ '../../xlsx/writeWorkbook');
const reviewWriter = () => import(/* webpackChunkName: "xlsx" */ '../../xlsx/reviewNames');
const reportWriter = () => import(/* webpackChunkName: "xlsx" */ '../../xlsx/report/writeReport');

export async function readFiles(files: FileBytes[]): Promise<WorkbookRead[]> {
  const { readWorkbook } = await xlsxReader();
  return Promise.all(files.map((f) => readWorkbook(f.bytes, f.name)));
}

export async function workbookBytes(sheets: Sheet[], meta: WorkbookMeta, format?: BuiltFormat): Promise<Uint8Array> {
  const { writeWorkbook } = await xlsxWriter();
  return writeWorkbook(sheets, meta, format);
}

export async function reportBytes(report: AnyReport, lang: Lang): Promise<Uint8Array> {
  const { writeReport } = await reportWriter();
  return writeReport(report, lang);
}

export async function reviewedCopy(bytes: Uint8Array, reviews: Array<{ sheetName: string; record: ReviewRecord }>): Promise<Uint8Array> {
  const { writeReviews } = await reviewWriter();
  return writeReviews(bytes, reviews);
}
