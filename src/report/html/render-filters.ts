/**
 * The filter form: severity, rule, source and review status. It is hidden
 * until the report's script shows it (progressive enhancement): without
 * JavaScript every finding is simply listed.
 */
import type { Finding } from '../../model/finding.js';
import type { Severity } from '../../model/message.js';
import { sourcesCitedBy } from '../finding-sources.js';
import { type Html, html } from './html.js';
import type { HtmlReportContext } from './report-context.js';
import { SEVERITY_WORD } from './render-finding-card.js';
import { REVIEW_STATE_LABEL, reviewStateOf } from './review-state.js';
import { compareOrdinal } from '../../model/ordinal.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const countBy = (findings: readonly Finding[], key: (f: Finding) => readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const f of findings) for (const k of key(f)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

const byName = ([a]: [string, number], [b]: [string, number]): number => compareOrdinal(a, b);

/**
 * @example
 * renderFilters(ctx)
 */
export const renderFilters = (ctx: HtmlReportContext): Html => {
  const { findings } = ctx;
  const severities = countBy(findings, (f) => [f.severity]);
  const rules = [...countBy(findings, (f) => [f.ruleId]).entries()].sort(byName);
  const sources = countBy(findings, sourcesCitedBy);
  const reviews = countBy(findings, (f) => [reviewStateOf(f, ctx.input).state]);
  return html`<form id="filters" class="filters" hidden aria-label="Filter the findings">
<fieldset><legend>Severity</legend>${SEVERITIES.map(
    (s) => html`<label class="check"><input type="checkbox" name="severity" value="${s}" checked> ${SEVERITY_WORD[s]} (${severities.get(s) ?? 0})</label>`,
  )}</fieldset>
<label>Rule <select name="rule"><option value="">all rules</option>${rules.map(([r, n]) => html`<option value="${r}">${r} (${n})</option>`)}</select></label>
<label>Source <select name="source"><option value="">all sources</option>${ctx.input.corpus.sources.map(
    (d) => html`<option value="${d.source.id}">${ctx.label(d.source.id)} (${sources.get(d.source.id) ?? 0})</option>`,
  )}</select></label>
<label>Review <select name="review"><option value="">reviewed and new</option>${(Object.keys(REVIEW_STATE_LABEL) as (keyof typeof REVIEW_STATE_LABEL)[]).map(
    (r) => html`<option value="${r}">${REVIEW_STATE_LABEL[r]} (${reviews.get(r) ?? 0})</option>`,
  )}</select></label>
<button type="reset">Show all</button>
<p id="filter-status" class="filter-status" role="status" aria-live="polite"></p>
</form>`;
};
