/**
 * The HTML report's style sheet: system fonts only (nothing to download),
 * colours chosen for WCAG AA contrast, visible focus, and a layout that
 * reads on a phone and on a wide screen.
 */
export const REPORT_STYLE = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#4b5563;--line:#d0d7de;--page:#f5f6f8;--card:#fff;--link:#1d4ed8;
--error:#b42318;--warning:#8a4b00;--info:#1f5fa8;--ok:#166534;--new:#9a3412;
--mark1:#fff1a6;--mark2:#ffe066;--mark3:#ffd43b;--passage:#dbeafe;--nc:#eceff3;--ai:#f3e8ff;
--tone0-bg:#cfe3ff;--tone0:#1e4f8f;--tone1-bg:#ffdcb8;--tone1:#9a4a00;--tone2-bg:#c9efd4;--tone2:#166534;
--tone3-bg:#eadcff;--tone3:#6b21a8;--tone4-bg:#c4f1ee;--tone4:#0f5f59;--tone5-bg:#ffd6e5;--tone5:#a3154f}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{background:var(--page);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
body{margin:0}
a{color:var(--link)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em;overflow-wrap:anywhere}
.skip{position:absolute;left:-999rem;top:.5rem;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
.wrap{max-width:84rem;margin:0 auto;padding:0 1.25rem}
.report-head{background:#fff;border-bottom:1px solid var(--line);padding:1.25rem 0 .75rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .4rem}
h2{font-size:1.35rem;margin:2.2rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.08rem;margin:0}
h4{font-size:.95rem;margin:0 0 .35rem}
.generated{color:var(--muted);margin:.2rem 0 .8rem;max-width:60rem}
.tally{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0 0 .8rem}
.tally li{background:var(--page);border:1px solid var(--line);border-radius:6px;padding:.25rem .7rem}
.tally strong{font-size:1.15rem;margin-right:.25rem}
.tally .t-error strong{color:var(--error)}.tally .t-warning strong{color:var(--warning)}.tally .t-info strong{color:var(--info)}
.tally .t-new strong{color:var(--new)}.tally .t-reviewed strong{color:var(--ok)}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:0;padding:0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.5rem 0 1rem;font-size:.9rem}
.legend .swatch{display:inline-block;min-width:2.2em;padding:0 .3em;margin-right:.35em;border-radius:3px}
.badge{display:inline-block;font-size:.75rem;font-weight:650;line-height:1.6;padding:0 .55em;border-radius:999px;color:#fff;vertical-align:.1em;white-space:nowrap}
.sev-badge-error{background:var(--error)}.sev-badge-warning{background:var(--warning)}.sev-badge-info{background:var(--info)}
.reviewed-badge{background:var(--ok)}.new-badge{background:var(--new)}.preferred-badge{background:#14532d}
.sev-text-error{color:var(--error)}.sev-text-warning{color:var(--warning)}.sev-text-info{color:var(--info)}
.chip{display:inline-block;font:600 .8rem/1.5 ui-monospace,Menlo,Consolas,monospace;padding:0 .4em;border:1px solid var(--line);border-radius:4px;background:#f8fafc;text-decoration:none}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 1.2rem;background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin:0 0 1rem}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
.filters legend{font-weight:600;float:left;margin-right:.6rem}
.filters label{font-size:.92rem}
.filters select,.filters button{font:inherit;font-size:.92rem;margin-left:.3rem;padding:.15rem .3rem}
.filter-status{margin:0;color:var(--muted);font-size:.9rem;flex-basis:100%}
.finding{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--info);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1.1rem}
.finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning)}
.finding-head .group{font-weight:500}
.finding-number{color:var(--muted)}
.finding-meta{margin:.3rem 0 0;color:var(--muted);font-size:.88rem}
.message{margin:.7rem 0;font-size:1.02rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:.8rem;list-style:none;padding:0;margin:.6rem 0}
.side{border:1px solid var(--line);border-top:5px solid var(--tone0);border-radius:6px;padding:.6rem .8rem;background:#fcfcfd}
.side.tone-1{border-top-color:var(--tone1)}.side.tone-2{border-top-color:var(--tone2)}.side.tone-3{border-top-color:var(--tone3)}.side.tone-4{border-top-color:var(--tone4)}.side.tone-5{border-top-color:var(--tone5)}
.side.preferred{box-shadow:0 0 0 2px #14532d inset}
.side-number{display:block;font-size:.78rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.value,.support{margin:.2rem 0;font-size:.92rem}
.quotes{list-style:none;padding:0;margin:.4rem 0 0}
.quote{margin:.5rem 0 0}
blockquote{margin:0;padding:.35rem .7rem;border-left:3px solid #9ca3af;background:#f8fafc;font-family:Georgia,"Noto Serif","DejaVu Serif",serif;overflow-wrap:anywhere}
.cite{margin:.2rem 0 0;font-size:.85rem;color:var(--muted)}
.place{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:#374151}
.stale{color:var(--error)}
.note-text{margin:.2rem 0;font-size:.92rem}
.related h4{margin-top:.6rem}
.preferred-value{margin:.7rem 0;padding:.5rem .8rem;background:#f0fdf4;border:1px solid #bbf7d0;border-radius:6px}
.preferred-value p{margin:.1rem 0}
.explanation{font-size:.88rem;color:#374151}
meter{width:7rem;vertical-align:middle}
.rule-why{font-size:.88rem;color:var(--muted);margin:.5rem 0}
.review{margin:.5rem 0 0}
.table-wrap{overflow:auto;max-width:100%;margin:1rem 0}
.nowrap{white-space:nowrap}
table{border-collapse:collapse;background:#fff;font-size:.9rem;width:100%}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f6}
.compact summary{cursor:pointer;font-weight:600;margin:.4rem 0}
.compact .table-wrap{max-height:36rem}
.small{font-size:.75rem;color:var(--muted)}
.dependence-overview{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
.graph{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:.5rem;max-width:100%}
.graph>svg{max-width:100%;height:auto;display:block;margin:0 auto}
.graph-legend svg{vertical-align:middle;margin-right:.4rem}
.groups{width:auto;min-width:16rem}
.edge line{stroke:#374151}
.edge-shared line{stroke:#9a4a00}
.edge-cites line{stroke-dasharray:6 4}
.edge-common-origin line{stroke-dasharray:2 3}
.edge-label{font:11px system-ui,sans-serif;fill:#1f2937;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}
.node circle{stroke:#1f2937;stroke-width:1.5}
.node-label{font:600 12px ui-monospace,Menlo,Consolas,monospace;fill:#111827;text-anchor:middle}
.graph-legend{list-style:none;padding:0;margin:.4rem 0 0;font-size:.85rem}
.graph-legend line{stroke:#374151;stroke-width:2}
.graph-legend .legend-shared{stroke:#9a4a00;stroke-width:4}
.graph-legend .legend-cites{stroke-dasharray:6 4}
.graph-legend .legend-common-origin{stroke-dasharray:2 3}
.declared{font-size:.92rem}
.source{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1.5rem}
.source-label{font-family:ui-monospace,Menlo,Consolas,monospace;background:#1f2937;color:#fff;border-radius:4px;padding:0 .4em;margin-right:.3em}
.source-meta{display:flex;flex-wrap:wrap;gap:.2rem 1.6rem;margin:.6rem 0;font-size:.88rem}
.source-meta dt{font-weight:600;color:var(--muted);display:inline}
.source-meta dt::after{content:": "}
.source-meta dd{display:inline;margin:0;overflow-wrap:anywhere}
.source-meta code{overflow-wrap:normal}
.relations{font-size:.88rem;margin:.3rem 0}
.ai-whole{background:var(--ai);border-left:4px solid #6b21a8;padding:.3rem .7rem}
.source-counts{font-size:.88rem;color:var(--muted);margin:.3rem 0}
.source-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}
@media (max-width:60rem){.source-body{grid-template-columns:1fr}}
.source-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Noto Serif","DejaVu Serif",serif;font-size:1rem;line-height:1.65;max-height:34rem;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;background:#fffdf8;position:relative}
.claim-list{max-height:34rem;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem}
.claims{margin:0;padding-left:2.2rem;font-size:.88rem}
.claim-entry{margin:0 0 .6rem;scroll-margin-top:4rem}
.claim-entry:target{background:#fff7cc;outline:2px solid var(--warning)}
.claim-entry p{margin:0}
.claim-how,.claim-note{color:#374151}
mark.hl{color:inherit;background:var(--mark1);border-radius:2px}
mark.hl.d2{background:var(--mark2)}
mark.hl.d3{background:var(--mark3)}
mark.hl.passage{background:var(--passage)}
.anchor{scroll-margin-top:5rem}
.anchor:target+mark,.anchor:target+.anchor+mark{outline:3px solid var(--link)}
mark.on{font-weight:600}
mark.on.tone-0{background:var(--tone0-bg);box-shadow:inset 0 -3px var(--tone0)}
mark.on.tone-1{background:var(--tone1-bg);box-shadow:inset 0 -3px var(--tone1)}
mark.on.tone-2{background:var(--tone2-bg);box-shadow:inset 0 -3px var(--tone2)}
mark.on.tone-3{background:var(--tone3-bg);box-shadow:inset 0 -3px var(--tone3)}
mark.on.tone-4{background:var(--tone4-bg);box-shadow:inset 0 -3px var(--tone4)}
mark.on.tone-5{background:var(--tone5-bg);box-shadow:inset 0 -3px var(--tone5)}
mark.current{text-decoration:underline 2px;text-underline-offset:3px}
.evidence-column mark.hl:not(.on){background:none;box-shadow:inset 0 -1px #d1d5db}
.ref{text-decoration:none;font:700 .68em/1 system-ui,sans-serif;vertical-align:super;margin:0 .08em;padding:0 .12em;border-radius:3px;color:var(--link)}
.ref::after{content:attr(data-n)}
.ref:hover{background:#e0e7ff}
.region.nc{background:var(--nc);color:#374151}
.region.ai{background:var(--ai);text-decoration:underline dotted #6b21a8 2px;text-underline-offset:5px}
.region.first::before{content:attr(data-label);display:inline-block;font:600 .7rem/1.5 system-ui,sans-serif;color:#fff;border-radius:3px;padding:0 .4em;margin:0 .35em 0 0;white-space:nowrap}
.region.nc.first::before{background:#4b5563}
.region.ai.first::before{background:#6b21a8}
.evidence-dialog{width:min(97vw,120rem);height:min(94vh,64rem);max-width:none;max-height:none;padding:0;border:0;border-radius:10px;box-shadow:0 20px 50px rgba(0,0,0,.35)}
.evidence-dialog[open]{display:flex;flex-direction:column}
.evidence-dialog::backdrop{background:rgba(17,24,39,.6)}
.evidence-head{display:flex;gap:1rem;align-items:flex-start;justify-content:space-between;padding:.8rem 1.1rem;border-bottom:1px solid var(--line);background:#fff}
.evidence-head h2{font-size:1.1rem;margin:0;padding:0;border:0}
.evidence-hint{margin:.2rem 0 0;font-size:.85rem;color:var(--muted)}
.evidence-close{font:inherit;font-weight:600;padding:.3rem .9rem;border:1px solid #9ca3af;border-radius:6px;background:#f3f4f6;cursor:pointer}
.evidence-columns{flex:1;min-height:0;display:grid;grid-auto-flow:column;grid-auto-columns:minmax(min(90vw,24rem),1fr);gap:1rem;padding:1rem;overflow-x:auto;background:var(--page)}
.evidence-column{display:flex;flex-direction:column;min-height:0;background:#fff;border:1px solid var(--line);border-top:6px solid var(--tone0);border-radius:8px;padding:.6rem .8rem}
.evidence-column.tone-1{border-top-color:var(--tone1)}.evidence-column.tone-2{border-top-color:var(--tone2)}.evidence-column.tone-3{border-top-color:var(--tone3)}.evidence-column.tone-4{border-top-color:var(--tone4)}.evidence-column.tone-5{border-top-color:var(--tone5)}
.evidence-column h3{font-size:.98rem;margin:0 0 .3rem}
.evidence-where{font-size:.85rem;color:var(--muted);margin:0 0 .4rem}
.evidence-choices{display:flex;flex-wrap:wrap;gap:.3rem;margin:0 0 .4rem}
.evidence-choices button{font:inherit;font-size:.8rem;padding:.1rem .5rem;border:1px solid #9ca3af;border-radius:999px;background:#fff;cursor:pointer}
.evidence-choices button[aria-pressed=true]{background:#1f2937;color:#fff;border-color:#1f2937}
.evidence-column .source-text{flex:1;max-height:none;min-height:0}
.report-foot{color:var(--muted);font-size:.85rem;padding:2rem 0}
`.trim();
