// What a layout looks like on a worksheet, as plain data: every cell's value and look, merges, drop-down
// lists, live formulas, print setup and names. The .xlsx adapter and the Office adapter both draw from it.
import { fiscalYearLabel } from '../era';
import { parseRange } from '../cells';
import type { Sheet, Value } from '../model';
import { REVIEW_FORMULA, reviewConstants, reviewText } from '../review/names';
import { UNREVIEWED } from '../review/state';
import { fieldValue } from './sheetData';
import { LAYOUT_NAME, layoutId, type FieldDef, type FieldType, type LabelDef, type Layout } from './types';

/** `template`: inputs unlocked with drop-downs, for departments to fill; `report`: every cell locked, values only. */
export type DrawMode = 'template' | 'report';

/** A name to define on the sheet: a cell address, or a constant (already quoted, e.g. `"project/1"`). */
export type SheetNameDef = { name: string; address: string } | { name: string; constant: string };

/** Colours as #RRGGBB (Office.js takes them so; ExcelJS wants FF + RRGGBB). */
export const COLORS = {
  border: '#808080',
  labelFill: '#E7EEF7',
  sectionFill: '#C9D9EE',
  lockedValueFill: '#F2F2F2',
  /** Pale red: the gap row turns this colour when 事業費 and its funding sources disagree. */
  warningFill: '#FFC7CE',
  warningFont: '#9C0006',
} as const;

export const TEMPLATE_FONT = 'Yu Gothic';

/** How one cell looks, independent of the spreadsheet library. Every styled cell has a thin grey border except the title. */
export interface CellLook {
  /** color and underline mark the report's internal links. */
  font: { name: string; size: number; bold: boolean; color?: string; underline?: boolean };
  fill?: string;
  border: boolean;
  locked: boolean;
  numberFormat?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
}

/**
 * A look that many cells share (one object for all of them): frozen with its font, since a writer may know a look by
 * the object itself (decision 53) and a change to one would change every cell that shares it.
 */
export function sharedLook(look: CellLook): CellLook {
  Object.freeze(look.font);
  return Object.freeze(look);
}

/** Each label style's look, built once: a report draws thousands of label cells with a handful of looks. */
const LABEL_LOOKS: Record<LabelDef['style'], CellLook> = (() => {
  const base = { border: true, locked: true, vertical: 'middle' as const, wrap: true };
  return {
    title: sharedLook({ font: { name: TEMPLATE_FONT, size: 14, bold: true }, border: false, locked: true, vertical: 'middle' }),
    section: sharedLook({ ...base, font: { name: TEMPLATE_FONT, size: 10, bold: true }, fill: COLORS.sectionFill, horizontal: 'center' }),
    note: sharedLook({ ...base, font: { name: TEMPLATE_FONT, size: 9, bold: false }, fill: COLORS.labelFill, horizontal: 'right' }),
    label: sharedLook({ ...base, font: { name: TEMPLATE_FONT, size: 10, bold: false }, fill: COLORS.labelFill, horizontal: 'center' }),
  };
})();

export function labelLook(style: LabelDef['style']): CellLook {
  return LABEL_LOOKS[style];
}

/** Locked year cells are shaded like labels; inputs are white and unlocked (locked too in a report). */
export function fieldLook(type: FieldType, mode: DrawMode = 'template'): CellLook {
  const fixed = type === 'reportYear' || type === 'yearLabel';
  const numeric = type === 'money' || type === 'measurement' || type === 'integer' || type === 'decimal';
  return {
    font: { name: TEMPLATE_FONT, size: 10, bold: fixed },
    border: true,
    fill: fixed ? COLORS.labelFill : undefined,
    locked: fixed || mode === 'report',
    numberFormat: type === 'money' ? '#,##0' : undefined,
    vertical: type === 'longText' ? 'top' : 'middle',
    horizontal: numeric ? 'right' : fixed ? 'center' : 'left',
    wrap: type !== 'money',
  };
}

/** The review state's cell: locked, shaded like every cell seika fills, text left. */
const REVIEW_LOOK = sharedLook({ font: { name: TEMPLATE_FONT, size: 10, bold: true }, border: true, fill: COLORS.lockedValueFill, locked: true, horizontal: 'left', vertical: 'middle' });

