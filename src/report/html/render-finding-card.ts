/**
 * One finding as a card: severity, claim group, the message, each value
 * cluster (side) with its normalized value, its support (sources and
 * independent source groups) and its quotes — each linked to its words in
 * context and to its claim and file:line —, related notes, the preferred
 * value with its confidence, the rule's explanation and the review verdict.
 * Works for any number of sides. The `data-*` attributes feed the filters
 * and the side-by-side evidence view (progressive enhancement).
 */
import type { Finding, FindingClaim, FindingNote, FindingSide } from '../../model/finding.js';
import type { Span } from '../../model/span.js';
import { describeValue } from '../../values/index.js';
import { sourcesCitedBy } from '../finding-sources.js';
import { claimGroupLabel } from '../subject-names.js';
import { type Html, type HtmlPart, html, joinHtml } from './html.js';
import type { HtmlReportContext } from './report-context.js';
import { REVIEW_STATE_LABEL, reviewStateOf } from './review-state.js';

export const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** Sides cycle through this many colour tones. */
export const SIDE_TONES = 6;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const sourceChip = (ctx: HtmlReportContext, sourceId: string): Html => {
  const anchor = ctx.sourceAnchor(sourceId);
  return anchor !== undefined ? html`<a class="chip" href="#${anchor}" title="${sourceId}">${ctx.label(sourceId)}</a>` : html`<span class="chip">${sourceId}</span>`;
};

/** A quote with its link into the source text, and its claim. */
const quoteItem = (ctx: HtmlReportContext, span: Span, claimId: string | undefined, lead?: HtmlPart): Html => {
  const highlight = ctx.index.highlightOf(span);
  const sourceAnchor = ctx.sourceAnchor(span.sourceId);
  const label = ctx.label(span.sourceId);
  const entry = claimId !== undefined ? ctx.entries.entry(span.sourceId, claimId) : undefined;
  const place = claimId !== undefined ? ctx.claimPlace(claimId) : undefined;
  const where = `${label}, characters ${span.position.start}–${span.position.end}`;
  const context =
    highlight !== undefined && sourceAnchor !== undefined
      ? html`<a class="evidence" href="#${highlight.id}" data-hl="${highlight.id}" data-source="${sourceAnchor}" data-label="${label}${claimId !== undefined ? ` · ${claimId}` : ''}">In context: ${where}</a>`
      : html`<span class="stale">${where} (these words are not in the source text)</span>`;
  const claim =
    claimId !== undefined
      ? html` · claim ${entry !== undefined ? html`<a href="#${entry.id}"><code>${claimId}</code></a>` : html`<code>${claimId}</code>`}${place !== undefined ? html` <span class="place">${place}</span>` : ''}`
      : '';
  // A note that already quotes the words in its message is not followed by the same words again.
  const quoted = typeof lead === 'string' && lead.includes(span.quote.exact);
  return html`<li class="quote">${lead !== undefined ? html`<p class="note-text">${lead}</p>` : ''}${quoted ? '' : html`<blockquote>${span.quote.exact}</blockquote>`}<p class="cite">${context}${claim}</p></li>`;
};

const claimQuote = (ctx: HtmlReportContext, c: FindingClaim): Html => quoteItem(ctx, c.span, c.claimId);

const distinctValues = (claims: readonly FindingClaim[]): string[] => [...new Set(claims.map((c) => describeValue(c.value, 'normalized')))];

const renderSide = (ctx: HtmlReportContext, finding: Finding, side: FindingSide, index: number, preferredValue: string | undefined): Html => {
  const values = distinctValues(side.claims);
  const preferred = preferredValue !== undefined && values.includes(preferredValue);
  const groups = side.sourceGroups.map((g) => joinHtml(g.map((s) => sourceChip(ctx, s)), ' + '));
  return html`<li class="side evidence-group tone-${index % SIDE_TONES}${preferred ? ' preferred' : ''}" data-group="${index}" data-title="Value ${index + 1} of ${finding.sides.length}: ${side.label}">
<h4 class="group-title"><span class="side-number">Value ${index + 1} of ${finding.sides.length}</span> ${side.label}</h4>
${values.length > 0 ? html`<p class="value">Normalized: <strong>${values.join(' / ')}</strong>${preferred ? html` <span class="badge preferred-badge">most likely true</span>` : ''}</p>` : ''}
<p class="support">Support: ${side.support} independent ${side.support === 1 ? 'witness' : 'witnesses'}, ${plural(side.sources.length, 'source')} in ${plural(side.sourceGroups.length, 'independent group')}${groups.length > 0 ? html` — ${joinHtml(groups, '; ')}` : ''}</p>
<ul class="quotes">${side.claims.map((c) => claimQuote(ctx, c))}</ul>
</li>`;
};

