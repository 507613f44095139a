// Draws model sheets (blank templates or filled sheets) on new worksheets of the open workbook, as the .xlsx
// adapter draws them: values, merges, looks, drop-downs, the live gap row, print setup, sheet-scoped names,
// protection. One sync to learn the existing tab names, then one per batch of sheets below 4 MB.
/// <reference types="office-js" />
import { colLetters, parseRange } from '../core/cells';
import type { BuiltFormat } from '../core/format/buildLayout';
import { layoutFor } from '../core/layout';
import { COLORS, sheetDrawing, topLeft, type CellLook, type DrawMode, type DrawnCell, type PageSetup, type ProtectionSetup, type SheetDrawing } from '../core/layout/drawing';
import type { Sheet, Value } from '../core/model';
import { uniqueTitles } from '../core/sheetTitle';
import type { WorkbookMeta } from '../core/source';
import { metaConstants } from '../core/workbookMeta';
import { REQUEST_BUDGET_BYTES, withExcel } from './excel';

export interface InsertOptions {
  /** `template` (default): inputs unlocked with drop-downs; `report`: every cell locked. */
  mode?: DrawMode;
  /** Workbook-level SeikaFormat / SeikaReportYear / SeikaDepartment, added when the workbook has none yet. */
  meta?: WorkbookMeta;
  /** Show the first new sheet (default true). */
  activate?: boolean;
  /** Join the caller's context instead of a new Excel.run (tests pass their mock's). */
  context?: Excel.RequestContext;
  /** Request size to stay under; Excel on the web refuses requests over 5 MB. */
  budgetBytes?: number;
  /** The format the sheets are drawn in, and recorded as SeikaFormat (absent: the built-in one). */
  format?: BuiltFormat;
}

export interface InsertResult {
  /** The tab names given to the new sheets, in order. */
  sheetNames: string[];
  /** context.sync() calls made: 1 + the number of batches. */
  syncs: number;
}


export function insertTemplateSheet(sheet: Sheet, opts: InsertOptions = {}): Promise<InsertResult> {
  return insertSheets([sheet], { ...opts, mode: 'template' });
}

export async function insertSheets(sheets: Sheet[], opts: InsertOptions = {}): Promise<InsertResult> {
  const drawings = sheets.map((s) => sheetDrawing(layoutFor(s, opts.format?.layouts), s, opts.mode ?? 'template'));
  const batches = planBatches(drawings.map(estimateRequestBytes), opts.budgetBytes ?? REQUEST_BUDGET_BYTES);
  return withExcel(opts.context, async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const workbookNames = context.workbook.names.load('items/name');
    await context.sync();
    let syncs = 1;

    const titles = uniqueTitles(sheets, worksheets.items.map((ws) => ws.name));
    const added: Excel.Worksheet[] = [];
    for (const [b, batch] of batches.entries()) {
      for (const i of batch) added.push(drawOn(worksheets.add(titles[i]), drawings[i]));
      if (b === batches.length - 1) {
        queueMeta(context.workbook.names, new Set(workbookNames.items.map((n) => n.name)), opts.meta, opts.format);
        if (opts.activate !== false && added.length > 0) added[0].activate();
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch below 4 MB, not per sheet: Excel on the web refuses larger requests
      await context.sync();
      syncs++;
    }
    return { sheetNames: titles, syncs };
  });
}

