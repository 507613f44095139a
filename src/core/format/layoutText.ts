// A layout as lines of text, one per cell (label, field, formula) plus its sheet settings: how the test of the
// built-in format compares the built layouts with test/fixtures/layouts-komoro.txt, and a readable diff when they differ.
import type { Layout, PathSeg } from '../layout/types';

const pathText = (path: PathSeg[]) => path.map((s) => (typeof s === 'object' ? `{year${s.year >= 0 ? '+' : ''}${s.year}}` : String(s))).join('.');

/** Two sample cell lookups, so that a formula's computed result is part of the text. */
const SAMPLES = [
  (address: string) => (address.endsWith('0') ? 1000 : address.endsWith('1') ? 300 : 7),
  (address: string) => (address.endsWith('4') ? '1,000' : 12),
];

export function layoutText(layout: Layout): string[] {
  return [
    `sheet ${layout.kind}/${layout.version} ${layout.title} lastRow=${layout.lastRow} widths=${layout.columnWidths.join(',')} signature=${layout.signature.join('|')}`,
    ...layout.labels.map((l) => `label ${l.range} ${l.style} ${typeof l.text === 'function' ? `${l.text(2019)} / ${l.text(2030)}` : JSON.stringify(l.text)}`),
    ...layout.fields.map((f) => `field ${f.range} ${f.name} ${f.list?.id ?? f.type} ${f.label}${f.path ? ` path=${pathText(f.path)}` : ''}${f.yearOffset !== undefined ? ` year${f.yearOffset}` : ''}`),
    ...layout.formulas.map((f) => `formula ${f.range} ${f.name} ${f.label} =${f.formula} → ${SAMPLES.map((s) => f.result(s)).join(', ')}${f.highlightNonZero ? ' highlight' : ''}`),
    ...Object.entries(layout.rowHeights).map(([row, h]) => `row ${row} height ${h}`),
    ...(layout.review ? [`review ${layout.review.range} label ${layout.review.label.range} ${JSON.stringify(layout.review.label.text)}`] : []),
  ];
}
