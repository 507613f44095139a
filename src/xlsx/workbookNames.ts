// The defined names as the reader uses them: each sheet's names by name with their references parsed, and the
// workbook-level names' formulas (the meta). Built from the names of the general path (parseDefinedNames) or by
// plainNamesBytes.ts straight from workbook.xml's bytes, the same either way.
import { parseNameRef, type NameRef } from '../core/nameRef';
import type { DefinedName } from './definedNames';

/** A sheet's names: by name for reading its fields, and every reference (all of them, in order) for its window. */
export interface SheetNames {
  /** Excel refuses a workbook with a name given twice for one sheet; were it not to, the first would stand. */
  byName: NamesByName;
  refs: NameRef[];
}

/** A name's reference, and the names with their references in the order first given (a Map is one). */
export interface NamesByName extends Iterable<[string, NameRef]> {
  get(name: string): NameRef | undefined;
}

export interface WorkbookNames {
  /** The sheet-scoped names by the position of their sheet (localSheetId). */
  sheets: Map<number, SheetNames>;
  /** A workbook-scoped name's formula, entities decoded; the first where a name is given twice. */
  formulaOf(name: string): string | undefined;
}

/**
 * Gathers the names in the order written; both readers of workbook.xml add to one of these. Each sheet of a template
 * has the same ~60 names: a name is numbered once for the workbook, and each sheet keeps its references in an array
 * by that number, where a Map per sheet took two look-ups a name (is it there, put it) and grew a dozen times.
 */
export class WorkbookNamesBuilder implements WorkbookNames {
  readonly sheets = new Map<number, NumberedSheetNames>();
  private readonly workbook = new Map<string, string>();
  private readonly numbers = new Map<string, number>();
  // A sheet's names are written one after another: the last sheet is remembered rather than looked up per name.
  private lastId = -1;
  private last: NumberedSheetNames | undefined;

  formulaOf(name: string): string | undefined {
    return this.workbook.get(name);
  }

  addWorkbookName(name: string, formula: string): void {
    if (!this.workbook.has(name)) this.workbook.set(name, formula);
  }

  addSheetName(localSheetId: number, name: string, ref: NameRef): void {
    let own = this.lastId === localSheetId ? this.last : this.sheets.get(localSheetId);
    if (!own) this.sheets.set(localSheetId, (own = { byName: new NumberedNames(this.numbers), refs: [] }));
    this.lastId = localSheetId;
    this.last = own;
    own.refs.push(ref);
    let number = this.numbers.get(name);
    if (number === undefined && this.numbers.size < MAX_NUMBERED) this.numbers.set(name, (number = this.numbers.size));
    own.byName.add(name, number, ref);
  }
}

/**
 * Names numbered at most in a workbook: a sheet's array is as long as the highest number among its names, so a
 * hostile workbook's 100,000 names over a thousand sheets would make each sheet's array long; its other names are
 * kept by name in a Map of their sheet, as all were before.
 */
const MAX_NUMBERED = 1024;

interface NumberedSheetNames extends SheetNames {
  byName: NumberedNames;
}

/** A sheet's references by the workbook's number of their name (see WorkbookNamesBuilder), or by name past them. */
class NumberedNames implements NamesByName {
  private readonly numbered: (NameRef | undefined)[] = [];
  private others: Map<string, NameRef> | undefined;
  /** The names in the order first given, for going through them in that order. */
  private readonly order: string[] = [];

  constructor(private readonly numbers: ReadonlyMap<string, number>) {}

  get(name: string): NameRef | undefined {
    const number = this.numbers.get(name);
    return number === undefined ? this.others?.get(name) : this.numbered[number];
  }

  /** The name's reference unless the sheet has one for it already (the first stands). */
  add(name: string, number: number | undefined, ref: NameRef): void {
    if (number !== undefined) {
      if (this.numbered[number] !== undefined) return;
      this.numbered[number] = ref;
    } else {
      this.others ??= new Map();
      if (this.others.has(name)) return;
      this.others.set(name, ref);
    }
    this.order.push(name);
  }

  *[Symbol.iterator](): Iterator<[string, NameRef]> {
    for (const name of this.order) yield [name, this.get(name)!];
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
