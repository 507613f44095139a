// The published site as files: pages, style sheet and open data, from the consolidated report (a policy's, or a
// form format's). Pure: the CLI writes the files, the pane zips them.
import { reportTitle } from '../core/consolidate/reportTitle';
import type { FormReport } from '../core/consolidate/form/types';
import type { PolicyReport } from '../core/consolidate/types';
import { siteContext } from './blocks';
import { publishFormSite } from './form/site';
import { indexPage } from './indexPage';
import { measurePage } from './measurePage';
import { indicatorsCsv, measuresCsv, projectsCsv } from './openData';
import { DATA_FILES, measurePath, projectPath } from './paths';
import { projectPage } from './projectPage';
import { publishedReport } from './reportJson';
import { DEFAULT_PUBLISH_SETTINGS, type PublishSettings } from './settings';
import { STYLE } from './style';

export interface SiteFile {
  /** Relative to the site's root, with forward slashes: `index.html`, `projects/6-1-01.html`. */
  path: string;
  text: string;
}

/** What a site is published from: a policy's report, or a form format's (src/publish/form). */
export type PublishableReport = PolicyReport | FormReport;

export function publishSite(report: PublishableReport, settings: PublishSettings = DEFAULT_PUBLISH_SETTINGS): SiteFile[] {
  return 'kind' in report ? publishFormSite(report, settings) : policySite(report, settings);
}

function policySite(report: PolicyReport, settings: PublishSettings): SiteFile[] {
  const ctx = siteContext(report, settings, reportTitle(report));
  return [
    { path: 'index.html', text: indexPage(ctx) },
    { path: 'style.css', text: STYLE },
    ...report.measures.flatMap((m) => [
      { path: measurePath(m), text: measurePage(ctx, m) },
      // Budget-only projects after the others, numbered on: the order of the printed report and of projects.csv.
      ...[...m.projects, ...m.budgetOnly].map((p, i) => ({ path: projectPath(m, i), text: projectPage(ctx, m, p.sheet) })),
    ]),
    { path: DATA_FILES.projects, text: projectsCsv(report, settings) },
    { path: DATA_FILES.indicators, text: indicatorsCsv(report, settings) },
    { path: DATA_FILES.measures, text: measuresCsv(report, settings) },
    { path: DATA_FILES.report, text: `${JSON.stringify(publishedReport(report, settings, ctx.siteTitle), null, 2)}\n` },
  ];
}
