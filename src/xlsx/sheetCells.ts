// The values of the cells a worksheet was cut down to (slimSheet.ts), as the core's RawCell: shared and inline
// strings, numbers, dates (a number in a date-formatted cell), booleans, error values, and formulas with their
// cached results. Each cell's XML is checked as it is parsed: a cell that is not well-formed, or points at a
// shared string that is not there, makes its sheet unreadable, never the reader crash.
import { colLetters, parseAddress } from '../core/cells';
import { NO_VALUE, type RawCell } from '../core/source';
import type { DateStyles } from './numberFormats';
import { decodeExcelEscapes, StringItem } from './sharedStrings';
import { cellKey, type KeptCell } from './slimSheet';
import { scanXml } from './xmlScan';

export interface CellContext {
  sharedStrings: string[];
  dateStyles(): DateStyles;
  date1904: boolean;
}

/** The cell's parts as written: its type attribute, style, formula, value text and inline string. */
interface CellXml {
  type?: string;
  style: number;
  formula?: { text: string; shareType?: string; shareIndex?: string; sharedRef?: string };
  value?: string;
  inline?: string;
}

/** A cell's type attribute, style and value text, as read from a cell without children but <v> (slimSheetBytes.ts). */
export interface PlainCell {
  type?: string;
  style: number;
  value?: string;
  /**
   * The value when it is a number or a shared string's index written in digits as Excel writes them (1–15, no
   * leading zero): then `value` is not made (most cells' values are such, and each was a string made to be parsed).
   */
  digits?: number;
}

/** A sheet's kept cells by their index in the order written, whichever path cut them. */
export interface KeptCells {
  readonly count: number;
  /** True when the cutter saw the keys rise from cell to cell (the order every writer writes): then none is checked again. */
  readonly ordered?: boolean;
  /** The cell's cellKey. */
  key(i: number): number;
  /**
   * The index of the cell at `key` when the keys rise strictly (ordered, or checked so), else -1: a bisection of the
   * keys where the cells keep them, one call per cell asked for rather than a call to key() per step (TurboFan inlines
   * nothing in the CLI, decision 54).
   */
  find(key: number): number;
  row(i: number): number;
  col(i: number): number;
  /** The cell's element as written, `<c …>…</c>`. */
  xml(i: number): string;
  /** Its type, style and value read into `into` without its text where it has the plain shape; else false. */
  plain(i: number, into: PlainCell): boolean;
}

/** The general path's cells (slimSheet.ts), one object each, as KeptCells. */
class ListedCells implements KeptCells {
  readonly count: number;

  constructor(private readonly cells: KeptCell[]) {
    this.count = cells.length;
  }

  key(i: number): number {
    return cellKey(this.cells[i].row, this.cells[i].col);
  }

