// One report sheet's part (xl/worksheets/sheetN.xml) from its drawing (src/core/report), as strings in order:
// the sheet's head, then its rows one by one, then merges, the 差額 highlight, protection and print setup. A table
// sheet's rows are written as its cells come (a city's 事業費一覧 has tens of thousands); a model sheet's few dozen
// rows follow its layout's grid, planned once, as its drawing lists labels, fields and formulas apart.
import { colLetters, parseRange } from '../../core/cells';
import { fitCell } from '../../core/cellText';
import { topLeft, type DrawnCell, type PageSetup, type ProtectionSetup, type SheetDrawing } from '../../core/layout/drawing';
import type { Layout } from '../../core/layout/types';
import type { ReportSheetDrawing } from '../../core/report/drawing';
import { isLink, linkFormula, type ReportCell } from '../../core/report/table';
import { escapeXmlAttribute } from '../definedNames';
import { ReportStyles, WARNING_DXF_ID } from './styleSheet';

type CellValue = string | number | null | { formula: string; result: number | string };

interface Cell {
  col: number;
  style: number;
  value: CellValue;
}

interface Row {
  row: number;
  height?: number;
  cells: Cell[];
}

/** What every sheet part says of itself, whichever kind of sheet it is. */
interface SheetFrame {
  columnWidths: number[];
  showGridLines: boolean;
  page: PageSetup;
  protection: ProtectionSetup;
  merges: string[];
  /** Ranges that turn red when not zero. */
  highlights: string[];
}

export function* sheetXml(d: ReportSheetDrawing, styles: ReportStyles): Generator<string> {
  const frame: SheetFrame =
    d.kind === 'model'
      ? { ...d.drawing, highlights: d.drawing.cells.filter((c) => c.kind === 'formula' && c.highlightNonZero).map((c) => c.range) }
      : { ...d, merges: [], highlights: [] };
  yield head(frame);
  if (d.kind === 'model') yield* modelRowsXml(d.drawing, styles);
  else for (const row of tableRows(d.cells, styles)) yield rowXml(row);
  yield tail(frame);
}

function head(f: SheetFrame): string {
  const cols = f.columnWidths.map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '')).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${f.page.printArea}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${f.showGridLines ? '' : ' showGridLines="0"'}/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
}

function tail(f: SheetFrame): string {
  const p = f.protection;
  const allowed = [p.allowFormatColumns && ' formatColumns="0"', p.allowFormatRows && ' formatRows="0"', p.allowInsertRows && ' insertRows="0"'].filter(Boolean).join('');
  const merges = f.merges.length ? `<mergeCells count="${f.merges.length}">${f.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const highlights = f.highlights.map((r) => `<conditionalFormatting sqref="${r}"><cfRule type="expression" dxfId="${WARNING_DXF_ID}" priority="1"><formula>${topLeft(r)}&lt;&gt;0</formula></cfRule></conditionalFormatting>`);
  return `</sheetData><sheetProtection sheet="1"${allowed}/>${merges}${highlights.join('')}${pageXml(f.page)}</worksheet>`;
}

function pageXml(page: PageSetup): string {
  const m = page.margins;
  const headerFooter = page.header || page.footer ? `<headerFooter>${page.header ? `<oddHeader>${xmlText(page.header)}</oddHeader>` : ''}${page.footer ? `<oddFooter>${xmlText(page.footer)}</oddFooter>` : ''}</headerFooter>` : '';
  return (
    (page.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight ?? 0}"/>${headerFooter}`
  );
}

/** A table's cells come sorted by row, then column. */
function* tableRows(cells: ReportCell[], styles: ReportStyles): Generator<Row> {
  let row: Row | undefined;
  for (const c of cells) {
    if (row?.row !== c.row) {
      if (row) yield row;
      row = { row: c.row, cells: [] };
    }
    const value: CellValue = isLink(c.value) ? { formula: linkFormula(c.value.link.sheet, c.value.link.cell, c.value.text), result: c.value.text } : c.value;
    row.cells.push({ col: c.col, style: styles.styleOf(c.look), value });
  }
  if (row) yield row;
}

/**
 * A model sheet's cell: its opening tag (reference and style, the same on every sheet of the layout), which of the
 * drawing's cells gives its value (-1: none, inside a merge), and the last value written there with its XML: a label's
 * value, and many a field's, is the same on sheet after sheet, so its XML is built once.
 */
interface PlannedCell {
  col: number;
  open: string;
  source: number;
  last?: { value: string | number | null; xml: string };
}

interface PlannedRow {
  row: number;
  open: string;
  cells: PlannedCell[];
}

