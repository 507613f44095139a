// The report's own sheets (cover, summary, lists, status, findings) as plain data: headings and bordered
// tables of values, formulas with their cached results and internal links, with column widths. Both the
// .xlsx writer and the Office writer draw what this builds. Department text is always text.
import { colLetters } from '../cells';
import { fitCell } from '../cellText';
import { labelLook, sharedLook, TEMPLATE_FONT, type CellLook, type PageSetup, type ProtectionSetup } from '../layout/drawing';
import { reportPageSetup } from '../layout/reportPrint';

export type TableCell =
  | string
  | number
  | null
  | { formula: string; result: number | string }
  | { link: { sheet: string; cell: string }; text: string };

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

/** One cell of a report table sheet: 1-based position, what it holds, how it looks. */
export interface ReportCell {
  row: number;
  col: number;
  value: TableCell;
  look: CellLook;
}

export interface TableDrawing {
  kind: 'table';
  title: string;
  /** Column widths in characters from column A (0 = not set). */
  columnWidths: number[];
  cells: ReportCell[];
  showGridLines: true;
  page: PageSetup;
  protection: ProtectionSetup;
}

/** Blue underlined text, as Excel shows a link. */
export const LINK_COLOR = '#0563C1';

const BODY_FONT = { name: TEMPLATE_FONT, size: 10, bold: false };

/** A column's two looks (text, link), built once: a city's 事業費一覧 has tens of thousands of cells of a few columns. */
const BODY_LOOKS = new WeakMap<Column, { text: CellLook; link: CellLook }>();
const NO_COLUMN: Column = { header: '', width: 0 };

function bodyLook(column: Column | undefined, value: TableCell): CellLook {
  const key = column ?? NO_COLUMN;
  const looks = BODY_LOOKS.get(key) ?? BODY_LOOKS.set(key, { text: columnLook(column, false), link: columnLook(column, true) }).get(key)!;
  return isLink(value) ? looks.link : looks.text;
}

function columnLook(column: Column | undefined, link: boolean): CellLook {
  return sharedLook({
    font: link ? { ...BODY_FONT, color: LINK_COLOR, underline: true } : BODY_FONT,
    border: true,
    locked: true,
    vertical: 'top',
    wrap: column?.wrap ?? false,
    ...(column?.numFmt ? { numberFormat: column.numFmt } : {}),
  });
}

const SECTION_LOOK: CellLook = { font: { name: TEMPLATE_FONT, size: 11, bold: true }, border: false, locked: true };
const TEXT_LOOK: CellLook = { font: BODY_FONT, border: false, locked: true };

export function isLink(v: TableCell): v is { link: { sheet: string; cell: string }; text: string } {
  return v !== null && typeof v === 'object' && 'link' in v;
}

/** Collects one table sheet's cells and widths, then finishes it with its page and protection. */
export class TableSheet {
  private readonly cells = new Map<string, ReportCell>();
  private readonly widths: number[] = [];
  /** The header row of each table, for the rows printed again on every page. */
  private readonly headerRows: number[] = [];

  constructor(readonly title: string) {}

  /** Writes a table from `top` (its header row) and returns the row after it. */
  table(top: number, columns: Column[], rows: TableCell[][]): number {
    this.headerRows.push(top);
    columns.forEach((c, i) => {
      this.widths[i] = Math.max(this.widths[i] ?? 0, c.width);
      this.put(top, i + 1, c.header, labelLook('label'));
    });
    rows.forEach((row, r) => row.forEach((value, i) => this.put(top + 1 + r, i + 1, value, bodyLook(columns[i], value))));
    return top + 1 + rows.length;
  }

  heading(row: number, text: string, style: 'title' | 'section' = 'section'): void {
    this.put(row, 1, text, style === 'title' ? labelLook('title') : SECTION_LOOK);
  }

  text(row: number, text: string): void {
    this.put(row, 1, text, TEXT_LOOK);
  }

  /** A sheet of one table repeats its title and header on every page; a sheet of several repeats its title only. */
  finish(orientation: PageSetup['orientation'], reportTitle: string): TableDrawing {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const { rows: lastRow, cols: lastCol } = extentOf(cells);
    return {
      kind: 'table',
      title: this.title,
      columnWidths: Array.from({ length: this.widths.length }, (_, i) => this.widths[i] ?? 0),
      cells,
      showGridLines: true,
      page: reportPageSetup(`A1:${colLetters(lastCol)}${lastRow}`, { title: reportTitle, orientation, headerRowsTo: this.headerRows.length === 1 ? this.headerRows[0] : 1 }),
      protection: { password: '', allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false },
    };
  }

  private put(row: number, col: number, value: TableCell, look: CellLook): void {
    this.cells.set(`${row},${col}`, { row, col, value: typeof value === 'string' ? fitCell(value) : value, look });
  }
}

/** A table sheet's extent: the A1-anchored block all its cells lie in. */
export function tableExtent(d: TableDrawing): { rows: number; cols: number } {
  return extentOf(d.cells);
}

/** A loop, not Math.max(...cells): the list of a 4,400-sheet report has more cells than a call takes arguments. */
function extentOf(cells: { row: number; col: number }[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const c of cells) [rows, cols] = [Math.max(rows, c.row), Math.max(cols, c.col)];
  return { rows, cols };
}

/** An internal link as a HYPERLINK formula: it can only point inside this workbook, whatever the text says. */
export function linkFormula(sheet: string, cell: string, text: string): string {
  return `HYPERLINK("#${quoteText(`'${sheet.replace(/'/g, "''")}'!${cell}`)}","${quoteText(text)}")`;
}

/** A text inside a formula's string literal: doubled quotes keep it a literal. */
export function quoteText(s: string): string {
  return s.replace(/"/g, '""');
}

export function columnRange(col: number, from: number, to: number, sheet?: string): string {
  const prefix = sheet ? `'${sheet.replace(/'/g, "''")}'!` : '';
  return `${prefix}$${colLetters(col)}$${from}:$${colLetters(col)}$${to}`;
}
