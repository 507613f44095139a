// Reads any workbook into model sheets, keeping each value's cell. Sheets are recognised by their
// SeikaLayout name or, when names were lost, by their labels; never by the tab name. A file that cannot
// be read gives a problem, never an exception.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LAYOUTS } from '../core/layout';
import { detectLayout, locateByLabels, type TextCell } from '../core/layout/locate';
import { assembleSheet } from '../core/assembleSheet';
import { LAYOUT_NAME, type Layout } from '../core/layout/types';
import { formatAddress } from '../core/cells';
import type { FieldCell, FileProblem, ReadSheet, WorkbookMeta, WorkbookRead } from '../core/source';
import { META_NAMES } from './writeWorkbook';
import { parseNameRef, readWorkbookNames, type DefinedName } from './definedNames';
import { sniffFile } from './sniff';
import { rawCell } from './rawCell';

export interface ReadOptions {
  /** The report year to assume when a sheet does not say (its 対象年度 cell lost). */
  reportYear?: number;
}

const ALL_LAYOUTS = Object.values(LAYOUTS);
/** Labels sit near the top-left; scanning a bounded area keeps a 100,000-row sheet cheap. */
const LABEL_SCAN = { rows: 200, cols: 26 };

export async function readWorkbook(bytes: Uint8Array, file: string, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const sniffed = sniffFile(bytes);
  if (sniffed) return failed(file, sniffed);
  let zip: JSZip;
  const wb = new ExcelJS.Workbook();
  try {
    zip = await JSZip.loadAsync(bytes);
    if (!zip.file('xl/workbook.xml')) return failed(file, { code: 'notXlsx', detail: 'xl/workbook.xml がありません' });
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return failed(file, { code: 'unreadable', detail: (e as Error).message });
  }
  const { sheets: entries, names } = await readWorkbookNames(zip);
  const sheets: ReadSheet[] = [];
  for (const entry of entries) {
    const ws = wb.getWorksheet(entry.name);
    if (!ws) continue;
    const read = readSheet(ws, names.filter((n) => n.localSheetId === entry.index), file, opts);
    if (read) sheets.push(read);
  }
  return { file, meta: metaOf(names), sheets, problems: sheets.length ? [] : [{ code: 'noSeikaSheets' }] };
}

function failed(file: string, problem: FileProblem): WorkbookRead {
  return { file, meta: {}, sheets: [], problems: [problem] };
}

function metaOf(names: DefinedName[]): WorkbookMeta {
  const workbookLevel = (name: string) => names.find((n) => n.localSheetId === undefined && n.name === name)?.formula;
  const year = Number(workbookLevel(META_NAMES.reportYear));
  const department = parseNameRef(workbookLevel(META_NAMES.department) ?? '');
  return {
    reportYear: Number.isInteger(year) && year > 0 ? year : undefined,
    department: 'constant' in department ? department.constant : undefined,
  };
}

function readSheet(ws: ExcelJS.Worksheet, names: DefinedName[], file: string, opts: ReadOptions): ReadSheet | undefined {
  const byName = new Map(names.map((n) => [n.name, n]));
  const labelCells = textCells(ws);
  const layout = layoutByName(byName.get(LAYOUT_NAME)) ?? detectLayout(ALL_LAYOUTS, labelCells);
  if (!layout) return undefined;
  const byLabel = locateByLabels(layout, labelCells);
  const cells = new Map<string, FieldCell>();
  for (const field of layout.fields) {
    const viaName = addressFromName(byName.get(field.name), ws.name);
    const address = viaName ?? byLabel.get(field.name);
    const located = viaName ? 'name' : address ? 'label' : 'missing';
    cells.set(field.name, { field, address, located, raw: address ? rawCell(ws.getCell(address).value) : { value: null } });
  }
  return assembleSheet(layout, cells, { file, sheetName: ws.name }, opts.reportYear);
}

function layoutByName(name: DefinedName | undefined): Layout | undefined {
  const ref = name && parseNameRef(name.formula);
  if (!ref || !('constant' in ref)) return undefined;
  return ALL_LAYOUTS.find((l) => `${l.kind}/${l.version}` === ref.constant);
}

/** A name's cell, if it still points at this sheet (not #REF!, not another sheet). */
function addressFromName(name: DefinedName | undefined, sheetName: string): string | undefined {
  const ref = name && parseNameRef(name.formula);
  if (!ref || !('from' in ref)) return undefined;
  if (ref.sheet !== undefined && ref.sheet !== sheetName) return undefined;
  return formatAddress(ref.from);
}

function textCells(ws: ExcelJS.Worksheet): TextCell[] {
  const out: TextCell[] = [];
  const lastRow = Math.min(ws.rowCount, LABEL_SCAN.rows);
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= LABEL_SCAN.cols; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) continue;
      const v = rawCell(cell.value).value;
      if (typeof v === 'string') out.push({ address: cell.address, text: v });
    }
  }
  return out;
}
