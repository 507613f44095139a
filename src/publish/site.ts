// The published site as files: pages, style sheet and open data, from the consolidated report. Pure: the CLI
// writes the files, the pane zips them.
import { reportTitle } from '../core/consolidate/reportTitle';
import type { PolicyReport } from '../core/consolidate/types';
import type { SiteContext } from './blocks';
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

export function publishSite(report: PolicyReport, settings: PublishSettings = DEFAULT_PUBLISH_SETTINGS): SiteFile[] {
  const ctx: SiteContext = { report, settings, siteTitle: reportTitle(report), publisher: `${settings.prefecture}${settings.localGovernmentName}` };
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