/**
 * Every sheet of a layout has the same cells, looks and merges in report mode; only the values differ. The grid is
 * planned once per layout (per writer, whose style indices it holds) and each sheet fills in its values.
 */
const PLANS = new WeakMap<ReportStyles, Map<Layout, { cells: number; rows: PlannedRow[] }>>();

function* modelRowsXml(d: SheetDrawing, styles: ReportStyles): Generator<string> {
  const plans = PLANS.get(styles) ?? PLANS.set(styles, new Map()).get(styles)!;
  let plan = plans.get(d.layout);
  if (plan?.cells !== d.cells.length) plans.set(d.layout, (plan = { cells: d.cells.length, rows: planRows(d, styles) }));
  for (const r of plan.rows) {
    let xml = r.open;
    for (const c of r.cells) xml += plannedCellXml(c, c.source < 0 ? null : drawnValue(d.cells[c.source]));
    yield `${xml}</row>`;
  }
}

function plannedCellXml(c: PlannedCell, value: CellValue): string {
  if (value !== null && typeof value === 'object') return cellXml(c.open, value);
  if (c.last?.value !== value) c.last = { value, xml: cellXml(c.open, value) };
  return c.last.xml;
}

/** Every cell of a merged range carries its look (its borders show); the value sits in the top-left cell. */
function planRows(d: SheetDrawing, styles: ReportStyles): PlannedRow[] {
  const rows = new Map<number, Map<number, PlannedCell>>();
  const at = (row: number) => rows.get(row) ?? rows.set(row, new Map()).get(row)!;
  d.cells.forEach((drawn, source) => {
    const style = styles.styleOf(drawn.look);
    const { from, to } = rangeOf(drawn.range);
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) at(r).set(c, { col: c, open: cellOpen(c, r, style), source: -1 });
    at(from.row).set(from.col, { col: from.col, open: cellOpen(from.col, from.row, style), source });
  });
  const heights = new Map(d.rowHeights.map((h) => [h.row, h.height]));
  for (const row of heights.keys()) at(row);
  return [...rows.keys()].sort((a, b) => a - b).map((row) => ({ row, open: rowOpen(row, heights.get(row)), cells: [...rows.get(row)!.values()].sort((a, b) => a.col - b.col) }));
}

/** Every model sheet of a kind has the same ranges: each is parsed once. */
const RANGES = new Map<string, ReturnType<typeof parseRange>>();

function rangeOf(range: string): ReturnType<typeof parseRange> {
  let parsed = RANGES.get(range);
  if (!parsed) RANGES.set(range, (parsed = parseRange(range)));
  return parsed;
}

function drawnValue(drawn: DrawnCell): CellValue {
  switch (drawn.kind) {
    case 'formula':
      return { formula: drawn.formula, result: drawn.result };
    case 'field':
      // Department text is always text, never a formula, and cut to what a cell holds.
      return typeof drawn.value === 'string' ? fitCell(drawn.value) : drawn.value;
    case 'label':
      return drawn.value;
  }
}

function rowXml(row: Row): string {
  let xml = rowOpen(row.row, row.height);
  for (const c of row.cells) xml += cellXml(cellOpen(c.col, row.row, c.style), c.value);
  return `${xml}</row>`;
}

function rowOpen(row: number, height: number | undefined): string {
  return `<row r="${row}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
}

/** A cell's tag up to its type: `<c r="B3" s="5"`. */
function cellOpen(col: number, row: number, style: number): string {
  return `<c r="${columnName(col)}${row}" s="${style}"`;
}

/** Strings are written inline: no shared-strings table to hold for the whole report, and both Excel and LibreOffice read them. */
function cellXml(open: string, value: CellValue): string {
  if (value === null) return `${open}/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `${open}><v>${value}</v></c>` : `${open}/>`;
  if (typeof value === 'string') return `${open} t="inlineStr"><is>${textElement(value)}</is></c>`;
  const text = typeof value.result === 'string';
  const result = text ? xmlText(value.result as string) : Number.isFinite(value.result) ? String(value.result) : '';
  return `${open}${text ? ' t="str"' : ''}><f>${xmlText(value.formula)}</f>${result === '' ? '' : `<v>${result}</v>`}</c>`;
}

function textElement(text: string): string {
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;
}

// XML 1.0 has no place for most control characters: they are left out, as ExcelJS did.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
/** Any character either step changes: most texts have none, and one scan for it is cheaper than the two replaces. */
const CHANGED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF&<>"]/;

export function xmlText(text: string): string {
  if (!CHANGED.test(text)) return text;
  return escapeXmlAttribute(text.replace(NOT_XML, ''));
}

const COLUMN_NAMES: string[] = [];

function columnName(col: number): string {
  return (COLUMN_NAMES[col] ??= colLetters(col));
}