/** A formula cell's look, one object for all of them. */
const FORMULA_LOOK = sharedLook({
  font: { name: TEMPLATE_FONT, size: 10, bold: false },
  border: true,
  fill: COLORS.lockedValueFill,
  locked: true,
  numberFormat: '#,##0;[Red]-#,##0',
  horizontal: 'right',
});

export interface ListValidation {
  values: readonly string[];
  /** The list as Excel's formula text: `"新規,継続"` (quotes included). */
  formula: string;
  errorTitle: string;
  error: string;
}

export function listValidation(values: readonly string[]): ListValidation {
  return {
    values,
    formula: `"${values.join(',')}"`,
    errorTitle: '選択してください',
    error: `次から選んでください: ${values.join('、')}`,
  };
}

/** What a field's cell holds: the year cells as era labels, everything else the model value as staff typed it. */
export function cellValue(field: FieldDef, sheet: Sheet): Value {
  if (field.type === 'reportYear') return fiscalYearLabel(sheet.reportYear);
  if (field.type === 'yearLabel') return fiscalYearLabel(sheet.reportYear + (field.yearOffset ?? 0));
  return fieldValue(sheet, field);
}

export type DrawnCell =
  | { kind: 'label'; range: string; value: string; look: CellLook }
  | { kind: 'field'; range: string; value: Value; look: CellLook; field: FieldDef; validation?: ListValidation }
  | { kind: 'formula'; range: string; formula: string; result: number | string; look: CellLook; highlightNonZero: boolean };

export interface PageSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Pages wide. */
  fitToWidth: 1;
  /** Pages tall: 1 keeps the sheet on one page; absent leaves it to Excel (as many pages as needed). */
  fitToHeight?: 1;
  /** Rows printed again at the top of every page, e.g. `1:3` (a table's title and header row). */
  printTitleRows?: string;
  /** Header and footer in Excel's codes (`&C` centre, `&P` page, `&N` pages); see core/layout/reportPrint.ts. */
  header?: string;
  footer?: string;
  centerHorizontally: boolean;
  printArea: string;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface ProtectionSetup {
  /** Sheet protection without a password (it guards against slips, not people): staff may format rows and columns, and insert rows in templates. */
  password: '';
  allowFormatColumns: true;
  allowFormatRows: true;
  allowInsertRows: boolean;
}

export interface SheetDrawing {
  layout: Layout;
  /** Column widths in characters (ExcelJS's unit), from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row. */
  rowHeights: Array<{ row: number; height: number }>;
  /** Labels, then fields, then formulas: the order both adapters write them. */
  cells: DrawnCell[];
  /** Ranges of more than one cell, merged. */
  merges: string[];
  /** The top-left A1:H{last row} block every cell lies in (a template's review row included). */
  extent: string;
  showGridLines: false;
  page: PageSetup;
  protection: ProtectionSetup;
  names: SheetNameDef[];
}