const renderNote = (ctx: HtmlReportContext, note: FindingNote): Html =>
  note.span !== undefined
    ? quoteItem(ctx, note.span, note.claimId, note.message)
    : html`<li class="quote"><p class="note-text">${note.message}${note.claimId !== undefined ? html` (claim <code>${note.claimId}</code>)` : ''}</p></li>`;

const renderPreferred = (ctx: HtmlReportContext, finding: Finding): Html => {
  const p = ctx.input.preferred?.get(finding.id);
  if (p === undefined) return html``;
  const known = Number.isFinite(p.confidence);
  const confidence = Math.min(Math.max(known ? p.confidence : 0, 0), 1);
  const meter = known
    ? html`, confidence ${confidence.toFixed(2)} <meter min="0" max="1" value="${confidence.toFixed(3)}" aria-label="confidence ${confidence.toFixed(2)}">${confidence.toFixed(2)}</meter>`
    : ', confidence unknown';
  return html`<div class="preferred-value"><p>Most likely true (<code>${p.strategy}</code>): <strong>${p.value}</strong>${meter}</p><p class="explanation">${p.explanation}</p></div>`;
};

const REVIEW_NOTE: Readonly<Record<'reviewed' | 'new-evidence' | 'changed', string>> = {
  reviewed: '',
  'new-evidence': ' Claims joined or left its sides since the review; the disputed values are the same, so the review carries over.',
  changed: ' The disputed values changed since the review: review it again.',
};

const renderReview = (ctx: HtmlReportContext, finding: Finding): Html => {
  const review = reviewStateOf(finding, ctx.input);
  if (review.state === 'new') return html`<p class="review review-new"><span class="badge new-badge">New</span> Not yet reviewed.</p>`;
  const { verdict, reason, reviewedBy } = review.review;
  return html`<p class="review review-done review-${review.state}"><span class="badge reviewed-badge">${REVIEW_STATE_LABEL[review.state]}</span> <strong>${verdict}</strong> — ${reason}${reviewedBy !== undefined ? html` <span class="by">(${reviewedBy})</span>` : ''}${REVIEW_NOTE[review.state]}</p>`;
};

/** The `data-*` attributes the filters read. */
export const filterAttributes = (ctx: HtmlReportContext, finding: Finding): Html => {
  const sources = sourcesCitedBy(finding);
  return html` data-finding="${finding.id}" data-severity="${finding.severity}" data-rule="${finding.ruleId}" data-sources="${sources.join(' ')}" data-review="${reviewStateOf(finding, ctx.input).state}"`;
};

/**
 * @example
 * renderFindingCard(ctx, finding, 1)
 */
export const renderFindingCard = (ctx: HtmlReportContext, finding: Finding, number: number): Html => {
  const anchor = ctx.findingAnchor(finding.id) ?? 'finding';
  const group = claimGroupLabel(finding, ctx.names);
  const discrepancy = finding.discrepancy;
  const preferred = ctx.input.preferred?.get(finding.id)?.value;
  const rule = ctx.input.ruleDescriptions[finding.ruleId];
  const involved = sourcesCitedBy(finding);
  return html`<article class="finding sev-${finding.severity}" id="${anchor}" aria-labelledby="${anchor}-title"${filterAttributes(ctx, finding)}>
<header class="finding-head">
<h3 id="${anchor}-title"><span class="badge sev-badge-${finding.severity}">${SEVERITY_WORD[finding.severity]}</span> <span class="finding-number">${number}.</span> ${finding.kind}${group !== '' ? html` <span class="group">— ${group}</span>` : ''}</h3>
<p class="finding-meta"><code>${finding.id}</code> · rule <code>${finding.ruleId}</code>${
    discrepancy !== undefined ? html` · <span class="discrepancy grade-${discrepancy.grade}">${discrepancy.label}</span> (${discrepancy.grade})` : ''
  }${involved.length > 0 ? html` · sources ${joinHtml(involved.map((s) => sourceChip(ctx, s)), ' ')}` : ''}</p>
</header>
<p class="message">${finding.message}</p>
${finding.sides.length > 0 ? html`<ol class="sides" aria-label="The ${finding.sides.length} values">${finding.sides.map((s, i) => renderSide(ctx, finding, s, i, preferred))}</ol>` : ''}
${finding.related.length > 0 ? html`<div class="related"><h4>Related</h4><ul class="quotes">${finding.related.map((n) => renderNote(ctx, n))}</ul></div>` : ''}
${renderPreferred(ctx, finding)}
${rule !== undefined ? html`<p class="rule-why">Why this rule fires: ${rule}</p>` : ''}
${renderReview(ctx, finding)}
</article>`;
};
