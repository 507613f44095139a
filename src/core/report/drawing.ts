// The consolidated report's sheets, in order, as data both writers draw: the .xlsx writer (src/xlsx/report)
// and the Office writer into the open workbook (src/office/writeReportSheets). Model sheets are their
// layout's drawing in report mode (values only, locked); the report's own sheets are tables.
import { reportTitle } from '../consolidate/reportTitle';
import type { PolicyReport } from '../consolidate/types';
import { layoutFor, type Layouts } from '../layout';
import { sheetDrawing, type SheetDrawing } from '../layout/drawing';
import { reportPageSetup } from '../layout/reportPrint';
import type { Sheet } from '../model';
import type { Lang } from '../rules/types';
import { drawList } from './listSheet';
import { drawBudgetOnly, drawCover, drawFindings, drawStatus } from './otherSheets';
import { planSheets, type PlanScope, type PlannedSheet } from './plan';
import { drawSummary } from './summarySheet';
import { TableSheet, type TableDrawing } from './table';

export interface ModelDrawing {
  kind: 'model';
  title: string;
  /** The sheet as its layout draws it; its names are not written (a report is not a department's workbook). */
  drawing: SheetDrawing;
}

export type ReportSheetDrawing = ModelDrawing | TableDrawing;

const LANDSCAPE: ReadonlySet<PlannedSheet['kind']> = new Set(['summary', 'findings', 'list']);

export function reportDrawing(report: PolicyReport, lang: Lang = 'ja'): ReportSheetDrawing[] {
  return [...eachReportDrawing(report, lang)];
}

/** The sheets one at a time, each drawn when asked for: a writer that emits them in turn holds one at a time. */
export function* eachReportDrawing(report: PolicyReport, lang: Lang = 'ja', scope?: PlanScope): Generator<ReportSheetDrawing> {
  const plan = planSheets(report, scope);
  // The list is drawn before the summary so the summary's formulas know its extent.
  const list = new TableSheet(plan.find((p) => p.kind === 'list')!.title);
  const listLastRow = drawList(list, report);
  const title = reportTitle(report);
  for (const p of plan) {
    if (p.kind === 'model') {
      yield { kind: 'model', title: p.title, drawing: modelDrawing(p.sourced.sheet, title) };
      continue;
    }
    const ws = p.kind === 'list' ? list : new TableSheet(p.title);
    drawTable(p, ws, report, plan, lang, list.title, listLastRow);
    yield ws.finish(LANDSCAPE.has(p.kind) ? 'landscape' : 'portrait', title);
  }
}

/**
 * A sheet as its layout draws it (a form's from its format's layouts), printed under the report's title; a project
 * sheet or a form on one page, as the printed report has it.
 */
export function modelDrawing(sheet: Sheet, title: string, layouts?: Layouts): SheetDrawing {
  const drawing = sheetDrawing(layoutFor(sheet, layouts), sheet, 'report');
  return { ...drawing, page: reportPageSetup(drawing.page.printArea, { title, orientation: 'portrait', onePage: sheet.kind === 'project' || sheet.kind === 'form' }) };
}

function drawTable(p: Exclude<PlannedSheet, { kind: 'model' }>, ws: TableSheet, report: PolicyReport, plan: PlannedSheet[], lang: Lang, listTitle: string, listLastRow: number): void {
  switch (p.kind) {
    case 'cover':
      return drawCover(ws, report, plan);
    case 'summary':
      return drawSummary(ws, report, listTitle, listLastRow);
    case 'budgetOnly':
      return drawBudgetOnly(ws, p.measure, report.reportYear);
    case 'list':
      return; // drawn first
    case 'status':
      return drawStatus(ws, report.status);
    case 'findings':
      return drawFindings(ws, report.findings, plan, lang);
  }
}
