// A form format's report as drawings both writers draw: 集計 (the whole: each group's and the total's figures,
// each group linked to its sheet), a sheet per group (施策), the list the formulas sum over, 提出状況 and 指摘事項.
import type { FormGroup, FormReport } from '../consolidate/form/types';
import { fiscalYearLabel } from '../era';
import { rulesOf } from '../format/definitionRules';
import { countBySeverity } from '../findings/text';
import type { Lang } from '../rules/types';
import { preferredTitle, titleAllocator } from '../sheetTitle';
import { builtFormat } from '../format/buildLayout';
import { modelDrawing, type ReportSheetDrawing } from './drawing';
import { drawAchievement, drawCounts, drawFormList, groupCells, groupColumns, drawListings, drawTotals, type ListRef, type Section } from './formTables';
import { drawFindings, drawStatus } from './otherSheets';
import { FIXED_TITLES, type PlannedSheet } from './plan';
import { TableSheet, type TableCell } from './table';

export const FORM_TITLES = { summary: FIXED_TITLES.summary, list: '集計のもと', status: FIXED_TITLES.status, findings: FIXED_TITLES.findings } as const;
export const WHOLE_LABEL = '計';

export function formReportTitle(report: FormReport): string {
  return `${fiscalYearLabel(report.reportYear)} ${report.definition.name.ja}`;
}

type ModelTab = Extract<PlannedSheet, { kind: 'model' }>;

/** Each group's tab, then its sheets' tabs (their 事務事業名), all names taken from one allocator. */
function planTabs(report: FormReport): { groups: string[]; sheets: ModelTab[][] } {
  const allocate = titleAllocator(Object.values(FORM_TITLES));
  const groups: string[] = [];
  const sheets = report.groups.map((g) => {
    groups.push(allocate(`${report.groupLabel}${g.key}`));
    return g.sheets.map((sourced): ModelTab => ({ kind: 'model', title: allocate(preferredTitle(sourced.sheet)), sourced }));
  });
  return { groups, sheets };
}

/** How many sheets the report has: 集計, each group's sheet and its sheets' tabs, 集計のもと, 提出状況, 指摘事項. */
export function formSheetCount(report: FormReport): number {
  return Object.keys(FORM_TITLES).length + report.groups.reduce((n, g) => n + 1 + g.sheets.length, 0);
}

export function* eachFormDrawing(report: FormReport, lang: Lang = 'ja'): Generator<ReportSheetDrawing> {
  const title = formReportTitle(report);
  const { layouts } = builtFormat(report.definition);
  const tabs = planTabs(report);
  // The list is drawn first so the formulas know its extent.
  const listSheet = new TableSheet(FORM_TITLES.list);
  const list = drawFormList(listSheet, report, report.groupLabel);
  yield summary(report, tabs.groups, list).finish('landscape', title);
  for (const [i, g] of report.groups.entries()) {
    yield groupSheet(report, g, tabs.groups[i], tabs.sheets[i], list).finish('landscape', title);
    for (const p of tabs.sheets[i]) yield { kind: 'model', title: p.title, drawing: modelDrawing(p.sourced.sheet, title, layouts) };
  }
  yield listSheet.finish('landscape', title);
  const status = new TableSheet(FORM_TITLES.status);
  drawStatus(status, report.status, false);
  yield status.finish('landscape', title);
  const findings = new TableSheet(FORM_TITLES.findings);
  drawFindings(findings, report.findings, tabs.sheets.flat(), lang, new Map(rulesOf(report.definition).map((r) => [r.id, r])), layouts);
  yield findings.finish('landscape', title);
}

function section(g: FormGroup): Section {
  return { label: g.key, name: g.name, key: g.key, figures: g.figures };
}

function summary(report: FormReport, groupTitles: string[], list: ListRef): TableSheet {
  const ws = new TableSheet(FORM_TITLES.summary);
  ws.heading(1, `${formReportTitle(report)} 集計`, 'title');
  const errors = countBySeverity(report.findings).error;
  ws.text(2, `${report.groupLabel} ${report.groups.length}、事務事業 ${report.whole.sheets} 件、提出ブック ${report.status.files.length} 件、指摘 ${report.findings.length} 件（うちエラー ${errors} 件）。seika で集約。`);
  const links: TableCell[][] = report.groups.map((g, i) => [...groupCells(report, { label: { link: { sheet: groupTitles[i], cell: 'A1' }, text: groupTitles[i] }, name: g.name }), g.figures.sheets]);
  let row = ws.table(4, [...groupColumns(report), { header: '事務事業数', width: 10 }], links) + 1;
  const sections = [...report.groups.map((g) => section(g)), { label: WHOLE_LABEL, name: null, figures: report.whole }];
  row = drawTotals(ws, row, report, sections, list);
  row = drawCounts(ws, row, report, sections, list);
  row = drawAchievement(ws, row, report, sections, false);
  drawListings(ws, row, report, report.whole);
  return ws;
}

function groupSheet(report: FormReport, g: FormGroup, title: string, tabs: ModelTab[], list: ListRef): TableSheet {
  const ws = new TableSheet(title);
  ws.heading(1, `${report.groupLabel}${g.key} ${g.name ?? ''}`.trim(), 'title');
  ws.text(2, `事務事業 ${g.figures.sheets} 件`);
  let row = drawTotals(ws, 4, report, [section(g)], list);
  row = drawCounts(ws, row, report, [section(g)], list);
  row = drawAchievement(ws, row, report, [section(g)], true);
  row = drawListings(ws, row, report, g.figures);
  ws.heading(row, '事務事業');
  const rows: TableCell[][] = tabs.map((p) => [{ link: { sheet: p.title, cell: 'A1' }, text: p.title }, p.sourced.origin.department, p.sourced.origin.file.split(/[\\/]/).pop() ?? p.sourced.origin.file, p.sourced.origin.sheet]);
  ws.table(row + 1, [{ header: '事務事業', width: 28 }, { header: '所管課', width: 14 }, { header: 'ファイル', width: 24 }, { header: '元のシート', width: 20 }], rows);
  return ws;
}
