// Reading one sheet whatever holds it: which layout it follows (its SeikaLayout name, else its labels), where
// each field is (its defined name, else its label), and what each cell holds. The .xlsx and Office adapters
// give access to their sheets; this decides the rest, so both read a sheet the same way.
import { assembleFound, type SheetPlace } from './assembleSheet';
import { formatAddress, type CellPos } from './cells';
import { LAYOUTS } from './layout';
import { detectLayout, locateByLabels, type TextCell } from './layout/locate';
import { LAYOUT_NAME, layoutId, type Layout } from './layout/types';
import type { NameRef } from './nameRef';
import { reviewFromNames } from './review/names';
import { CellsBuilder } from './readCells';
import { NO_VALUE, type RawCell, type ReadSheet } from './source';

export interface SheetAccess {
  /** The real tab name, which the sheet's name references use. */
  tabName: string;
  /** A sheet-scoped name's reference, when the sheet has that name. */
  nameRef(name: string): NameRef | undefined;
  /** The text cells of the label block; asked for only when the names do not say everything. */
  labels(): TextCell[];
  /** The cell at an address; `at` is its place, when the caller holds it (a name's cell), so that it is not parsed again. */
  raw(address: string, at?: CellPos): RawCell;
}

const ALL_LAYOUTS = Object.values(LAYOUTS);

/** `layouts`: the sheet kinds of the format read (the built-in one's unless a city's definition is given). */
export function readLaidOutSheet(sheet: SheetAccess, place: SheetPlace, assumedYear?: number, layouts: Layout[] = ALL_LAYOUTS): ReadSheet | undefined {
  let labelCells: TextCell[] | undefined;
  const labels = () => (labelCells ??= sheet.labels());
  const layout = layoutOfRef(sheet.nameRef(LAYOUT_NAME), layouts) ?? detectLayout(layouts, labels());
  if (!layout) return undefined;
  // The fields' cells in one pass over layout.fields (a city's thousands of sheets each ask this of sixty fields):
  // each by its name, or, once a name is found lost, by its label.
  const cells = new CellsBuilder(layout);
  let byLabel: Map<string, string> | undefined;
  for (const field of layout.fields) {
    const at = cellOfRef(sheet.nameRef(field.name), sheet.tabName);
    if (at) {
      const address = formatAddress(at);
      cells.set(field.name, field, address, 'name', sheet.raw(address, at));
    } else {
      // The labels are the same whichever field first needs them: found once, when the first name is lost.
      byLabel ??= locateByLabels(layout, labels());
      const address = byLabel.get(field.name);
      cells.set(field.name, field, address, address ? 'label' : 'missing', address ? sheet.raw(address) : NO_VALUE);
    }
  }
  // A derived cell (人件費) is read where its name is, so that rules see a formula overwritten by a value.
  for (const formula of layout.formulas) {
    const at = formula.field && cellOfRef(sheet.nameRef(formula.name), sheet.tabName);
    if (!formula.field || !at) continue;
    const address = formatAddress(at);
    cells.set(formula.name, formula.field, address, 'name', sheet.raw(address, at));
  }
  const read = assembleFound(layout, cells.finish(), place, assumedYear);
  const review = reviewFromNames((name) => sheet.nameRef(name));
  return review ? { sheet: read.sheet, source: read.source, review } : read;
}

function layoutOfRef(ref: NameRef | undefined, layouts: Layout[]): Layout | undefined {
  if (!ref || !('constant' in ref)) return undefined;
  return layouts.find((l) => layoutId(l) === ref.constant);
}

/** A name's cell, if it still points at this sheet (not #REF!, not another sheet). */
function cellOfRef(ref: NameRef | undefined, tabName: string): CellPos | undefined {
  if (!ref || !('from' in ref)) return undefined;
  if (ref.sheet !== undefined && ref.sheet !== tabName) return undefined;
  return ref.from;
}
