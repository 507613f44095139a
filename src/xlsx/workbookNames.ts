// The defined names as the reader uses them: each sheet's names by name with their references parsed, and the
// workbook-level names' formulas (the meta). Built from the names of the general path (parseDefinedNames) or by
// plainNamesBytes.ts straight from workbook.xml's bytes, the same either way.
import { parseNameRef, type NameRef } from '../core/nameRef';
import type { DefinedName } from './definedNames';

/** A sheet's names: by name for reading its fields, and every reference (all of them, in order) for its window. */
export interface SheetNames {
  /** Excel refuses a workbook with a name given twice for one sheet; were it not to, the first would stand. */
  byName: Map<string, NameRef>;
  refs: NameRef[];
}

export interface WorkbookNames {
  /** The sheet-scoped names by the position of their sheet (localSheetId). */
  sheets: Map<number, SheetNames>;
  /** A workbook-scoped name's formula, entities decoded; the first where a name is given twice. */
  formulaOf(name: string): string | undefined;
}

/** Gathers the names in the order written; both readers of workbook.xml add to one of these. */
export class WorkbookNamesBuilder implements WorkbookNames {
  readonly sheets = new Map<number, SheetNames>();
  private readonly workbook = new Map<string, string>();
  // A sheet's names are written one after another: the last sheet is remembered rather than looked up per name.
  private lastId = -1;
  private last: SheetNames | undefined;

  formulaOf(name: string): string | undefined {
    return this.workbook.get(name);
  }

  addWorkbookName(name: string, formula: string): void {
    if (!this.workbook.has(name)) this.workbook.set(name, formula);
  }

  addSheetName(localSheetId: number, name: string, ref: NameRef): void {
    let own = this.lastId === localSheetId ? this.last : this.sheets.get(localSheetId);
    if (!own) this.sheets.set(localSheetId, (own = { byName: new Map(), refs: [] }));
    this.lastId = localSheetId;
    this.last = own;
    own.refs.push(ref);
    if (!own.byName.has(name)) own.byName.set(name, ref);
  }
}

/** The general path: the names parseDefinedNames read from the text. */
export function workbookNamesOf(names: DefinedName[]): WorkbookNames {
  const out = new WorkbookNamesBuilder();
  for (const n of names) {
    if (n.localSheetId === undefined) out.addWorkbookName(n.name, n.formula);
    else out.addSheetName(n.localSheetId, n.name, parseNameRef(n.formula));
  }
  return out;
}