  find(key: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.key(middle);
      if (at === key) return middle;
      if (at < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  row(i: number): number {
    return this.cells[i].row;
  }

  col(i: number): number {
    return this.cells[i].col;
  }

  xml(i: number): string {
    return this.cells[i].xml;
  }

  plain(): boolean {
    return false;
  }
}

/**
 * A sheet's kept cells, each parsed when first asked for: the named cells always, the rest of the label block
 * only when a sheet is read by its labels. A cell written twice is the later.
 */
export class SheetValues {
  private readonly kept: KeptCells;
  /**
   * The cells' indexes by place when some are out of order or written twice; undefined when they come in row-major
   * order, as every writer writes them: then a cell is found by bisection of their keys, sparing a Map of a few
   * hundred cells per sheet of which a third are ever asked for.
   */
  private readonly units?: Map<number, number>;
  /** Shared formulas' masters by their index: the formula and where it is written (found on first need). */
  private masters?: Map<string, { formula: string; row: number; col: number }>;

  constructor(kept: KeptCells | KeptCell[], private readonly context: CellContext) {
    this.kept = Array.isArray(kept) ? new ListedCells(kept) : kept;
    // The keys are read where the cells keep them (a byte-cut sheet's are in its places): an array of them per
    // sheet was the most of what reading a sheet's cells left to the garbage collector.
    const k = this.kept;
    if (k.ordered) return;
    for (let i = 1; i < k.count; i++) {
      if (k.key(i) <= k.key(i - 1)) {
        this.units = new Map();
        for (let j = 0; j < k.count; j++) this.units.set(k.key(j), j);
        return;
      }
    }
  }

  /** The cell's value; undefined when the sheet holds no such cell. */
  at(row: number, col: number): RawCell | undefined {
    const key = cellKey(row, col);
    const i = this.units ? (this.units.get(key) ?? -1) : this.kept.find(key);
    if (i < 0) return undefined;
    // Parsed each time it is asked for, not kept: a cell is asked for once (its field's) but on a sheet read by its
    // labels, and an array of a sheet's values, made at its size for the few asked for, cost more than the parsing.
    return this.parse(i);
  }

  /** Every kept cell's place, in the order written (a cell written twice where it was first written). */
  places(): { row: number; col: number }[] {
    const { kept } = this;
    const indexes = this.units ? [...this.units.values()] : Array.from({ length: kept.count }, (_, i) => i);
    return indexes.map((i) => ({ row: kept.row(i), col: kept.col(i) }));
  }

  private parse(i: number): RawCell {
    const { kept } = this;
    const plain = kept.plain(i, PLAIN) ? PLAIN : undefined;
    if (plain?.digits !== undefined) {
      // What valueOf gives a plain cell of type s, n or none whose value is `digits` written as digits: parseInt and
      // parseFloat of that text are the number, and the text is the number's. Here, not in a function of its own:
      // nearly every cell read is such (TurboFan inlines nothing in the CLI, decision 54).
      const { digits } = plain;
      if (plain.type !== 's') return numberValue(digits, plain.style, this.context);
      const strings = this.context.sharedStrings;
      if (!(digits < strings.length)) throw new Error(`shared string ${digits} is not in the shared strings (${strings.length})`);
      return textValue(strings[digits]);
    }
    const xml: CellXml = plain ?? cellXml(kept.xml(i));
    const f = xml.formula;
    let formula = f?.text || undefined;
    if (f?.shareType === 'shared' && f.shareIndex !== undefined && f.sharedRef === undefined) {
      // A cell of a shared formula holds only its index: its formula is the master's, moved to this cell.
      const master = this.masterOf(f.shareIndex);
      formula = master && master.formula ? slideFormula(master.formula, master.row, master.col, kept.row(i), kept.col(i)) : undefined;
    }
    const isFormula = Boolean(f?.text) || f?.shareType !== undefined;
    const raw = isFormula ? formulaResult(xml, this.context) : valueOf(xml, this.context);
    return formula === undefined ? raw : { ...raw, formula };
  }

  private masterOf(index: string): { formula: string; row: number; col: number } | undefined {
    if (!this.masters) {
      this.masters = new Map();
      const { kept } = this;
      for (let i = 0; i < kept.count; i++) {
        const xml = kept.xml(i);
        if (!xml.includes('ref=')) continue;
        const f = cellXml(xml).formula;
        if (f?.shareType === 'shared' && f.shareIndex !== undefined && f.sharedRef !== undefined && !this.masters.has(f.shareIndex)) this.masters.set(f.shareIndex, { formula: f.text, row: kept.row(i), col: kept.col(i) });
      }
    }
    return this.masters.get(index);
  }
}

/**
 * Where a cell's plain shape is read, as parse reads one cell at a time and keeps nothing of it: an object per cell
 * read was a third of what reading cells left to the garbage collector.
 */
const PLAIN: PlainCell = { type: undefined, style: 0, value: undefined, digits: undefined };

/** The shapes nearly every cell has: no children, or one plain <v>. Anything else is parsed in full. */
const SIMPLE_CELL = /^<(?:[\w.-]+:)?c(\s[^>]*?)?(?:\/>|>(?:<(?:[\w.-]+:)?v>([^<&]*)<\/(?:[\w.-]+:)?v>)?<\/(?:[\w.-]+:)?c>)$/;

function cellXml(unit: string): CellXml {
  const simple = SIMPLE_CELL.exec(unit);
  if (simple) {
    const attributes = simple[1] ?? '';
    return { type: attribute(attributes, 't'), style: parseInt(attribute(attributes, 's') ?? '0', 10) || 0, value: simple[2] || undefined };
  }
  const out: CellXml = { style: 0 };
  const item = new StringItem();
  let into: 'f' | 'v' | 'is' | undefined;
  let text = '';
  scanXml(unit, {
    open(name, attributes) {
      if (name === 'c') {
        out.type = attribute(attributes, 't');
        out.style = parseInt(attribute(attributes, 's') ?? '0', 10) || 0;
      } else if (!into && (name === 'f' || name === 'v' || name === 'is')) {
        [into, text] = [name, ''];
        if (name === 'f') out.formula = { text: '', shareType: attribute(attributes, 't'), shareIndex: attribute(attributes, 'si'), sharedRef: attribute(attributes, 'ref') };
      } else if (into === 'is') item.open(name);
    },
    close(name) {
      if (name !== into) {
        if (into === 'is') item.close(name);
        return;
      }
      if (into === 'f' && out.formula) out.formula.text += text;
      else if (into === 'v') out.value = (out.value ?? '') + text;
      else if (into === 'is') out.inline = item.text();
      into = undefined;
    },
    text(t) {
      if (into === 'is') item.add(t);
      else if (into) text += t;
    },
  });
  return out;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** One attribute's value (the cell's few attributes hold no entities: t, s, si, ref). */
function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) ATTRIBUTE_PATTERNS.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A formula cell's cached result, typed by the cell's t attribute; none when Excel saved none. */
function formulaResult(xml: CellXml, context: CellContext): RawCell {
  return xml.value ? typedValue(xml, xml.value, context) : NO_VALUE;
}

function valueOf(xml: CellXml, context: CellContext): RawCell {
  if (xml.type === 'inlineStr') return textValue(xml.inline ?? xml.value ?? '');
  const v = xml.value;
  if (v === undefined || v === '') return NO_VALUE;
  if (xml.type !== 's') return typedValue(xml, v, context);
  const strings = context.sharedStrings;
  const index = parseInt(v, 10);
  if (!(index >= 0 && index < strings.length)) throw new Error(`shared string ${v} is not in the shared strings (${strings.length})`);
  return textValue(strings[index]);
}

function typedValue(xml: CellXml, v: string, context: CellContext): RawCell {
  switch (xml.type) {
    case 'str':
      return textValue(v);
    case 'b':
      return { value: parseInt(v, 10) !== 0 ? 'TRUE' : 'FALSE' };
    case 'e':
      return { value: null, error: v };
    default:
      return numberValue(parseFloat(v), xml.style, context);
  }
}

/** A cell without a value reads as NO_VALUE, not an object of its own (a form's empty fields are many). */
function textValue(text: string): RawCell {
  return text === '' ? NO_VALUE : { value: decodeExcelEscapes(text) };
}

function numberValue(n: number, style: number, context: CellContext): RawCell {
  if (!Number.isFinite(n)) return { value: null, error: '#NUM!' };
  if (style && context.dateStyles()(style)) return { value: isoDate(n, context.date1904), date: true };
  return { value: n };
}

/** A date serial as YYYY-MM-DD: days since 1899-12-30 (1904-01-01 in a 1904 workbook), as ExcelJS counted them. */
function isoDate(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}

/** Each reference a formula could hold: an optional sheet, then a cell or a name; a name before '(' is a function. */
const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** The master's formula as Excel shows it in another cell of the shared formula: relative references moved. */
function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(REFERENCE_CANDIDATE, (whole: string, sheet: string | undefined, _name: string, part: string, call: string | undefined) => {
    const m = call ? null : CELL_REFERENCE.exec(part);
    if (!m) return whole;
    const [, colFixed = '', colText, rowFixed = '', rowText] = m;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole; // a name, not a column
    const col = parseAddress(`${letters}1`).col + (colFixed ? 0 : toCol - fromCol);
    const row = Number(rowText) + (rowFixed ? 0 : toRow - fromRow);
    return `${sheet ?? ''}${colFixed}${colLetters(col)}${rowFixed}${row}`;
  });
}
