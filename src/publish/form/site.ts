// A form format's citizens' site as files: the index, a page per group and per sheet, the style sheet and the open
// data, from its consolidated report (the same report `seika consolidate` writes).
import type { FormReport } from '../../core/consolidate/form/types';
import { formReportTitle } from '../../core/report/formDrawing';
import { siteContext } from '../blocks';
import { DATA_FILES, groupPath, sheetPath } from '../paths';
import type { PublishSettings } from '../settings';
import type { SiteFile } from '../site';
import { STYLE } from '../style';
import { formReportJson, sheetsCsv } from './openData';
import { formGroupPage, formIndexPage } from './pages';
import { formSheetPage } from './sheetPage';

export function publishFormSite(report: FormReport, settings: PublishSettings): SiteFile[] {
  const ctx = siteContext(report, settings, formReportTitle(report));
  return [
    { path: 'index.html', text: formIndexPage(ctx) },
    { path: 'style.css', text: STYLE },
    ...report.groups.flatMap((g) => [{ path: groupPath(g.key), text: formGroupPage(ctx, g) }, ...g.sheets.map((s, i) => ({ path: sheetPath(g.key, i), text: formSheetPage(ctx, g, s.sheet) }))]),
    { path: DATA_FILES.sheets, text: sheetsCsv(report, settings) },
    { path: DATA_FILES.report, text: formReportJson(report, settings) },
  ];
}
