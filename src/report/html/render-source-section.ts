/**
 * The per-source view: a source's metadata, its whole text with every
 * claim's evidence highlighted and its non-content ranges and AI-labelled
 * sections marked, and the list of its claims — each with its value, how
 * firmly the source states it, where it is written (file:line), its
 * highlights and the findings that cite it.
 */
import type { Claim } from '../../model/claim.js';
import type { SourceDocument, SourceRelation } from '../../model/source.js';
import { describeValue } from '../../values/index.js';
import { publishedLabel } from '../report-words.js';
import type { ClaimEntry } from './claim-entries.js';
import type { Highlight } from './evidence-index.js';
import { type Html, type HtmlPart, html, joinHtml, safeHttpUrl } from './html.js';
import type { HtmlReportContext } from './report-context.js';
import { type HighlightRef, renderSourceText, type TextRegion, validLanguageTag } from './render-source-text.js';

const NON_CONTENT_WORDS: Readonly<Record<string, string>> = {
  'cookie-banner': 'cookie banner',
  'login-prompt': 'login prompt',
  'loading-indicator': 'loading indicator',
  navigation: 'navigation',
  'related-links': 'related links',
  'page-chrome': 'page chrome',
  byline: 'byline',
  boilerplate: 'boilerplate',
  other: 'not content',
};

/** The regions to mark in a source's text. */
export const sourceRegions = (doc: SourceDocument): readonly TextRegion[] => [
  ...doc.source.nonContent.map((r): TextRegion => ({
    start: r.range.start,
    end: r.range.end,
    kind: 'non-content',
    label: `not content: ${NON_CONTENT_WORDS[r.kind] ?? r.kind}`,
    ...(r.note !== undefined ? { title: r.note } : {}),
    ...(r.language !== undefined ? { language: r.language } : {}),
  })),
  ...doc.source.aiGenerated.ranges.map((r): TextRegion => ({
    start: r.range.start,
    end: r.range.end,
    kind: 'ai',
    label: r.label !== undefined ? `AI-labelled: “${r.label}”` : 'AI-labelled',
    ...(r.note !== undefined ? { title: r.note } : {}),
    ...(r.language !== undefined ? { language: r.language } : {}),
  })),
];

/** The links after a highlight: its claims' entries, else the findings that quote it. */
const refsOf = (ctx: HtmlReportContext, sourceId: string) => (h: Highlight): readonly HighlightRef[] => {
  const claims = h.claimIds.flatMap((id) => {
    const entry = ctx.entries.entry(sourceId, id);
    if (entry === undefined) return [];
    const place = ctx.claimPlace(id);
    return [{ href: entry.id, mark: String(entry.number), label: `claim ${entry.number}: ${id}${place !== undefined ? ` (${place})` : ''}` }];
  });
  if (claims.length > 0) return claims;
  return ctx.findingsOfHighlight(h.id).flatMap((f) => {
    const anchor = ctx.findingAnchor(f.id);
    return anchor === undefined ? [] : [{ href: anchor, mark: '↗', label: `finding ${f.id}` }];
  });
};

const relationItems = (ctx: HtmlReportContext, verb: string, relations: readonly SourceRelation[]): Html[] =>
  relations.map((r) => {
    const anchor = r.source !== undefined ? ctx.sourceAnchor(r.source) : undefined;
    const target = r.source !== undefined ? (anchor !== undefined ? html`<a href="#${anchor}">${ctx.label(r.source)}</a>` : html`${r.source}`) : html`${r.outside ?? 'an outside report'}`;
    const words = r.evidence !== undefined ? ctx.index.highlightOf(r.evidence) : undefined;
    return html`<li>${verb} ${target}${r.evidence !== undefined ? html`: ${words !== undefined ? html`<a href="#${words.id}">“${r.evidence.quote.exact}”</a>` : html`“${r.evidence.quote.exact}”`}` : ''}</li>`;
  });

const metadata = (ctx: HtmlReportContext, doc: SourceDocument): Html => {
  const { source } = doc;
  const url = safeHttpUrl(source.url);
  const rows: [string, HtmlPart][] = [
    ['Source id', html`<code>${source.id}</code>`],
    ['Publisher', source.publisher ?? 'not stated'],
    ['Published', publishedLabel(source)],
    ...(source.url !== undefined ? [['Page', url !== undefined ? html`<a href="${url}" rel="noreferrer noopener">${source.url}</a>` : html`<code>${source.url}</code> (not a web address)`] as [string, HtmlPart]] : []),
    ['Language', [source.language ?? 'not stated', source.chromeLanguage !== undefined ? `; page chrome: ${source.chromeLanguage}` : ''].join('')],
    ...(source.retrievedAt !== undefined ? [['Retrieved', source.retrievedAt] as [string, HtmlPart]] : []),
    ...(ctx.sourceFile(source.id) !== undefined ? [['Declared in', html`<code>${ctx.sourceFile(source.id)}</code>`] as [string, HtmlPart]] : []),
  ];
  const relations = [...relationItems(ctx, 'derived from', source.derivedFrom), ...relationItems(ctx, 'cites', source.cites)];
  return html`<dl class="source-meta">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>${
    relations.length > 0 ? html`<details class="relations"><summary>What it says it draws on (${relations.length})</summary><ul>${relations}</ul></details>` : ''
  }`;
};

