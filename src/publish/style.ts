// The site's one style sheet: readable Japanese text, AA contrast, visible keyboard focus, tables that
// scroll sideways inside their own region on a phone or at 200% zoom, charts that shrink with the page.
export const STYLE = `:root { color: #1a1a1a; background: #ffffff; font-family: "Hiragino Sans", "Yu Gothic UI", "Yu Gothic", "Noto Sans CJK JP", "Noto Sans JP", Meiryo, sans-serif; line-height: 1.7; }
body { margin: 0; }
a { color: #0b4f9c; text-decoration: underline; }
a:visited { color: #5b2a86; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #b3470b; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #ffffff; padding: 0.5rem 1rem; }
.skip:focus { left: 0.5rem; top: 0.5rem; z-index: 1; }
.site-header, .site-footer { background: #eef3f9; padding: 0.75rem 1rem; }
.site-header { border-bottom: 1px solid #8a9bb0; }
.site-footer { border-top: 1px solid #8a9bb0; margin-top: 3rem; }
.site-title { margin: 0; font-weight: bold; }
.crumbs { list-style: none; margin: 0.25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
.crumbs li + li::before { content: "›"; margin-right: 0.5rem; color: #4d4d4d; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f5fa8; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
p, li, dd { overflow-wrap: anywhere; }
.bullets { list-style: none; padding-left: 0; }
.bullets li { padding-left: 1em; text-indent: -1em; }
.note { font-size: 0.95rem; color: #333333; }
.facts { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 1rem 0; }
.facts div { display: contents; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.5rem; vertical-align: top; }
thead th { background: #e7eef7; white-space: nowrap; }
tbody th { background: #f5f7fa; text-align: left; font-weight: normal; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.chart { margin: 1rem 0; }
.chart svg { width: 100%; max-width: 40rem; height: auto; display: block; }
figcaption { font-size: 0.95rem; }
@media (max-width: 40rem) {
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 0.5rem; }
  h1 { font-size: 1.35rem; }
}
`;
