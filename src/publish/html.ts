// The published pages' parts: the page shell (lang="ja", skip link, breadcrumbs, one h1), tables with a
// caption and th scope inside a focusable scroll region, definition lists. Text in, escaped HTML out.
import { escapeHtml } from './format';

/** Ids unique within one page (captions, chart titles). */
export class Ids {
  private n = 0;
  next(prefix: string): string {
    this.n += 1;
    return `${prefix}-${this.n}`;
  }
}

export type CellContent = string | { text: string; href: string };

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

export interface Table {
  caption: string;
  columns: Column[];
  rows: CellContent[][];
  /** How many leading cells of each row are its headers (th scope="row"). */
  rowHeaders?: number;
}

function cellHtml(c: CellContent): string {
  return typeof c === 'string' ? escapeHtml(c) : `<a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a>`;
}

/** A table people can scroll sideways on a phone, by keyboard too (the region takes focus). */
export function table(t: Table, ids: Ids): string {
  const id = ids.next('table');
  const headers = t.rowHeaders ?? 1;
  const cls = (col: Column | undefined) => (col?.numeric ? ' class="num"' : '');
  const head = `<tr>${t.columns.map((c) => `<th scope="col"${cls(c)}>${escapeHtml(c.label)}</th>`).join('')}</tr>`;
  const body = t.rows
    .map((row) => `<tr>${row.map((c, i) => (i < headers ? `<th scope="row"${cls(t.columns[i])}>${cellHtml(c)}</th>` : `<td${cls(t.columns[i])}>${cellHtml(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0"><table><caption id="${id}">${escapeHtml(t.caption)}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** Label and value pairs, values as text. */
export function facts(items: Array<[string, CellContent]>): string {
  return `<dl class="facts">${items.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${cellHtml(v)}</dd></div>`).join('')}</dl>`;
}

export interface Crumb {
  text: string;
  href?: string;
}

export interface PageShell {
  /** The page's own title, its h1. */
  title: string;
  /** The report's title, shown on every page and in the browser tab. */
  siteTitle: string;
  /** Path from this page to the site's root: '' or '../'. */
  root: string;
  crumbs: Crumb[];
  /** The page's content below its h1, starting with h2. */
  body: string;
  /** Who publishes, for the footer. */
  publisher: string;
}

export function pageHtml(p: PageShell): string {
  const crumbs = p.crumbs.map((c) => `<li>${c.href ? `<a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a>` : `<span aria-current="page">${escapeHtml(c.text)}</span>`}</li>`).join('');
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.siteTitle.includes(p.title) ? p.siteTitle : `${p.title} | ${p.siteTitle}`)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${p.root}style.css">
</head>
<body>
<a class="skip" href="#main">本文へ移動</a>
<header class="site-header"><p class="site-title"><a href="${p.root}index.html">${escapeHtml(p.siteTitle)}</a></p>
<nav aria-label="現在位置"><ol class="crumbs">${crumbs}</ol></nav></header>
<main id="main">
<h1>${escapeHtml(p.title)}</h1>
${p.body}
</main>
<footer class="site-footer"><p>${escapeHtml(p.publisher)}　<a href="${p.root}index.html#open-data">オープンデータ</a></p></footer>
</body>
</html>
`;
}

export function section(heading: string, content: string, level: 2 | 3 | 4 = 2): string {
  return `<section><h${level}>${escapeHtml(heading)}</h${level}>${content}</section>`;
}

/** The index page's list of open-data files (the footer of every page links to it), each file with what it holds. */
export function openDataSection(items: Array<[string, string]>): string {
  const links = items.map(([href, text]) => `<li><a href="${href}">${escapeHtml(href.replace('data/', ''))}</a>：${escapeHtml(text)}</li>`).join('');
  return `<section id="open-data"><h2>オープンデータ</h2><p>このページの数値は次のファイルでも提供しています。CSV は文字コード UTF-8（BOM 付き）で、表計算ソフトでそのまま開けます。</p><ul>${links}</ul></section>`;
}
