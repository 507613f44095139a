// Cuts a worksheet's XML down to the cells the reader looks at, as it inflates: the top-left block where labels are
// scanned and the cells named by defined names. Everything else (a 100,000-row ledger below the form, data
// validation or merges over the whole sheet, pictures' anchors, hyperlinks) is dropped unread, so its size costs
// inflation time only, never memory or parsing time.
//
// The XML is scanned, not parsed: rows and cells are cut at their tags (text never holds a raw '<') and kept cells
// are handed on verbatim for sheetCells.ts to parse, which rejects a cell that is not well-formed.
import { colLetters, columnNumber } from '../core/cells';

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetWindow {
  /** Rows 1..rows and columns 1..cols are kept whole. */
  rows: number;
  cols: number;
  /** Single cells kept outside that block, by cellKey (named cells moved down or right). */
  cells: ReadonlySet<number>;
}

/** A cell's place as one number, for sets and maps of cells (columns never reach 32,768; three letters end at 18,278). */
export function cellKey(row: number, col: number): number {
  return row * 32_768 + col;
}

/** A cell kept, with its place (its r attribute may be missing: the place is counted). */
export interface KeptCell {
  row: number;
  col: number;
  /** The cell's element as written, `<c …>…</c>`. */
  xml: string;
}

export interface SlimSheet {
  /** The kept cells, in the order written. */
  cells: KeptCell[];
  /** The sheet's merged areas that reach into the kept cells (a cell merged away reads empty). */
  merges: Area[];
}

/** The sheet could not be cut (a cell or tag larger than any Excel writes, no worksheet element). */
export class SheetShapeError extends Error {}

/**
 * One cell's XML, or one tag, is never this long from Excel: a cell holds at most 32,767 characters, six times
 * that once escaped. A longer unit means a hostile or broken part, refused rather than buffered.
 */
export const MAX_UNIT_CHARS = 1 << 20;
/** Merges kept per sheet: the window holds few; a file listing more is hostile and the rest are ignored. */
export const MAX_MERGES = 100_000;

type State = 'head' | 'rows' | 'row' | 'skipRow' | 'skipData' | 'tail' | 'done';

export class SheetSlimmer {
  /** Unscanned text from `pos` on; what is before `pos` is dropped at the next push. */
  private buf = '';
  private pos = 0;
  private state: State = 'head';
  private root = '';
  private readonly merges: Area[] = [];
  private row = 0;
  private col = 0;
  private rowKept: KeptCell[] = [];
  private readonly kept: KeptCell[] = [];
  private readonly reach: Reach['reach'];
  private readonly extraRows: Reach['extraRows'];
  /** Tag names with the namespace prefix the part uses (`x:row` in Open XML SDK output). */
  private tags = names('');

  constructor(private readonly window: SheetWindow) {
    ({ reach: this.reach, extraRows: this.extraRows } = reachOf(window));
  }

  /** Takes the next piece of text; false once nothing more is needed (the rest need not be inflated). */
  push(text: string): boolean {
    this.buf = this.buf.slice(this.pos) + text;
    this.pos = 0;
    this.scan();
    return this.state !== 'done';
  }

  finish(): SlimSheet {
    this.scan();
    if (!this.root) throw new SheetShapeError('no <worksheet> element');
    if (this.state === 'row' || this.state === 'skipRow') throw new SheetShapeError(`row ${this.row} is not closed`);
    return { cells: this.kept, merges: this.merges };
  }

  private scan(): void {
    for (;;) {
      const before = `${this.pos}${this.state}`;
      switch (this.state) {
        case 'head':
          this.scanHead();
          break;
        case 'rows':
          this.scanRows();
          break;
        case 'row':
          this.scanRow();
          break;
        case 'skipRow':
          if (this.skipPast(`</${this.tags.row}>`)) this.state = 'rows';
          break;
        case 'skipData':
          if (this.skipPast(`</${this.tags.sheetData}>`)) this.state = 'tail';
          break;
        case 'tail':
          this.scanTail();
          break;
        case 'done':
          this.pos = this.buf.length;
          return;
      }
      if (`${this.pos}${this.state}` === before) return;
    }
  }

