// Writes the consolidated policy report as an .xlsx: cover with contents, summary, each measure and its
// projects in order (values only, locked), budget-only tables, the list behind the totals, status, findings.
import ExcelJS from 'exceljs';
import type { PolicyReport } from '../../core/consolidate/types';
import { LAYOUTS } from '../../core/layout';
import type { Lang } from '../../core/rules/types';
import { pageSetup } from '../../core/layout/drawing';
import { applyPage, drawSheet } from '../drawSheet';
import { drawList } from './listSheet';
import { drawBudgetOnly, drawCover, drawFindings, drawStatus } from './otherSheets';
import { planSheets, type PlannedSheet } from './plan';
import { drawSummary } from './summarySheet';

export async function writeReport(report: PolicyReport, lang: Lang = 'ja'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'seika';
  const plan = planSheets(report);
  const sheets = new Map(plan.map((p) => [p, wb.addWorksheet(p.title, { views: [{ showGridLines: p.kind !== 'model' }] })]));
  // The list is drawn before the summary so the summary's formulas know its extent.
  const listLastRow = drawList(sheetOf(sheets, 'list'), report);
  for (const [p, ws] of sheets) {
    draw(p, ws, report, plan, lang, listLastRow);
    if (p.kind !== 'model') finishPage(ws, p.kind === 'summary' || p.kind === 'findings' || p.kind === 'list' ? 'landscape' : 'portrait');
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function draw(p: PlannedSheet, ws: ExcelJS.Worksheet, report: PolicyReport, plan: PlannedSheet[], lang: Lang, listLastRow: number): void {
  switch (p.kind) {
    case 'cover':
      return drawCover(ws, report, plan);
    case 'summary':
      return drawSummary(ws, report, listLastRow);
    case 'model':
      drawSheet(ws, LAYOUTS[p.sourced.sheet.kind], p.sourced.sheet, 'report');
      return;
    case 'budgetOnly':
      return drawBudgetOnly(ws, p.measure, report.reportYear);
    case 'list':
      return; // drawn first
    case 'status':
      return drawStatus(ws, report);
    case 'findings':
      return drawFindings(ws, report.findings, plan, lang);
  }
}

function sheetOf(sheets: Map<PlannedSheet, ExcelJS.Worksheet>, kind: PlannedSheet['kind']): ExcelJS.Worksheet {
  return [...sheets].find(([p]) => p.kind === kind)![1];
}

/** A4, one page wide, locked like the rest of the report (no password: it guards against slips, not people). */
function finishPage(ws: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape'): void {
  const lastCol = Math.max(1, ws.columnCount);
  applyPage(ws, pageSetup(`A1:${ws.getColumn(lastCol).letter}${Math.max(1, ws.rowCount)}`, orientation));
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
