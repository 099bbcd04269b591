/**
 * The source-dependence section: the graph, a legend, the independent
 * groups, the passages sources share (each end linked to its words) and the
 * citations and derivations the sources declare.
 */
import { clipText } from '../report-words.js';
import { renderDependenceGraph } from './dependence-graph.js';
import { type Html, html, joinHtml } from './html.js';
import type { HtmlReportContext } from './report-context.js';
import { sourceChip } from './render-finding-card.js';

/** Longest excerpt of a shared passage shown. */
const PASSAGE_EXCERPT = 160;

const LEGEND = html`<ul class="graph-legend" aria-label="How to read the graph">
<li><svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5" class="legend-shared"></line></svg> share passages word for word (thicker: more words)</li>
<li><svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5" class="legend-cites"></line></svg> cites (arrow towards the source cited)</li>
<li><svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5" class="legend-derived-from"></line></svg> derived from</li>
<li><svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5" class="legend-common-origin"></line></svg> derived from the same outside report</li>
<li>Sources of one colour form one independent group; grey ones stand alone.</li>
</ul>`;

const wordsLink = (ctx: HtmlReportContext, sourceId: string, start: number, end: number): Html => {
  const h = ctx.index.highlightAt(sourceId, start, end);
  return h !== undefined ? html`<a href="#${h.id}">${start}–${end}</a>` : html`${start}–${end}`;
};

/**
 * @example
 * renderDependenceSection(ctx)
 */
export const renderDependenceSection = (ctx: HtmlReportContext): Html => {
  const dep = ctx.input.dependence;
  if (dep === undefined) return html``;
  const sources = ctx.input.corpus.sources.map((d) => ({ id: d.source.id as string, label: ctx.label(d.source.id), title: d.source.title ?? 'untitled' }));
  const groups = html`<table class="groups"><caption>Independent source groups</caption><thead><tr><th scope="col">Group</th><th scope="col">Sources</th></tr></thead><tbody>${dep.groups.map(
    (g) => html`<tr><td><code>${ctx.label(g.id)}</code></td><td>${joinHtml(g.sources.map((s) => sourceChip(ctx, s)), ' ')}</td></tr>`,
  )}</tbody></table>`;
  const passages =
    dep.passages.length > 0
      ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Shared passages"><table class="passages"><caption>Shared passages</caption><thead><tr><th scope="col">Sources</th><th scope="col">Words</th><th scope="col">Characters in first</th><th scope="col">Characters in second</th><th scope="col">Passage</th></tr></thead><tbody>${dep.passages.map(
          (p) =>
            html`<tr><td class="nowrap">${sourceChip(ctx, p.a.sourceId)} &amp; ${sourceChip(ctx, p.b.sourceId)}</td><td>${p.words}</td><td>${wordsLink(ctx, p.a.sourceId, p.a.start, p.a.end)}</td><td>${wordsLink(ctx, p.b.sourceId, p.b.start, p.b.end)}</td><td>${clipText(p.text, PASSAGE_EXCERPT)}</td></tr>`,
        )}</tbody></table></div>`
      : html`<p>No two sources share a passage.</p>`;
  const declared =
    dep.declared.length > 0
      ? html`<h3>Declared citations and derivations</h3><ul class="declared">${dep.declared.map((d) => {
          const target = d.source !== undefined ? sourceChip(ctx, d.source) : html`${d.outside ?? 'an outside report'}`;
          const h = d.evidence !== undefined ? ctx.index.highlightOf(d.evidence) : undefined;
          const words = d.evidence !== undefined ? html`: ${h !== undefined ? html`<a href="#${h.id}">“${clipText(d.evidence.quote.exact, 120)}”</a>` : html`“${clipText(d.evidence.quote.exact, 120)}”`}` : '';
          return html`<li>${sourceChip(ctx, d.from)} ${d.relation === 'cites' ? 'cites' : 'is derived from'} ${target}${words}</li>`;
        })}</ul>`
      : '';
  return html`<section id="dependence" aria-labelledby="dependence-title">
<h2 id="dependence-title">Source dependence</h2>
<p>Corroboration counts independent groups, not sources: sources that share passages or declare that one derives from another count as one witness.</p>
<div class="dependence-overview">
<figure class="graph">${renderDependenceGraph(sources, dep, ctx.label)}<figcaption>${LEGEND}</figcaption></figure>
${groups}
</div>
${passages}
${declared}
</section>`;
};