  private scanHead(): void {
    if (!this.root) {
      const m = rootTag(this.buf, this.pos);
      if (!m) {
        if (this.buf.length - this.pos > MAX_UNIT_CHARS) throw new SheetShapeError('no <worksheet> element');
        return;
      }
      if (m[0].endsWith('/>')) throw new SheetShapeError('empty <worksheet/>');
      this.root = m[0];
      this.tags = names(m[1]);
      this.pos = m.index + m[0].length;
    }
    const m = sheetDataTag(this.buf, this.pos, this.tags);
    if (!m) return void (this.pos = Math.max(this.pos, this.buf.length - 256));
    this.pos = m.index + m[0].length;
    this.state = m[0].endsWith('/>') ? 'tail' : 'rows';
  }

  private scanRows(): void {
    const t = this.tags;
    for (;;) {
      if (!this.toNextTag()) return;
      if (this.buf.startsWith(`</${t.sheetData}`, this.pos)) return void (this.state = 'tail');
      const tag = this.startTag();
      if (tag === undefined) return;
      if (!isElement(tag, t.row)) {
        // Not a row (no such thing in a valid sheet): skipped whole.
        if (!this.skipElement(tag)) return;
        continue;
      }
      this.pos += tag.length;
      const r = /\sr\s*=\s*["'](\d+)["']/.exec(tag);
      this.row = r ? Number(r[1]) : this.row + 1;
      this.col = 0;
      if (tag.endsWith('/>')) continue; // an empty row: nothing to read
      if (this.row > this.reach.rows) {
        // Rows come in order: nothing below is wanted, so the rest of the cells is skipped unscanned.
        this.state = 'skipData';
      } else if (this.row <= this.window.rows || this.extraRows.has(this.row)) {
        this.rowKept = [];
        this.state = 'row';
      } else {
        this.state = 'skipRow';
      }
      return;
    }
  }

  private scanRow(): void {
    const t = this.tags;
    for (;;) {
      if (!this.toNextTag()) return;
      if (this.buf.startsWith(t.rowEnd, this.pos)) {
        const end = this.buf.indexOf('>', this.pos);
        if (end < 0) return;
        this.pos = end + 1;
        this.kept.push(...this.rowKept);
        this.state = 'rows';
        return;
      }
      // Cells are most of a sheet: their tags are looked at in place, never copied, and a cell's text is copied
      // only when it is kept.
      const buf = this.buf;
      const unitStart = this.pos;
      const gt = buf.indexOf('>', unitStart);
      if (gt < 0) return this.mustFit('a tag');
      if (!isElementAt(buf, unitStart, t.c)) {
        if (!this.skipElement(buf.slice(unitStart, gt + 1))) return;
        continue;
      }
      let unitEnd = gt + 1;
      if (buf.charCodeAt(gt - 1) !== 0x2f /* / */) {
        const end = buf.indexOf(t.cellEnd, unitEnd);
        if (end < 0) return this.mustFit(`the cell after ${colLetters(this.col)}${this.row}`);
        unitEnd = end + t.cellEnd.length;
      }
      this.pos = unitEnd;
      const col = placedColumn(buf, unitStart + 1 + t.c.length, gt, this.row);
      // A reference Excel could not have written (ZZZZ40, or another row's) makes the cell unplaceable: dropped.
      if (col === UNPLACEABLE) continue;
      this.col = col === UNREFERENCED ? this.col + 1 : col;
      if (cellWanted(this.window, this.row, this.col)) this.rowKept.push({ row: this.row, col: this.col, xml: buf.slice(unitStart, unitEnd) });
    }
  }

  private scanTail(): void {
    const t = this.tags;
    // The merges are those before the first end of their list: nothing after it matters (stop inflating), and a
    // merge after it is not taken, whether it came in the same piece of text or a later one.
    t.mergeCellsEnd.lastIndex = this.pos;
    const end = t.mergeCellsEnd.exec(this.buf);
    const stop = end ? end.index : this.buf.length;
    const merge = t.mergeCell;
    merge.lastIndex = this.pos;
    for (let m = merge.exec(this.buf); m && m.index < stop; m = merge.exec(this.buf)) {
      this.pos = m.index + m[0].length;
      const area = mergeOf(m[0], this.reach);
      if (area && this.merges.length < MAX_MERGES) this.merges.push(area);
    }
    if (end) return void (this.state = 'done');
    const open = this.buf.lastIndexOf('<');
    this.pos = Math.max(this.pos, open < 0 ? this.buf.length : open);
    if (this.buf.length - this.pos > MAX_UNIT_CHARS) throw new SheetShapeError('a tag after the cells is too long');
  }

  /** Moves to the next '<', skipping comments; false when the buffer holds none yet. */
  private toNextTag(): boolean {
    for (;;) {
      const lt = this.buf.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = this.buf.length;
        return false;
      }
      this.pos = lt;
      if (!this.buf.startsWith('<!--', lt)) return true;
      if (!this.skipPast('-->')) return false;
    }
  }

