/**
 * The conflict report as one self-contained HTML file: the findings as
 * cards (one per disagreement, ordered by severity and discrepancy,
 * filterable by review state too), the coverage table of single-source
 * values, the source-dependence graph, and every source's text once with
 * all its claims' words highlighted at their exact offsets. Clicking a
 * quote opens its source beside the other values' sources, the finding's
 * words highlighted in each (progressive enhancement: without JavaScript,
 * links lead to the same words in the per-source view).
 *
 * Self-contained and safe: no request leaves the page (system fonts, inline
 * style, script and SVG; a Content-Security-Policy allows only the report's
 * own style and script, by hash), and every piece of corpus text is escaped
 * (`html` templates). Deterministic: the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../../model/message.js';
import { isCompactFinding } from '../compact-findings.js';
import type { ReportInput } from '../report-input.js';
import { type Html, html, trustedHtml } from './html.js';
import { createHtmlReportContext, type HtmlReportContext } from './report-context.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_STYLE } from './report-style.js';
import { renderCompactTable, renderCoverageTable } from './render-compact-table.js';
import { renderDependenceSection } from './render-dependence-section.js';
import { renderFilters } from './render-filters.js';
import { renderFindingCard } from './render-finding-card.js';
import { reviewStateOf } from './review-state.js';
import { renderSourceSection } from './render-source-section.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Only the report's own style and script may run; nothing may load. */
export const REPORT_CSP = [
  "default-src 'none'",
  `style-src ${sha256(REPORT_STYLE)}`,
  `script-src ${sha256(REPORT_SCRIPT)}`,
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const tally = (ctx: HtmlReportContext): Html => {
  const count = (s: Severity): number => ctx.findings.filter((f) => f.severity === s).length;
  const reviewed = ctx.findings.filter((f) => reviewStateOf(f, ctx.input).state !== 'new').length;
  return html`<ul class="tally" aria-label="Findings at a glance">
<li class="t-error"><strong>${count('error')}</strong> ${count('error') === 1 ? 'error' : 'errors'}</li>
<li class="t-warning"><strong>${count('warning')}</strong> ${count('warning') === 1 ? 'warning' : 'warnings'}</li>
<li class="t-info"><strong>${count('info')}</strong> info</li>
<li class="t-reviewed"><strong>${reviewed}</strong> reviewed</li>
<li class="t-new"><strong>${ctx.findings.length - reviewed}</strong> new</li>
</ul>`;
};

const LEGEND = html`<ul class="legend" aria-label="How the source texts are marked">
<li><mark class="hl swatch">words</mark> a claim's evidence (darker where several claims overlap); the small number after it leads to the claim</li>
<li><mark class="hl passage swatch">words</mark> words shared with or cited by another source</li>
<li><span class="region nc swatch">words</span> not the source's content (navigation, banners, page chrome)</li>
<li><span class="region ai swatch">words</span> a section the page labels as written by AI</li>
</ul>`;

const EVIDENCE_DIALOG = html`<dialog id="evidence" class="evidence-dialog" aria-labelledby="evidence-title">
<div class="evidence-head"><div><h2 id="evidence-title">Evidence</h2><p class="evidence-hint">One column per value: each source's text with this finding's words highlighted in their value's colour; the underlined words are the quote chosen. Small numbers lead to the claims.</p></div><button type="button" class="evidence-close">Close</button></div>
<div class="evidence-columns"></div>
</dialog>`;

/**
 * Render the HTML conflict report.
 *
 * @example
 * writeFileSync('docs/conflict-report.html', renderHtmlReport(input));
 */
export const renderHtmlReport = (input: ReportInput): string => {
  const ctx = createHtmlReportContext(input);
  const detailed = ctx.findings.filter((f) => !isCompactFinding(f));
  const compact = ctx.findings.filter(isCompactFinding);
  const { corpus } = input;
  // Single-source values: the opt-in rule's findings when it ran, else the corpus's coverage.
  const singles = compact.length > 0 ? compact.length : (input.coverage?.singleSource.length ?? 0);
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimtrace">
<title>${input.title}</title>
<style>${trustedHtml(REPORT_STYLE)}</style>
</head>
<body>
<a class="skip" href="#findings">Skip to the findings</a>
<header class="report-head"><div class="wrap">
<h1>${input.title}</h1>
<p class="generated">Generated by claimtrace from <code>${input.corpusLabel}</code> with <code>${input.command}</code>: ${plural(corpus.sources.length, 'source')}, ${plural(corpus.claims.length, 'claim')}, ${plural(ctx.findings.length, 'finding')}. Do not edit by hand; a test fails when this file is stale.</p>
${tally(ctx)}
<nav aria-label="Contents"><ul>
<li><a href="#findings">Findings (${detailed.length})</a></li>
${singles > 0 ? html`<li><a href="#single-source">Single-source ${compact.length > 0 ? 'claims' : 'values'} (${singles})</a></li>` : ''}
${input.dependence !== undefined ? html`<li><a href="#dependence">Source dependence</a></li>` : ''}
<li><a href="#sources">Sources (${corpus.sources.length})</a></li>
</ul></nav>
</div></header>
<main class="wrap" id="main">
<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
${renderFilters(ctx)}
${detailed.length > 0 ? detailed.map((f, i) => renderFindingCard(ctx, f, i + 1)) : html`<p>No findings: the sources agree wherever they overlap.</p>`}
<p class="filter-empty" hidden>No finding matches the filters.</p>
</section>
${compact.length > 0 ? renderCompactTable(ctx, compact) : input.coverage !== undefined ? renderCoverageTable(ctx, input.coverage.singleSource, input.coverage.corroborated) : ''}
${renderDependenceSection(ctx)}
<section id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
${LEGEND}
${corpus.sources.map((d) => renderSourceSection(ctx, d))}
</section>
</main>
<footer class="report-foot wrap"><p>claimtrace conflict report · offsets are UTF-16 code units over each source's normalized text (W3C TextPositionSelector), end exclusive.</p></footer>
${EVIDENCE_DIALOG}
<script>${trustedHtml(REPORT_SCRIPT)}</script>
</body>
</html>
`;
  return page.markup;
};