/** A4 portrait, one page wide, as the printed report. */
export function pageSetup(printArea: string, orientation: PageSetup['orientation'] = 'portrait'): PageSetup {
  return {
    paper: 'A4',
    orientation,
    fitToWidth: 1,
    centerHorizontally: true,
    printArea,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/**
 * What every sheet of a layout draws alike in a mode: the fields' looks and name cells, the merges, names, row heights
 * and extent. A report draws thousands of sheets of a dozen layouts; working these out per sheet (parsing the same
 * ranges again each time) was most of its drawing time, so they are worked out once per layout. Layouts are built
 * once and never changed (the .xlsx writer plans its grid per layout too).
 */
interface LayoutFrame {
  fieldLooks: CellLook[];
  fieldCells: string[];
  merges: string[];
  rowHeights: Array<{ row: number; height: number }>;
  extent: string;
  names: SheetNameDef[];
}

const FRAMES = new WeakMap<Layout, Partial<Record<DrawMode, LayoutFrame>>>();

function frameOf(layout: Layout, mode: DrawMode): LayoutFrame {
  const frames = FRAMES.get(layout) ?? FRAMES.set(layout, {}).get(layout)!;
  return (frames[mode] ??= layoutFrame(layout, mode));
}

function layoutFrame(layout: Layout, mode: DrawMode): LayoutFrame {
  const reviewRanges = mode === 'template' && layout.review ? [layout.review.label.range, layout.review.range] : [];
  const ranges = [...layout.labels.map((l) => l.range), ...layout.fields.map((f) => f.range), ...layout.formulas.map((f) => f.range), ...reviewRanges];
  const extent = `A1:H${Math.max(layout.lastRow, ...reviewRanges.map((r) => parseRange(r).to.row))}`;
  return {
    fieldLooks: layout.fields.map((f) => sharedLook(fieldLook(f.type, mode))),
    fieldCells: layout.fields.map((f) => topLeft(f.range)),
    merges: ranges.filter(isMultiCell),
    rowHeights: Object.entries(layout.rowHeights).map(([row, height]) => ({ row: Number(row), height })),
    extent,
    names: [...sheetNames(layout), ...(reviewRanges.length ? reviewNames() : [])],
  };
}

export function sheetDrawing(layout: Layout, sheet: Sheet, mode: DrawMode = 'template'): SheetDrawing {
  const frame = frameOf(layout, mode);
  const labels = layout.labels.map((l) => labelCell(l, sheet.reportYear));
  const written = new Map<string, Value>();
  const fields: DrawnCell[] = layout.fields.map((field, i) => {
    const value = cellValue(field, sheet);
    written.set(frame.fieldCells[i], value);
    const list = mode === 'template' ? field.list?.values : undefined;
    return { kind: 'field', range: field.range, value, look: frame.fieldLooks[i], field, ...(list ? { validation: listValidation(list) } : {}) };
  });
  const formulas: DrawnCell[] = layout.formulas.map((f) => ({
    kind: 'formula',
    range: f.range,
    formula: f.formula,
    result: f.result((a) => written.get(a) ?? null),
    look: FORMULA_LOOK,
    highlightNonZero: f.highlightNonZero ?? false,
  }));
  const review = mode === 'template' ? reviewCells(layout, sheet.reportYear) : [];
  // The frame's lists are copied (their items are shared, read-only data): each drawing owns its lists.
  return {
    layout,
    columnWidths: layout.columnWidths,
    rowHeights: [...frame.rowHeights],
    cells: [...labels, ...fields, ...formulas, ...review],
    merges: [...frame.merges],
    extent: frame.extent,
    showGridLines: false,
    page: pageSetup(frame.extent),
    protection: { password: '', allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true },
    names: [...frame.names],
  };
}

/**
 * A template's review row: the label and a formula reading the sheet's SeikaReview* names (decision 36), written
 * with its cached text. A new sheet is 作成中; roll-over and fill draw new sheets too, so they start there as well.
 */
function reviewCells(layout: Layout, reportYear: number): DrawnCell[] {
  if (!layout.review) return [];
  const { label, range } = layout.review;
  return [
    labelCell(label, reportYear),
    { kind: 'formula', range, formula: REVIEW_FORMULA, result: reviewText(UNREVIEWED), look: REVIEW_LOOK, highlightNonZero: false },
  ];
}

function labelCell(l: LabelDef, reportYear: number): DrawnCell {
  return { kind: 'label', range: l.range, value: typeof l.text === 'function' ? l.text(reportYear) : l.text, look: labelLook(l.style) };
}

/** The review names a new sheet starts with (作成中, the others empty), so the review cell's formula has them to read. */
function reviewNames(): SheetNameDef[] {
  return reviewConstants(UNREVIEWED).map((n) => ({ name: n.name, constant: n.formula }));
}

/** The sheet-scoped names of a layout: the constant that marks the sheet as ours, then every field and formula cell. */
export function sheetNames(layout: Layout): SheetNameDef[] {
  return [
    { name: LAYOUT_NAME, constant: `"${layoutId(layout)}"` },
    ...layout.fields.map((f) => ({ name: f.name, address: topLeft(f.range) })),
    ...layout.formulas.map((f) => ({ name: f.name, address: topLeft(f.range) })),
  ];
}

export function topLeft(range: string): string {
  const colon = range.indexOf(':');
  return colon < 0 ? range : range.slice(0, colon);
}

function isMultiCell(range: string): boolean {
  const { from, to } = parseRange(range);
  return from.row !== to.row || from.col !== to.col;
}