  /** The start tag at `pos`, or undefined until it has arrived. */
  private startTag(): string | undefined {
    const end = this.buf.indexOf('>', this.pos);
    if (end >= 0) return this.buf.slice(this.pos, end + 1);
    this.mustFit('a tag');
    return undefined;
  }

  /** Skips an unknown element at `pos`; false until its end has arrived. */
  private skipElement(tag: string): boolean {
    if (tag.endsWith('/>') || tag.startsWith('<?') || tag.startsWith('<!')) {
      this.pos += tag.length;
      return true;
    }
    const name = /^<([\w.:-]+)/.exec(tag)?.[1] ?? '';
    return this.skipPast(`</${name}>`);
  }

  /** Moves past `marker`; without it yet, to where it could begin. */
  private skipPast(marker: string): boolean {
    const at = this.buf.indexOf(marker, this.pos);
    if (at >= 0) {
      this.pos = at + marker.length;
      return true;
    }
    this.pos = Math.max(this.pos, this.buf.length - marker.length + 1);
    return false;
  }

  private mustFit(what: string): void {
    if (this.buf.length - this.pos > MAX_UNIT_CHARS) throw new SheetShapeError(`${what} is longer than ${MAX_UNIT_CHARS} characters`);
  }
}

export interface Reach {
  /** The last row and column holding a kept cell. */
  reach: { rows: number; cols: number };
  /** Rows below the block that hold a kept cell. */
  extraRows: Set<number>;
}

export function reachOf(window: SheetWindow): Reach {
  const extraRows = new Set<number>();
  let rows = window.rows;
  let cols = window.cols;
  for (const key of window.cells) {
    const r = Math.floor(key / 32_768);
    const c = key % 32_768;
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
    if (r > window.rows) extraRows.add(r);
  }
  return { reach: { rows, cols }, extraRows };
}

/** Whether the sheet keeps a cell: in the label block, or named. */
export function cellWanted(window: SheetWindow, row: number, col: number): boolean {
  return (row <= window.rows && col <= window.cols) || window.cells.has(cellKey(row, col));
}

/** The first `<worksheet …>` tag from `from` on; its first group is the part's namespace prefix (`x:`). */
export function rootTag(text: string, from: number): RegExpExecArray | null {
  const root = /<((?:[\w.-]+:)?)worksheet(?=[\s>/])[^>]*>/g;
  root.lastIndex = from;
  return root.exec(text);
}

/** The first `<sheetData …>` tag from `from` on, with the part's prefix. */
export function sheetDataTag(text: string, from: number, tags = names('')): RegExpExecArray | null {
  tags.sheetDataOpen.lastIndex = from;
  return tags.sheetDataOpen.exec(text);
}

/** The merged area a `<mergeCell …>` tag gives, if it is one the window reaches. */
export function mergeOf(tag: string, reach: Reach['reach']): Area | undefined {
  const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(tag);
  const area = ref && parseArea(ref[1]);
  return area && area.top <= reach.rows && area.left <= reach.cols ? area : undefined;
}

const namesByPrefix = new Map<string, ReturnType<typeof tagNames>>();

