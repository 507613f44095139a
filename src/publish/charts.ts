// Charts as inline SVG drawn at build time: cost by year stacked by funding source, and indicator plan
// against actual. Each is an image with a title and a description listing its numbers (its text
// alternative); the page puts a table of the same numbers beside it.
import { amount, escapeHtml } from './format';
import type { Ids } from './html';

export interface Series {
  label: string;
  /** One value per category; undefined is not drawn (e.g. a plan written as text). */
  values: Array<number | undefined>;
}

export interface Chart {
  title: string;
  unit: string;
  /** The bars' labels along the bottom, e.g. the fiscal years; a line break splits one over two lines. */
  categories: string[];
  series: Series[];
}

/** Dark enough for 3:1 against white and against each other's neighbours, and distinct for colour-blind readers. */
export const SERIES_COLORS = ['#1f5fa8', '#b3470b', '#2e7d32', '#6a3d9a'] as const;
const PLAN_FILL = '#ffffff';

const WIDTH = 640;
const HEIGHT = 300;
const PLOT = { left: 96, right: 16, top: 28, bottom: 232 };

/** Bars of each category stacked: one segment per series (funding source), the total on top. */
export function stackedBarChart(chart: Chart, ids: Ids): string {
  const totals = chart.categories.map((_, i) => chart.series.reduce((s, x) => s + Math.max(0, x.values[i] ?? 0), 0));
  const scale = axis(Math.max(...totals, 0));
  const band = (WIDTH - PLOT.left - PLOT.right) / chart.categories.length;
  const barWidth = Math.min(90, band * 0.5);
  const bars = chart.categories.map((_, i) => {
    let base = 0;
    const x = PLOT.left + band * i + (band - barWidth) / 2;
    return chart.series
      .map((s, k) => {
        const v = Math.max(0, s.values[i] ?? 0);
        if (!v) return '';
        const rect = `<rect x="${fix(x)}" y="${fix(scale.y(base + v))}" width="${fix(barWidth)}" height="${fix(scale.y(base) - scale.y(base + v))}" fill="${SERIES_COLORS[k % SERIES_COLORS.length]}" stroke="#ffffff" stroke-width="1"/>`;
        base += v;
        return rect;
      })
      .join('');
  });
  const totalLabels = chart.categories.map((_, i) => label(PLOT.left + band * i + band / 2, scale.y(totals[i]) - 6, amount(totals[i]), 'middle'));
  const legend = chart.series.map((s, k) => ({ label: s.label, swatch: `fill="${SERIES_COLORS[k % SERIES_COLORS.length]}"` }));
  const desc = chart.categories
    .map((c, i) => `${flat(c)}: ${chart.series.map((s) => `${s.label} ${amount(s.values[i] ?? 0)}`).join('、')}（計 ${amount(totals[i])}）`)
    .join('。');
  return svg(chart, ids, `${desc}。単位：${chart.unit}。`, [...scale.grid, ...bars, ...totalLabels, ...categoryLabels(chart.categories, band), ...legendOf(legend)].join(''));
}

/** Plan (outlined) and actual (filled) side by side for each year. */
export function planActualChart(chart: Chart & { notes?: string[] }, ids: Ids): string {
  const [plan, actual] = chart.series;
  const values = [...plan.values, ...actual.values].filter((v): v is number => v !== undefined);
  const scale = axis(Math.max(0, ...values));
  const band = (WIDTH - PLOT.left - PLOT.right) / chart.categories.length;
  const barWidth = Math.min(44, band * 0.3);
  const bar = (v: number | undefined, x: number, look: string) =>
    v === undefined ? '' : `<rect x="${fix(x)}" y="${fix(scale.y(Math.max(0, v)))}" width="${fix(barWidth)}" height="${fix(scale.y(0) - scale.y(Math.max(0, v)))}" ${look}/>`;
  const bars = chart.categories.map((_, i) => {
    const centre = PLOT.left + band * i + band / 2;
    return [
      bar(plan.values[i], centre - barWidth - 2, `fill="${PLAN_FILL}" stroke="${SERIES_COLORS[0]}" stroke-width="2"`),
      bar(actual.values[i], centre + 2, `fill="${SERIES_COLORS[0]}"`),
      plan.values[i] === undefined ? '' : label(centre - barWidth / 2 - 2, scale.y(Math.max(0, plan.values[i]!)) - 6, amount(plan.values[i]), 'middle'),
      actual.values[i] === undefined ? '' : label(centre + barWidth / 2 + 2, scale.y(Math.max(0, actual.values[i]!)) - 6, amount(actual.values[i]), 'middle'),
    ].join('');
  });
  const legend = [
    { label: plan.label, swatch: `fill="${PLAN_FILL}" stroke="${SERIES_COLORS[0]}" stroke-width="2"` },
    { label: actual.label, swatch: `fill="${SERIES_COLORS[0]}"` },
  ];
  const shown = (v: number | undefined) => (v === undefined ? 'なし' : amount(v));
  const desc = chart.categories.map((c, i) => `${flat(c)}: ${plan.label} ${shown(plan.values[i])}、${actual.label} ${shown(actual.values[i])}`).join('。');
  const notes = chart.notes?.length ? `${chart.notes.join('。')}。` : '';
  return svg(chart, ids, `${desc}。単位：${chart.unit}。${notes}`, [...scale.grid, ...bars, ...categoryLabels(chart.categories, band), ...legendOf(legend)].join(''));
}

function svg(chart: Chart, ids: Ids, desc: string, content: string): string {
  const title = ids.next('chart-title');
  const descId = ids.next('chart-desc');
  return (
    `<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${title} ${descId}" focusable="false">` +
    `<title id="${title}">${escapeHtml(chart.title)}</title><desc id="${descId}">${escapeHtml(desc)}</desc>${content}</svg>` +
    `<figcaption>${escapeHtml(chart.title)}（単位：${escapeHtml(chart.unit)}。数値は下の表のとおり）</figcaption></figure>`
  );
}

/** A y axis from 0 to a round maximum, with its grid lines and figures. */
function axis(max: number): { y: (v: number) => number; grid: string[] } {
  const step = niceStep(max / 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * v) / top;
  const grid: string[] = [];
  for (let v = 0; v <= top + step / 2; v += step) {
    grid.push(`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${fix(y(v))}" y2="${fix(y(v))}" stroke="${v === 0 ? '#595959' : '#d0d0d0'}" stroke-width="1"/>`);
    grid.push(label(PLOT.left - 8, y(v) + 5, amount(v), 'end'));
  }
  return { y, grid };
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

function categoryLabels(categories: string[], band: number): string[] {
  return categories.flatMap((c, i) => c.split('\n').map((line, k) => label(PLOT.left + band * i + band / 2, PLOT.bottom + 20 + k * 17, line, 'middle')));
}

/** A category as one line, for the description. */
function flat(category: string): string {
  return category.replace(/\n/g, '');
}

function legendOf(items: Array<{ label: string; swatch: string }>): string[] {
  const width = (WIDTH - PLOT.left) / Math.max(1, items.length);
  return items.map((item, i) => {
    const x = PLOT.left + width * i;
    return `<rect x="${fix(x)}" y="${PLOT.bottom + 44}" width="14" height="14" ${item.swatch}/>${label(x + 20, PLOT.bottom + 56, item.label, 'start')}`;
  });
}

function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end'): string {
  return `<text x="${fix(x)}" y="${fix(y)}" text-anchor="${anchor}" font-size="14" fill="#1a1a1a">${escapeHtml(text)}</text>`;
}

function fix(n: number): string {
  return String(Math.round(n * 10) / 10);
}
