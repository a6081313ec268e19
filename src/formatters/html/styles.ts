/**
 * The page's only stylesheet. Each status class sets --c (text and borders), --bar (fills) and
 * --soft (backgrounds), so a chip, a bar, a card and a highlight of the same status match.
 * System fonts only: the page must not load anything.
 */
export const pageStyles = `
:root {
  --bg: #f3f5f8; --surface: #ffffff; --text: #1f2328; --muted: #59636e; --border: #d8dee4; --line: #eaeef2;
  --gap: #c4232d; --gap-bar: #d7343e; --gap-soft: #fff0ee;
  --partial: #8a5a00; --partial-bar: #e0a526; --partial-soft: #fff7d6;
  --covered: #1a7f37; --covered-bar: #2da44e; --covered-soft: #e6f6ea;
  --accepted: #57606a; --accepted-bar: #a0a8b1; --accepted-soft: #eef1f4;
  --conflict: #a40e26; --conflict-bar: #a40e26; --conflict-soft: #ffe4e6;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
.status-gap, .hl-status-gap, .status-error { --c: var(--gap); --bar: var(--gap-bar); --soft: var(--gap-soft); }
.status-partial, .hl-status-partial { --c: var(--partial); --bar: var(--partial-bar); --soft: var(--partial-soft); }
.status-covered, .hl-status-covered { --c: var(--covered); --bar: var(--covered-bar); --soft: var(--covered-soft); }
.status-accepted, .hl-status-accepted { --c: var(--accepted); --bar: var(--accepted-bar); --soft: var(--accepted-soft); }
.status-conflict, .hl-conflict { --c: var(--conflict); --bar: var(--conflict-bar); --soft: var(--conflict-soft); }

* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
}
.page-header { background: linear-gradient(120deg, #0d2540 0%, #17406f 60%, #1f5a94 100%); color: #fff; }
.page-header-inner, main, .page-footer { max-width: 1120px; margin: 0 auto; padding-left: 28px; padding-right: 28px; }
.page-header-inner { padding-top: 26px; padding-bottom: 22px; }
.brand { margin: 0; font-size: 12.5px; font-weight: 700; letter-spacing: .14em; text-transform: uppercase; opacity: .7; }
h1 { margin: 4px 0 6px; font-size: 25px; line-height: 1.25; font-weight: 650; }
.run-summary { margin: 0 0 16px; opacity: .85; }
.document-links { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 16px; padding: 0; }
.document-links a {
  display: inline-flex; align-items: center; gap: 8px; padding: 4px 14px 4px 5px; border-radius: 999px;
  background: rgba(255, 255, 255, .12); color: #fff; text-decoration: none; font-size: 13.5px; font-family: var(--mono);
}
.document-links a:hover { background: rgba(255, 255, 255, .22); }
.document-links .pill { font-family: inherit; }
.filter { display: inline-flex; align-items: center; gap: 8px; font-size: 13.5px; cursor: pointer; opacity: .9; }
.filter input { width: 16px; height: 16px; accent-color: #5aa0e6; }

main { padding-top: 26px; padding-bottom: 8px; }
.document {
  background: var(--surface); border: 1px solid var(--border); border-radius: 14px; padding: 26px 30px 30px; margin-bottom: 28px;
  box-shadow: 0 1px 2px rgba(31, 35, 40, .04), 0 10px 28px rgba(31, 35, 40, .06);
}
.document-header { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; }
.file { margin: 0; font: 600 19px/1.35 var(--mono); word-break: break-word; }
.meta { margin: 4px 0 0; color: var(--muted); font-size: 13.5px; }
.overall { display: flex; flex-direction: column; align-items: flex-end; text-align: right; min-width: 220px; }
.overall-label { font-size: 11.5px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase; color: var(--muted); }
.overall-value { font-size: 46px; font-weight: 750; line-height: 1.05; color: var(--c); font-variant-numeric: tabular-nums; }
.overall-arithmetic { max-width: 340px; font-size: 12.5px; color: var(--muted); }
.stats { list-style: none; display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 22px 0 18px; padding: 0; }
.stat {
  display: flex; align-items: baseline; gap: 10px; padding: 10px 16px; border-radius: 10px;
  background: var(--soft); border: 1px solid var(--line); border-left: 4px solid var(--bar);
}
.stat b { font-size: 26px; line-height: 1.1; color: var(--c); font-variant-numeric: tabular-nums; }
.stat span { font-size: 13.5px; color: var(--muted); }
.warning { margin: 0 0 12px; padding: 8px 14px; border-radius: 8px; background: var(--partial-soft); border: 1px solid #e9c46a; color: #6b4600; }
.error { margin: 8px 0 0; color: var(--gap); font-weight: 600; }
.document-error { border-left: 4px solid var(--gap-bar); }

.overview { display: grid; grid-template-columns: 1fr; gap: 8px; }
.chart-figure { margin: 8px 0 0; }
figcaption, .section-title {
  margin: 26px 0 12px; padding-bottom: 7px; border-bottom: 1px solid var(--line);
  font-size: 12.5px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase; color: var(--muted);
}
figcaption { margin-top: 8px; }
.chart { display: block; width: 100%; max-width: 900px; height: auto; font-size: 13px; }
.chart text { dominant-baseline: central; fill: var(--text); }
.chart .bar-id { font-weight: 700; font-family: var(--mono); fill: var(--c); }
.chart .bar-title { fill: #3d444d; }
.chart .track { fill: #eef1f4; }
.chart .fill { fill: var(--bar); }
.chart .bar-value { font-weight: 650; font-variant-numeric: tabular-nums; }
.chart .bar-conflict { fill: var(--conflict); font-weight: 700; }
.chart .threshold line { stroke: #6e7781; stroke-width: 1; stroke-dasharray: 4 3; }
.chart .threshold text { fill: var(--muted); font-size: 11px; }
.chart .axis text { text-anchor: middle; fill: var(--muted); font-size: 11px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 6px 0 0; padding: 0; font-size: 12.5px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.legend .swatch { width: 12px; height: 12px; border-radius: 3px; background: var(--bar); }
.legend .mark { color: var(--conflict); font-weight: 700; }
.chart .tick { stroke: #57606a; stroke-width: 1.5; }

table.dimensions { width: 100%; border-collapse: collapse; font-size: 14px; }
.dimensions th {
  padding: 8px 12px; border-bottom: 2px solid var(--border); text-align: left;
  font-size: 11.5px; font-weight: 700; letter-spacing: .07em; text-transform: uppercase; color: var(--muted);
}
.dimensions td { padding: 8px 12px; border-bottom: 1px solid var(--line); vertical-align: middle; }
.dimensions tbody tr:hover { background: #f7f9fb; }
.dimensions td.id { font: 700 13.5px var(--mono); color: var(--c); }
.kind { display: block; font-size: 12px; color: var(--muted); }
.dimensions .number { text-align: right; font-variant-numeric: tabular-nums; }
.meter { display: block; width: 84px; height: 4px; margin: 4px 0 0 auto; border-radius: 2px; background: #eef1f4; overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--bar); }
.pill {
  display: inline-block; padding: 1px 10px; border-radius: 999px; white-space: nowrap;
  font-size: 12.5px; font-weight: 650; color: var(--c); background: var(--soft); border: 1px solid var(--line);
}
.accepted { margin-left: 8px; font-size: 12.5px; color: var(--muted); border-bottom: 1px dotted var(--muted); cursor: help; }
body:has(#only-issues:checked) tr.is-ok { display: none; }

.gaps { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 12px; align-items: start; }
.gaps > .section-title { grid-column: 1 / -1; margin-bottom: 0; }
.gaps > .card { margin: 0; }
.card { margin: 12px 0; padding: 14px 18px 16px; border: 1px solid var(--border); border-left: 4px solid var(--bar); border-radius: 10px; }
.card-title { display: grid; grid-template-columns: auto 1fr auto; align-items: baseline; gap: 10px; margin: 0 0 6px; font-size: 15.5px; line-height: 1.4; }
.card-title .id { font-family: var(--mono); color: var(--c); }
.card h4 { margin: 12px 0 6px; font-size: 11.5px; font-weight: 700; letter-spacing: .07em; text-transform: uppercase; color: var(--muted); }
.accepted-reason, .conflict-description { margin: 4px 0 0; }
.conflict-description { font-weight: 600; color: var(--conflict); }
blockquote { margin: 0; padding: 10px 16px; border-radius: 8px; }
blockquote.policy { background: #f6f8fa; border-left: 3px solid #8c959f; font-style: italic; color: #3d444d; }
blockquote.passage { background: #fcfcfd; border: 1px solid var(--line); font: 15.5px/1.65 Georgia, "DejaVu Serif", "Times New Roman", serif; }
.lineamientos { margin: 0; padding: 0; list-style: none; }
.lineamientos li { padding: 3px 0; }
.ref { margin-right: 6px; padding: 1px 7px; border-radius: 4px; background: #eef1f4; font: 700 12.5px var(--mono); }
mark { padding: 0 2px; border-radius: 3px; background: var(--soft); box-shadow: inset 0 -2px 0 var(--bar); color: inherit; }

.note { margin: 0 0 8px; font-size: 13.5px; color: var(--muted); }
.passage-card { padding: 14px 0; border-bottom: 1px dashed var(--border); }
.passage-card:last-child { border-bottom: 0; }
.location { margin: 0 0 6px; font-size: 13px; font-weight: 600; color: var(--muted); }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; padding: 0; }
.chip { padding: 1px 10px; border-radius: 999px; font-size: 12.5px; color: var(--c); background: var(--soft); border: 1px solid var(--line); }
.chip b { font-family: var(--mono); }

.page-footer { padding-top: 4px; padding-bottom: 32px; text-align: center; font-size: 13px; color: var(--muted); }

@media (max-width: 760px) {
  .document { padding: 18px; }
  .document-header { flex-direction: column; }
  .overall { align-items: flex-start; text-align: left; }
  .stats { grid-template-columns: repeat(2, 1fr); }
}
@media print {
  body { background: #fff; }
  .filter { display: none; }
  .document { box-shadow: none; }
}
`.trim();
