// The defined names as the reader uses them: each sheet's names by name with their references parsed, and the
// workbook-level names' formulas (the meta). Built from the names of the general path (parseDefinedNames) or by
// plainNamesBytes.ts straight from workbook.xml's bytes, the same either way.
import { parseNameRef, type NameRef } from '../core/nameRef';
import type { DefinedName } from './definedNames';

/** A sheet's names: by name for reading its fields, and every reference (all of them, in order) for its window. */
export interface SheetNames {
  /** Excel refuses a workbook with a name given twice for one sheet; were it not to, the first would stand. */
  readonly byName: NamesByName;
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
 * has the same ~60 names in the same order, in every workbook: a sheet keeps its references in an array in that
 * order and the sequence of its names, shared (NameSequence), which tells where each name first is. Numbering the
 * names for the workbook and keeping each sheet's references by number took a look-up and two arrays' pushes a name.
 */
export class WorkbookNamesBuilder implements WorkbookNames {
  readonly sheets = new Map<number, SequencedNames>();
  private readonly workbook = new Map<string, string>();
  // A sheet's names are written one after another: the last sheet is remembered rather than looked up per name.
  private lastId = -1;
  private last: SequencedNames | undefined;

  formulaOf(name: string): string | undefined {
    return this.workbook.get(name);
  }

  addWorkbookName(name: string, formula: string): void {
    if (!this.workbook.has(name)) this.workbook.set(name, formula);
  }

  addSheetName(localSheetId: number, name: string, ref: NameRef): void {
    let own = this.lastId === localSheetId ? this.last : this.sheets.get(localSheetId);
    if (!own) this.sheets.set(localSheetId, (own = new SequencedNames()));
    this.lastId = localSheetId;
    this.last = own;
    own.refs.push(ref);
    // The next sheet of a template follows the last one's path: that step is taken here, without a call.
    const { sequence } = own;
    const next = sequence.next;
    own.sequence = next !== undefined && next.name === name ? next : sequence.then(name);
  }
}

/** A sheet's references in the order written, found by name through the sequence of its names. */
class SequencedNames implements SheetNames, NamesByName {
  readonly refs: NameRef[] = [];
  sequence = NameSequence.empty();

  get byName(): NamesByName {
    return this;
  }

  /** The first reference given the name (Excel refuses a name given twice for one sheet; were it not to, the first would stand). */
  get(name: string): NameRef | undefined {
    // The sequence's positions asked for directly: a sheet's sixty fields each ask, and a call is a call (decision 54).
    const at = (this.sequence.positions ?? this.sequence.firstPositions()).get(name);
    return at === undefined ? undefined : this.refs[at];
  }

  *[Symbol.iterator](): Iterator<[string, NameRef]> {
    for (const [name, at] of this.sequence.firsts()) yield [name, this.refs[at]];
  }
}

/**
 * Names in the order a sheet gives them, as a path in a tree of every sequence read on this thread: a template's
 * sheets share theirs, and where each name first is in it is worked out once for all of them. A sequence's names
 * never change once made (a sheet may hold it while later sheets read on); what is learnt from it (the sequence
 * that followed, its branches, its names' positions) is added as it is found. The tree is started afresh
 * (NameSequence.empty) past MAX_KEPT names and positions kept, so a hostile workbook's 100,000 names in no order are
 * not all kept for the workbooks after it.
 */
class NameSequence {
  private static root = new NameSequence('', undefined, 0);
  private static kept = 0;

  /** The sequence that last followed this one: the next sheet of a template follows the same path. */
  next: NameSequence | undefined;
  private others: Map<string, NameSequence> | undefined;
  /** Where each name first is, by name; made when first asked (firstPositions). */
  positions: Map<string, number> | undefined;

  private constructor(
    readonly name: string,
    private readonly before: NameSequence | undefined,
    private readonly length: number,
  ) {}

  static empty(): NameSequence {
    return NameSequence.root;
  }

  /** This sequence and then the name. */
  then(name: string): NameSequence {
    const next = this.next;
    if (next !== undefined && next.name === name) return next;
    let found = next === undefined ? undefined : this.others?.get(name);
    if (!found) {
      found = new NameSequence(name, this, this.length + 1);
      NameSequence.keep(1);
      if (next !== undefined) (this.others ??= new Map([[next.name, next]])).set(name, found);
    }
    return (this.next = found);
  }

  /** The names in the order first given, with where each first is. */
  firsts(): Map<string, number> {
    return new Map([...(this.positions ?? this.firstPositions())].sort(([, a], [, b]) => a - b));
  }

  /** Where each name first is, worked out once for every sheet whose names are this sequence. */
  firstPositions(): Map<string, number> {
    const positions = new Map<string, number>();
    // From the last name back to the first: each name's first place is the last set.
    for (let s: NameSequence | undefined = this.length > 0 ? this : undefined; s && s.length > 0; s = s.before) positions.set(s.name, s.length - 1);
    NameSequence.keep(positions.size);
    return (this.positions = positions);
  }

  private static keep(n: number): void {
    NameSequence.kept += n;
    if (NameSequence.kept <= MAX_KEPT) return;
    NameSequence.root = new NameSequence('', undefined, 0);
    NameSequence.kept = 0;
  }
}

/** Names and positions kept in the tree of sequences, at most: a few templates' worth many times over. */
const MAX_KEPT = 100_000;

/** The general path: the names parseDefinedNames read from the text. */
export function workbookNamesOf(names: DefinedName[]): WorkbookNames {
  const out = new WorkbookNamesBuilder();
  for (const n of names) {
    if (n.localSheetId === undefined) out.addWorkbookName(n.name, n.formula);
    else out.addSheetName(n.localSheetId, n.name, parseNameRef(n.formula));
  }
  return out;
}
