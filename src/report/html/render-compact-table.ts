/**
 * Values only one independent source gives, one table row each rather than
 * a card: the corpus's coverage (not findings, no review), or — when the
 * `uncorroborated` rule is turned on — its findings, with their ids and
 * review status and the same filter attributes as the cards. Each row names
 * the claim group, the value, the sources and the words (linked to them in
 * context).
 */
import type { Finding, FindingClaim } from '../../model/finding.js';
import type { SingleSourceValue } from '../../reconcile/coverage.js';
import { describeValue } from '../../values/index.js';
import { clipText } from '../report-words.js';
import { claimGroupLabel } from '../subject-names.js';
import { type Html, html, joinHtml } from './html.js';
import type { HtmlReportContext } from './report-context.js';
import { filterAttributes, sourceChip } from './render-finding-card.js';
import { reviewStateOf } from './review-state.js';

const quoteLink = (ctx: HtmlReportContext, c: FindingClaim): Html => {
  const highlight = ctx.index.highlightOf(c.span);
  const source = ctx.sourceAnchor(c.sourceId);
  const quote = `“${clipText(c.span.quote.exact, 90)}”`;
  return highlight !== undefined && source !== undefined
    ? html`<a class="evidence" href="#${highlight.id}" data-hl="${highlight.id}" data-source="${source}" data-label="${ctx.label(c.sourceId)} · ${c.claimId}">${quote}</a>`
    : html`${quote}`;
};

const row = (ctx: HtmlReportContext, f: Finding): Html => {
  const claims = f.sides.flatMap((s) => s.claims);
  const first = claims[0];
  const review = reviewStateOf(f, ctx.input);
  const sources = [...new Set(claims.map((c) => c.sourceId as string))].sort();
  const group = claimGroupLabel(f, ctx.names);
  return html`<tr id="${ctx.findingAnchor(f.id) ?? ''}"${filterAttributes(ctx, f)} data-title="Single-source claim: ${group}">
<td>${group}<br><code class="small">${f.id}</code></td>
<td>${first !== undefined ? clipText(describeValue(first.value, 'normalized'), 80) : ''}</td>
<td>${joinHtml(sources.map((s) => sourceChip(ctx, s)), ' ')}</td>
<td class="evidence-group" data-group="0" data-title="${f.sides[0]?.label ?? group}">${joinHtml(claims.map((c) => quoteLink(ctx, c)), html`<br>`)}</td>
<td>${review.state === 'reviewed' ? review.review.verdict : html`<span class="badge new-badge">New</span>`}</td>
</tr>`;
};

/**
 * @example
 * renderCompactTable(ctx, singleSourceFindings)
 */
export const renderCompactTable = (ctx: HtmlReportContext, findings: readonly Finding[]): Html => {
  if (findings.length === 0) return html``;
  return html`<section id="single-source" aria-labelledby="single-source-title">
<h2 id="single-source-title">Claims only one independent source makes</h2>
<p>${findings.length} claim${findings.length === 1 ? ' is' : 's are'} made by a single independent source (sources that copy each other count as one). They are not conflicts: they are what to corroborate before relying on them.</p>
<details class="compact">
<summary>Show the ${findings.length} single-source claim${findings.length === 1 ? '' : 's'}</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="Single-source claims">
<table class="compact-table">
<thead><tr><th scope="col">Claim group and finding</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Words</th><th scope="col">Review</th></tr></thead>
<tbody>${findings.map((f) => row(ctx, f))}</tbody>
</table>
</div>
</details>
<p class="filter-empty" hidden>No single-source claim matches the filters.</p>
</section>`;
};

const coverageRow = (ctx: HtmlReportContext, v: SingleSourceValue): Html => {
  const group = `${ctx.names.get(v.key.subject) ?? v.subjectName} · ${v.key.predicate}`;
  const relayed = v.witness.startsWith('outlet:') ? html` <span class="small">(relaying ${v.witness.slice('outlet:'.length)})</span>` : '';
  return html`<tr>
<td>${group}</td>
<td>${clipText(describeValue(v.value, 'normalized'), 80)}</td>
<td>${joinHtml(v.sources.map((s) => sourceChip(ctx, s)), ' ')}${relayed}</td>
<td class="evidence-group" data-group="0" data-title="Single-source value: ${group}">${joinHtml(v.claims.map((c) => quoteLink(ctx, c)), html`<br>`)}</td>
</tr>`;
};

/**
 * The coverage table: values only one independent source gives.
 *
 * @example
 * renderCoverageTable(ctx, input.coverage.singleSource)
 */
export const renderCoverageTable = (ctx: HtmlReportContext, values: readonly SingleSourceValue[], corroborated: number): Html => {
  if (values.length === 0) return html``;
  return html`<section id="single-source" aria-labelledby="single-source-title">
<h2 id="single-source-title">Coverage: values only one independent source gives</h2>
<p>${values.length} value${values.length === 1 ? ' is' : 's are'} given by a single independent source (sources that copy each other count as one); ${corroborated} ${corroborated === 1 ? 'is' : 'are'} corroborated by two or more. They are not conflicts and need no review: they are what to corroborate before relying on them.</p>
<details class="compact">
<summary>Show the ${values.length} single-source value${values.length === 1 ? '' : 's'}</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="Single-source values">
<table class="compact-table">
<thead><tr><th scope="col">Claim group</th><th scope="col">Value</th><th scope="col">Sources</th><th scope="col">Words</th></tr></thead>
<tbody>${values.map((v) => coverageRow(ctx, v))}</tbody>
</table>
</div>
</details>
</section>`;
};