const hedgeWords = (claim: Claim): string[] => {
  const words: string[] = [];
  if (claim.polarity === 'negative') words.push('denied (negative)');
  if (claim.hedge !== 'asserted') words.push(claim.hedge);
  const a = claim.attribution;
  if (a !== undefined) {
    const who = [a.speaker, a.role !== undefined ? `(${a.role})` : undefined].filter((x) => x !== undefined).join(' ');
    words.push(`according to ${[who, a.outlet !== undefined ? `via ${a.outlet}` : undefined].filter((x) => x !== undefined && x !== '').join(' ')}`);
  }
  const q = claim.qualifiers;
  if (q?.time !== undefined) words.push(`time: ${describeValue(q.time, 'quoted')}`);
  if (q?.place !== undefined) words.push(`place: ${q.place}`);
  if (q?.context !== undefined) words.push(`context: ${q.context}`);
  return words;
};

const claimItem = (ctx: HtmlReportContext, entry: ClaimEntry): Html => {
  const { claim } = entry;
  const place = ctx.claimPlace(claim.id);
  const subject = ctx.names.get(claim.subject.id ?? claim.subject.name) ?? claim.subject.name;
  const how = hedgeWords(claim);
  const findings = ctx.findingsOfClaim(claim.id).flatMap((f) => {
    const anchor = ctx.findingAnchor(f.id);
    return anchor === undefined ? [] : [html`<a href="#${anchor}" class="sev-text-${f.severity}">${f.kind} (${f.severity})</a>`];
  });
  return html`<li id="${entry.id}" class="claim-entry" value="${entry.number}">
<p class="claim-head"><code>${claim.id}</code>${place !== undefined ? html` <span class="place">${place}</span>` : ''}</p>
<p class="claim-what">${subject} · ${claim.predicate}: <strong>${describeValue(claim.value, 'quoted')}</strong></p>
${how.length > 0 ? html`<p class="claim-how">${how.join('; ')}</p>` : ''}${claim.note !== undefined ? html`<p class="claim-note">Note: ${claim.note}</p>` : ''}
<p class="claim-links">Words: ${joinHtml(
    entry.highlights.map((h) => html`<a href="#${h.id}">characters ${h.start}–${h.end}</a>`),
    ', ',
  )}${findings.length > 0 ? html` · Findings: ${joinHtml(findings, ', ')}` : ''}</p>
</li>`;
};

/**
 * @example
 * renderSourceSection(ctx, corpus.sources[0])
 */
export const renderSourceSection = (ctx: HtmlReportContext, doc: SourceDocument): Html => {
  const { source } = doc;
  const anchor = ctx.sourceAnchor(source.id) ?? 'source';
  const label = ctx.label(source.id);
  const entries = ctx.entries.of(source.id);
  const regions = sourceRegions(doc);
  const text = renderSourceText(doc.text, ctx.index.highlightsOf(source.id), regions, {
    refsOf: refsOf(ctx, source.id),
    kindOf: (h) => (h.claimIds.length > 0 ? 'claim' : 'passage'),
  });
  const lang = validLanguageTag(source.language);
  const nonContent = source.nonContent.length;
  const ai = source.aiGenerated.ranges.length;
  return html`<section class="source" id="${anchor}" aria-labelledby="${anchor}-title" data-source-id="${source.id}">
<h3 id="${anchor}-title"><span class="source-label">${label}</span> ${source.title ?? 'Untitled source'}</h3>
${metadata(ctx, doc)}
${source.aiGenerated.whole ? html`<p class="ai-whole" role="note">The page labels this whole text as written by AI.</p>` : ''}
<p class="source-counts">${entries.length} claim${entries.length === 1 ? '' : 's'} · ${nonContent} non-content range${nonContent === 1 ? '' : 's'} · ${ai} AI-labelled section${ai === 1 ? '' : 's'}</p>
<div class="source-body">
<div class="source-text" id="${anchor}-text" data-source="${anchor}" tabindex="0" role="region" aria-label="Text of source ${label}"${lang !== undefined ? html` lang="${lang}"` : ''}>${text}</div>
<div class="claim-list" tabindex="0" role="region" aria-label="Claims in source ${label}">
<h4>Claims in ${label}</h4>
${entries.length > 0 ? html`<ol class="claims">${entries.map((e) => claimItem(ctx, e))}</ol>` : html`<p>No claim cites this source.</p>`}
</div>
</div>
</section>`;
};