/** The tags scanned for, with the part's namespace prefix; built once per prefix (every scan sets lastIndex first). */
function names(prefix: string): ReturnType<typeof tagNames> {
  let tags = namesByPrefix.get(prefix);
  if (!tags) namesByPrefix.set(prefix, (tags = tagNames(prefix)));
  return tags;
}

function tagNames(prefix: string) {
  const p = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    sheetData: `${prefix}sheetData`,
    row: `${prefix}row`,
    c: `${prefix}c`,
    rowEnd: `</${prefix}row`,
    cellEnd: `</${prefix}c>`,
    sheetDataOpen: new RegExp(`<${p}sheetData(?=[\\s>/])[^>]*>`, 'g'),
    mergeCell: new RegExp(`<${p}mergeCell(?=[\\s/>])[^>]*>`, 'g'),
    mergeCellsEnd: new RegExp(`</${p}mergeCells\\s*>|<${p}mergeCells[^>]*/>`, 'g'),
  };
}

/** Whether a start tag opens the element `name` (and not one whose name merely begins so). */
function isElement(tag: string, name: string): boolean {
  return isElementAt(tag, 0, name);
}

/** isElement for the tag at `at` of a longer text. */
function isElementAt(text: string, at: number, name: string): boolean {
  if (!text.startsWith(name, at + 1)) return false;
  const next = text.charCodeAt(at + 1 + name.length);
  return next === 0x2f /* / */ || next === 0x3e /* > */ || isSpaceAt(text, at + 1 + name.length);
}

/** Whether the character at `at` is one a regular expression's \s matches (the ASCII ones without a regex). */
function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(text.charAt(at)));
}

/** placedColumn's answers besides a column: the cell has no r attribute, or one that cannot place it in its row. */
const UNREFERENCED = 0;
const UNPLACEABLE = -1;

/**
 * The column of a cell whose attributes are text[from, to), read from its r attribute (`B5`, `$B$5`), which must
 * name the cell's row; without one, UNREFERENCED (the cell follows the one before). What /\sr\s*=\s*["']([^"']*)["']/
 * finds, checked against /^\$?([A-Za-z]{1,3})\$?(\d+)$/, without copying the tag.
 */
function placedColumn(text: string, from: number, to: number, row: number): number {
  for (let at = text.indexOf('r', from); at >= 0 && at < to; at = text.indexOf('r', at + 1)) {
    if (!isSpaceAt(text, at - 1)) continue;
    let p = at + 1;
    while (p < to && isSpaceAt(text, p)) p++;
    if (text.charCodeAt(p) !== 0x3d /* = */) continue;
    p++;
    while (p < to && isSpaceAt(text, p)) p++;
    const quote = text.charCodeAt(p);
    if (quote !== 0x22 && quote !== 0x27) continue;
    let end = p + 1;
    while (end < to && text.charCodeAt(end) !== 0x22 && text.charCodeAt(end) !== 0x27) end++;
    if (end >= to) continue;
    return referencedColumn(text, p + 1, end, row);
  }
  return UNREFERENCED;
}

/** The column of a reference text[from, to) in `row`, else UNPLACEABLE. */
function referencedColumn(text: string, from: number, to: number, row: number): number {
  let p = from;
  if (text.charCodeAt(p) === 0x24 /* $ */) p++;
  let col = 0;
  const lettersFrom = p;
  for (let c = text.charCodeAt(p) | 0x20; p < to && c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++p) | 0x20) col = col * 26 + c - 0x60;
  if (p === lettersFrom || p - lettersFrom > 3) return UNPLACEABLE;
  if (text.charCodeAt(p) === 0x24 /* $ */) p++;
  if (p >= to) return UNPLACEABLE;
  let n = 0;
  for (; p < to; p++) {
    const d = text.charCodeAt(p) - 0x30;
    if (d < 0 || d > 9) return UNPLACEABLE;
    n = n * 10 + d;
  }
  return n === row ? col : UNPLACEABLE;
}

export function parseArea(ref: string): Area | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const [a, b] = [
    { row: Number(m[2]), col: columnNumber(m[1]) },
    { row: Number(m[4] ?? m[2]), col: columnNumber(m[3] ?? m[1]) },
  ];
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