/** Consecutive sheets grouped so each group's estimated request stays under the budget (a sheet over it goes alone). */
export function planBatches(sizes: number[], budget: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  sizes.forEach((size, i) => {
    if (current.length > 0 && bytes + size > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += size;
  });
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

/**
 * A generous estimate of the bytes Office.js sends to draw one sheet: every queued object path or action is
 * about 100–150 bytes of JSON, counted here as 300, plus the text written.
 */
export function estimateRequestBytes(d: SheetDrawing): number {
  const looks = groupLooks(d.cells).size;
  const validations = d.cells.filter((c) => c.kind === 'field' && c.validation).length;
  const highlights = d.cells.filter((c) => c.kind === 'formula' && c.highlightNonZero).length;
  const operations =
    20 + // sheet, gridlines, print setup, protection
    d.columnWidths.length * 3 +
    d.rowHeights.length * 3 +
    d.merges.length * 2 +
    looks * 30 +
    d.cells.length * 2 + // number formats and values
    validations * 5 +
    highlights * 9 +
    d.names.length * 3;
  const text = JSON.stringify(valueMatrix(d)).length * 2 + d.names.reduce((n, x) => n + x.name.length + 40, 0);
  return operations * 300 + text;
}

/**
 * Queues the whole drawing on a new worksheet; protection comes last, as a protected sheet refuses the writes
 * before it. A report's copy of a sheet leaves its names out (`withNames` false): a report is no department's workbook.
 */
export function drawOn(ws: Excel.Worksheet, d: SheetDrawing, withNames = true): Excel.Worksheet {
  ws.showGridlines = d.showGridLines;
  d.columnWidths.forEach((width, i) => {
    const col = colLetters(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(width);
  });
  for (const { row, height } of d.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const range of d.merges) ws.getRange(range).merge(false);
  for (const [look, ranges] of groupLooks(d.cells)) applyLook(ws.getRanges(ranges.join(',')).format, look);
  // Names before the formulas, so that the review cell's formula is bound to the sheet's own SeikaReview* names.
  for (const name of withNames ? d.names : []) {
    if ('constant' in name) ws.names.add(name.name, `=${name.constant}`);
    else ws.names.add(name.name, ws.getRange(name.address));
  }
  const block = ws.getRange(d.extent);
  block.numberFormat = numberFormatMatrix(d);
  block.formulas = valueMatrix(d);
  for (const cell of d.cells) {
    if (cell.kind === 'field' && cell.validation) {
      const dv = ws.getRange(cell.range).dataValidation;
      dv.ignoreBlanks = true;
      dv.rule = { list: { inCellDropDown: true, source: cell.validation.values.join(',') } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: cell.validation.errorTitle, message: cell.validation.error };
    }
    if (cell.kind === 'formula' && cell.highlightNonZero) {
      const cf = ws.getRange(cell.range).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${topLeft(cell.range)}<>0`;
      cf.custom.format.fill.color = COLORS.warningFill;
      cf.custom.format.font.bold = true;
      cf.custom.format.font.color = COLORS.warningFont;
    }
  }
  queuePage(ws, d.page);
  queueProtection(ws, d.protection);
  return ws;
}

export function queuePage(ws: Excel.Worksheet, p: PageSetup): void {
  const page = ws.pageLayout;
  page.setPrintArea(p.printArea);
  page.paperSize = 'A4';
  page.orientation = p.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  page.centerHorizontally = p.centerHorizontally;
  // The height only when the sheet must fit one page; else Excel takes as many pages as needed (fitToHeight 0).
  page.zoom = { horizontalFitToPages: p.fitToWidth, ...(p.fitToHeight ? { verticalFitToPages: p.fitToHeight } : {}) };
  if (p.printTitleRows) page.setPrintTitleRows(p.printTitleRows.replace(/(\d+)/g, '$$$1'));
  const centre = (codes: string) => codes.replace(/^&C/, '');
  if (p.header) page.headersFooters.defaultForAllPages.centerHeader = centre(p.header);
  if (p.footer) page.headersFooters.defaultForAllPages.centerFooter = centre(p.footer);
  const inch = 72;
  page.leftMargin = p.margins.left * inch;
  page.rightMargin = p.margins.right * inch;
  page.topMargin = p.margins.top * inch;
  page.bottomMargin = p.margins.bottom * inch;
  page.headerMargin = p.margins.header * inch;
  page.footerMargin = p.margins.footer * inch;
}

export function queueProtection(ws: Excel.Worksheet, p: ProtectionSetup): void {
  ws.protection.protect({ allowFormatColumns: p.allowFormatColumns, allowFormatRows: p.allowFormatRows, allowInsertRows: p.allowInsertRows });
}

function queueMeta(names: Excel.NamedItemCollection, existing: Set<string>, meta: WorkbookMeta | undefined, format: BuiltFormat | undefined): void {
  for (const c of metaConstants(meta, format?.stamp)) if (!existing.has(c.name)) names.add(c.name, `=${c.formula}`);
}

/** Cells sharing a look, so each look is applied once to all its ranges (RangeAreas) rather than range by range. */
function groupLooks(cells: DrawnCell[]): Map<CellLook, string[]> {
  const byKey = new Map<string, { look: CellLook; ranges: string[] }>();
  for (const c of cells) {
    const key = JSON.stringify(c.look);
    const group = byKey.get(key) ?? { look: c.look, ranges: [] };
    group.ranges.push(c.range);
    byKey.set(key, group);
  }
  return new Map([...byKey.values()].map((g) => [g.look, g.ranges]));
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;

export function applyLook(format: Excel.RangeFormat, look: CellLook): void {
  format.font.name = look.font.name;
  format.font.size = look.font.size;
  format.font.bold = look.font.bold;
  if (look.font.color) format.font.color = look.font.color;
  if (look.font.underline) format.font.underline = 'Single';
  if (look.fill) format.fill.color = look.fill;
  if (look.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = COLORS.border;
    }
  }
  if (look.horizontal) format.horizontalAlignment = HORIZONTAL[look.horizontal];
  if (look.vertical) format.verticalAlignment = VERTICAL[look.vertical];
  format.wrapText = look.wrap ?? false;
  format.protection.locked = look.locked;
}

/** The values of the whole A1:H{lastRow} block: null leaves a cell alone (Office.js), so one write fills every cell. */
export function valueMatrix(d: SheetDrawing): Array<Array<string | number | null>> {
  return blockMatrix(d, (cell) => {
    if (cell.kind === 'formula') return `=${cell.formula}`;
    if (cell.kind === 'label') return cell.value === '' ? null : cell.value;
    return cellInput(cell.value);
  });
}

function numberFormatMatrix(d: SheetDrawing): Array<Array<string | null>> {
  return blockMatrix(d, (cell) => cell.look.numberFormat ?? null);
}

function blockMatrix<T>(d: SheetDrawing, valueOf: (cell: DrawnCell) => T | null): Array<Array<T | null>> {
  const { to } = parseRange(d.extent);
  const rows: Array<Array<T | null>> = Array.from({ length: to.row }, () => Array<T | null>(to.col).fill(null));
  for (const cell of d.cells) {
    const { from } = parseRange(cell.range);
    rows[from.row - 1][from.col - 1] = valueOf(cell);
  }
  return rows;
}

/**
 * A model value as Excel should store it. Text goes in behind an apostrophe, so Excel keeps it as typed:
 * never a formula (=, +, -), a number ("1,000"), or a date ("6-1" would become 1 June).
 */
export function cellInput(value: Value): string | number | null {
  if (value === null || value === '') return null;
  return typeof value === 'number' ? value : `'${value}`;
}

/** ExcelJS's column width (characters of the default font's digit, 7 px at 96 dpi) as Office.js points. */
export function columnWidthPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}
