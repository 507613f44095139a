// Finding a layout's fields by their Japanese labels, for sheets whose defined names were lost
// (values pasted into a plain sheet, a sheet rebuilt by hand).
import { parseRange, formatAddress, type CellPos } from '../cells';
import { squeeze } from '../text';
import type { FieldDef, LabelDef, Layout } from './types';

export interface TextCell {
  address: string;
  text: string;
}

/** Which layout a sheet follows, judged from its title or the labels only that kind has. */
export function detectLayout(layouts: Layout[], cells: TextCell[]): Layout | undefined {
  const texts = new Set(cells.map((c) => squeeze(c.text)));
  return (
    layouts.find((l) => texts.has(squeeze(l.title))) ??
    layouts.find((l) => l.signature.every((s) => texts.has(squeeze(s))))
  );
}

/**
 * Each field's address, found from the nearest label whose text is unique in both the layout and the
 * sheet, keeping the field's offset from that label. Fields with no usable label are left out.
 */
export function locateByLabels(layout: Layout, cells: TextCell[]): Map<string, string> {
  const anchors = uniqueLabels(layout.labels);
  const found = uniqueTexts(cells);
  const located = new Map<string, string>();
  for (const field of layout.fields) {
    const anchor = nearest(field, anchors.filter((a) => found.has(a.key)));
    if (!anchor) continue;
    const at = found.get(anchor.key)!;
    const target = topLeft(field.range);
    const pos = { row: at.row + target.row - anchor.pos.row, col: at.col + target.col - anchor.pos.col };
    // A label too near the sheet's edge (another form that shares a label) would put the field off the sheet.
    if (pos.row >= 1 && pos.col >= 1) located.set(field.name, formatAddress(pos));
  }
  return located;
}

interface Anchor {
  key: string;
  pos: CellPos;
}

function uniqueLabels(labels: LabelDef[]): Anchor[] {
  const fixed = labels.filter((l): l is LabelDef & { text: string } => typeof l.text === 'string' && squeeze(l.text) !== '');
  const counts = countBy(fixed.map((l) => squeeze(l.text)));
  return fixed.filter((l) => counts.get(squeeze(l.text)) === 1).map((l) => ({ key: squeeze(l.text), pos: topLeft(l.range) }));
}

function uniqueTexts(cells: TextCell[]): Map<string, CellPos> {
  const counts = countBy(cells.map((c) => squeeze(c.text)));
  const out = new Map<string, CellPos>();
  for (const c of cells) if (counts.get(squeeze(c.text)) === 1) out.set(squeeze(c.text), parseRange(c.address).from);
  return out;
}

/** Labels above or left of a field describe it; a label below it is a poor guide, so it costs more. */
function nearest(field: FieldDef, anchors: Anchor[]): Anchor | undefined {
  const pos = topLeft(field.range);
  const cost = (a: Anchor) => Math.abs(pos.row - a.pos.row) * 4 + Math.abs(pos.col - a.pos.col) + (a.pos.row > pos.row ? 100 : 0);
  return anchors.reduce<Anchor | undefined>((best, a) => (best === undefined || cost(a) < cost(best) ? a : best), undefined);
}

function topLeft(range: string): CellPos {
  return parseRange(range).from;
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
