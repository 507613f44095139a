// Tells the report workbook seika wrote from a department's workbook: it has the report's own tabs (表紙, 集計,
// 事業費一覧, 提出状況, 指摘事項), a city's report behind each policy's prefix. Publishing needs the departments' workbooks, which the report only summarises.
import { FIXED_TITLES } from '../../core/report/plan';
import { loadJsZip } from '../lazyLibraries';
import { workbookParts } from '../workbookParts';

/** Call it on a file readWorkbook accepted (its zip is within the size limits). */
export async function isReportWorkbook(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await (await loadJsZip()).loadAsync(bytes);
    const names = new Set(workbookParts((await zip.file('xl/workbook.xml')?.async('string')) ?? '', '').sheets.map((s) => s.name));
    // A policy's report has them as they are; a city's has 市全体 and each policy's behind its prefix (政策6 表紙).
    const prefixes = [...names].filter((n) => n.endsWith(FIXED_TITLES.cover)).map((n) => n.slice(0, -FIXED_TITLES.cover.length));
    return prefixes.some((prefix) => Object.values(FIXED_TITLES).every((t) => names.has(prefix + t)));
  } catch {
    return false;
  }
}
