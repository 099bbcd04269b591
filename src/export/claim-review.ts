/**
 * schema.org ClaimReview export (https://schema.org/ClaimReview): one review
 * per claim that findings at or above a chosen severity are about.
 *
 * What each review carries, and why (docs/exports.md has the whole mapping):
 * - `url`: where the review is published — the base URL with the claim id as
 *   its fragment, or with `{claim}` replaced by it. Required.
 * - `claimReviewed`: the claim in at most 75 characters (`claimHeadline`);
 *   the whole line is `itemReviewed.text`.
 * - `itemReviewed`: a schema.org `Claim` with its `author` (the speaker or
 *   outlet the source names, typed from entities.yaml; else the publisher of
 *   the earliest source), `datePublished` (the earliest publication date of
 *   its sources, else the earliest retrieval date), `firstAppearance` (the
 *   earliest source) and `appearance` (the others), each a `CreativeWork`
 *   holding the quoted words as `Quotation` parts.
 * - `reviewRating`: a `Rating` whose `alternateName` states the verdict (see
 *   `review-verdict.ts` for the scale).
 * - `author` (who publishes the reviews) and `datePublished` (when): required,
 *   so the output is reproducible; dates are checked against the calendar.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import { parseIsoDate } from '../model/iso-date.js';
import { createMessage, type Message, type Severity } from '../model/message.js';
import { compareOrdinal } from '../model/ordinal.js';
import { failed, ok, type Result } from '../model/result.js';
import type { Source, SourceDocument } from '../model/source.js';
import { type AgentDirectory, agentDirectory, type ExportAgent, type SchemaOrgAgentType } from './agents.js';
import { claimHeadline, summarizeClaim } from './describe-claim.js';
import { findingsByClaim } from './findings-by-claim.js';
import { captureIri, claimIri, pageIri, spanIri, webUrl } from './linked-data-ids.js';
import { BEST_RATING, claimVerdict, type ReviewedFinding, WORST_RATING } from './review-verdict.js';
import { sourceWarnings } from './web-annotation.js';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

export interface SchemaOrgAgent {
  readonly '@type': SchemaOrgAgentType;
  /** Its node: an entity of the alias tables, a name as one source uses it, or the author's URL. */
  readonly '@id'?: string;
  readonly name: string;
  readonly url?: string;
}

export interface SchemaOrgQuotation {
  readonly '@type': 'Quotation';
  readonly '@id': string;
  /** The quoted words, exactly as in the source's normalized text. */
  readonly text: string;
}

export interface SchemaOrgAppearance {
  readonly '@type': 'CreativeWork';
  readonly '@id': string;
  readonly identifier: string;
  readonly url?: string;
  readonly headline?: string;
  readonly publisher?: SchemaOrgAgent;
  /** Who wrote the page, as its byline names them (one agent, or a list). */
  readonly author?: SchemaOrgAgent | readonly SchemaOrgAgent[];
  /** ISO 8601 date or local date-time, as precise as the source states. */
  readonly datePublished?: string;
  readonly inLanguage?: string;
  readonly hasPart: readonly SchemaOrgQuotation[];
}

export interface SchemaOrgClaim {
  readonly '@type': 'Claim';
  readonly '@id': string;
  readonly identifier: string;
  /** The claim in words, whole: subject — predicate: value (the source's words), attribution, hedge. */
  readonly text: string;
  /** Who made the claim. */
  readonly author: SchemaOrgAgent;
  /** When it entered public discourse: the earliest publication (else retrieval) date of its sources. */
  readonly datePublished?: string;
  readonly firstAppearance?: SchemaOrgAppearance;
  readonly appearance?: readonly SchemaOrgAppearance[];
}

export interface SchemaOrgRating {
  readonly '@type': 'Rating';
  readonly ratingValue: number;
  readonly bestRating: number;
  readonly worstRating: number;
  readonly alternateName: string;
}

export interface ClaimReview {
  readonly '@context'?: typeof SCHEMA_ORG_CONTEXT;
  readonly '@type': 'ClaimReview';
  readonly '@id': string;
  readonly url: string;
  /** The claim in at most 75 characters. */
  readonly claimReviewed: string;
  readonly itemReviewed: SchemaOrgClaim;
  readonly reviewRating: SchemaOrgRating;
  /** What the findings say, one line each. */
  readonly reviewBody: string;
  readonly author: SchemaOrgAgent;
  /** ISO 8601 date of the review. */
  readonly datePublished: string;
}

/** Who publishes the reviews. */
export interface ReviewAuthor {
  readonly name: string;
  /** Its web page; also the author's node id. */
  readonly url?: string;
  /** Default `Organization`. */
  readonly type?: 'Organization' | 'Person';
}

export interface ClaimReviewOptions {
  /** The reconciler's findings. */
  readonly findings: readonly Finding[];
  /** Reviewed findings (the baseline): their verdicts override severities. */
  readonly reviewed?: readonly ReviewedFinding[];
  /**
   * Where the reviews are published, an absolute http(s) URL: each review's
   * `url` is it with `{claim}` replaced by the claim id, or, without
   * `{claim}`, with the claim id as its fragment.
   */
  readonly baseUrl: string;
  /** Who publishes the reviews (`author`). */
  readonly author: ReviewAuthor;
  /** ISO 8601 date (or date-time) of the reviews. */
  readonly datePublished: string;
  /** Only findings at or above this severity get a review (default `warning`). */
  readonly minSeverity?: Severity;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The date a claims folder gives its reviews: the latest `reviewedAt` of its
 * reviewed findings that is a real ISO 8601 date (`undefined` when none is).
 *
 * @example
 * latestReviewDate([{ id: 'a', verdict: 'tension', reviewedAt: '2026-11-22' }]) // '2026-11-22'
 */
export const latestReviewDate = (reviewed: readonly ReviewedFinding[]): string | undefined =>
  reviewed
    .map((r) => r.reviewedAt?.trim())
    .filter((d): d is string => d !== undefined && parseIsoDate(d) !== undefined)
    .sort(compareOrdinal)
    .at(-1);

/** The review url of one claim. */
export const reviewUrl = (baseUrl: string, claimId: string): string =>
  baseUrl.includes('{claim}') ? baseUrl.replaceAll('{claim}', encodeURIComponent(claimId)) : `${baseUrl}#${encodeURIComponent(claimId)}`;

const optionProblems = (options: ClaimReviewOptions): Message[] => {
  const problems: Message[] = [];
  const missing = (option: string, what: string): void => {
    problems.push(createMessage('export-option-missing', `ClaimReview needs ${what}`, { hint: `give ${option}` }));
  };
  const invalid = (message: string, actual: string, hint: string): void => {
    problems.push(createMessage('export-option-invalid', message, { actual, hint }));
  };
  const baseUrl = (options.baseUrl as string | undefined)?.trim();
  if (baseUrl === undefined || baseUrl === '') missing('the base URL (--base-url)', 'the address where the reviews are published: every ClaimReview has a url');
  else if (webUrl(baseUrl.replaceAll('{claim}', 'x')) === undefined) invalid(`the base URL must be an absolute http(s) URL (got "${baseUrl}")`, baseUrl, 'e.g. https://example.org/fact-checks/pax-silica');
  else if (!baseUrl.includes('{claim}') && baseUrl.includes('#')) invalid(`the base URL has a fragment already (got "${baseUrl}"); the claim id becomes its fragment`, baseUrl, 'drop the #…, or put {claim} where the claim id goes');
  const name = (options.author as ReviewAuthor | undefined)?.name?.trim();
  if (name === undefined || name === '') missing('the author (--author)', 'an author: the organisation that publishes the reviews');
  const authorUrl = options.author?.url;
  if (authorUrl !== undefined && webUrl(authorUrl) === undefined) invalid(`the author's URL must be an absolute http(s) URL (got "${authorUrl}")`, authorUrl, 'e.g. https://example.org/about');
  const date = (options.datePublished as string | undefined)?.trim();
  if (date === undefined || date === '') missing('the date (--date), or record reviewedAt in baseline.yaml', 'the date of the reviews (a default of "today" would change the output every day)');
  else if (parseIsoDate(date) === undefined) invalid(`the date must be a real ISO 8601 date such as 2026-01-15 (got "${date}")`, date, 'YYYY-MM-DD, or YYYY-MM-DDThh:mm with an optional offset');
  if (options.minSeverity !== undefined && !(options.minSeverity in SEVERITY_RANK)) invalid(`the minimum severity must be error, warning or info (got "${String(options.minSeverity)}")`, String(options.minSeverity), 'error | warning | info');
  return problems;
};

/** A date a source states for when it was published (else retrieved), as schema.org writes it. */
const publishedOf = (source: Source | undefined): string | undefined =>
  source === undefined || source.publishedAt.precision === 'unknown' ? undefined : source.publishedAt.value;

const retrievedOf = (source: Source | undefined): string | undefined => {
  const retrieved = source?.retrievedAt?.trim();
  return retrieved !== undefined && parseIsoDate(retrieved) !== undefined ? retrieved : undefined;
};

/** Sources of a claim, earliest first: dated by publication before undated, then by id. */
const sourcesOf = (claim: Claim, documents: ReadonlyMap<string, SourceDocument>): readonly string[] =>
  [...new Set(claim.evidence.map((s) => s.sourceId as string))].sort((a, b) => {
    const da = publishedOf(documents.get(a)?.source);
    const db = publishedOf(documents.get(b)?.source);
    if (da !== undefined && db !== undefined && da !== db) return compareOrdinal(da, db);
    if ((da === undefined) !== (db === undefined)) return da === undefined ? 1 : -1;
    return compareOrdinal(a, b);
  });

const schemaOrgAgent = (agent: ExportAgent, type: SchemaOrgAgentType): SchemaOrgAgent => ({ '@type': type, '@id': agent.iri, name: agent.name });

/** The publisher of a source as an agent: the named publisher, else the site of its URL, else its unnamed publisher. */
const publisherOf = (source: Source, agents: AgentDirectory): SchemaOrgAgent => {
  if (source.publisher !== undefined) {
    const agent = agents.agent(source.publisher, source.id, 'publisher');
    return schemaOrgAgent(agent, agent.schemaOrgType ?? 'Organization');
  }
  const url = webUrl(source.url);
  if (url !== undefined) {
    const site = new URL(url);
    return { '@type': 'Organization', '@id': `${site.origin}/`, name: site.hostname, url: `${site.origin}/` };
  }
  return { '@type': 'Organization', '@id': `${captureIri(source.id)}:publisher`, name: `the unnamed publisher of ${source.title !== undefined ? `“${source.title}”` : `source ${source.id}`}` };
};

/** The byline of a source as schema.org `author`: one agent, or a list for several names, or nothing. */
const authorsOf = (source: Source | undefined, agents: AgentDirectory): { readonly author?: SchemaOrgAgent | readonly SchemaOrgAgent[] } => {
  const authors = source !== undefined ? agents.authors(source).map((a) => schemaOrgAgent(a, a.schemaOrgType ?? 'Person')) : [];
  return authors.length === 0 ? {} : { author: authors.length === 1 ? authors[0]! : authors };
};

/** Who made a claim: its speaker or outlet when they can author, else the publisher of its earliest source. */
const claimAuthor = (claim: Claim, earliest: Source | undefined, agents: AgentDirectory): SchemaOrgAgent => {
  for (const agent of [agents.speaker(claim), agents.outlet(claim)]) {
    if (agent?.schemaOrgType !== undefined) return schemaOrgAgent(agent, agent.schemaOrgType);
  }
  if (earliest !== undefined) return publisherOf(earliest, agents);
  const scope = claim.evidence[0]?.sourceId ?? claim.id;
  return { '@type': 'Organization', '@id': `${captureIri(scope)}:publisher`, name: `the unnamed publisher of source ${scope}` };
};

const appearanceOf = (claim: Claim, id: string, documents: ReadonlyMap<string, SourceDocument>, agents: AgentDirectory): SchemaOrgAppearance => {
  const source = documents.get(id)?.source;
  const spans = claim.evidence
    .filter((s) => s.sourceId === id)
    .sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
  const published = publishedOf(source);
  const url = webUrl(source?.url);
  return {
    '@type': 'CreativeWork',
    '@id': source !== undefined ? pageIri(source) : captureIri(id),
    identifier: id,
    ...(url !== undefined ? { url } : {}),
    ...(source?.title !== undefined ? { headline: source.title } : {}),
    ...(source !== undefined ? { publisher: publisherOf(source, agents) } : {}),
    ...authorsOf(source, agents),
    ...(published !== undefined ? { datePublished: published } : {}),
    ...(source?.language !== undefined ? { inLanguage: source.language } : {}),
    hasPart: spans.map((s) => ({ '@type': 'Quotation' as const, '@id': spanIri(id, s.position.start, s.position.end), text: s.quote.exact })),
  };
};

/** The date a claim entered public discourse: the earliest publication date of its sources, else the earliest retrieval date. */
const claimDate = (sourceIds: readonly string[], documents: ReadonlyMap<string, SourceDocument>): string | undefined => {
  const first = (dates: (string | undefined)[]): string | undefined => dates.filter((d): d is string => d !== undefined).sort(compareOrdinal)[0];
  return first(sourceIds.map((id) => publishedOf(documents.get(id)?.source))) ?? first(sourceIds.map((id) => retrievedOf(documents.get(id)?.source)));
};

/**
 * One schema.org ClaimReview per claim with findings at or above the chosen
 * severity (default `warning`), sorted by claim id, each with its own
 * `@context`, ready to embed in a page as JSON-LD. Fails (with every problem)
 * when an option is missing or invalid, or the date is before a claim it
 * reviews was published; warns about sources without a URL, undated claims
 * and speakers entities.yaml does not list.
 *
 * @example
 * const reviews = toClaimReviews(corpus, { findings, baseUrl: 'https://example.org/checks', author: { name: 'Example Desk' }, datePublished: '2026-01-15' });
 * if (reviews.ok) reviews.value[0].reviewRating.alternateName // e.g. 'Conflicting sources'
 */
export const toClaimReviews = (corpus: Corpus, options: ClaimReviewOptions): Result<readonly ClaimReview[]> => {
  const problems = optionProblems(options);
  if (problems.length > 0) return failed(problems);
  const minRank = SEVERITY_RANK[options.minSeverity ?? 'warning'];
  const documents = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
  const predicates = new Map(corpus.predicates.map((p) => [p.id as string, p]));
  const reviewed = new Map((options.reviewed ?? []).map((r) => [r.id, r]));
  const agents = agentDirectory(corpus);
  const byClaim = findingsByClaim(options.findings.filter((f) => SEVERITY_RANK[f.severity] <= minRank));
  const datePublished = options.datePublished.trim();
  const reviewDay = parseIsoDate(datePublished)?.day ?? datePublished;
  const author: SchemaOrgAgent = {
    '@type': options.author.type ?? 'Organization',
    ...(options.author.url !== undefined ? { '@id': options.author.url, url: options.author.url } : {}),
    name: options.author.name.trim(),
  };
  const messages: Message[] = [];
  const reviewedSources = new Set<string>();
  const claims = [...corpus.claims].sort((a, b) => compareOrdinal(a.id, b.id));
  const reviews = claims.flatMap((claim): ClaimReview[] => {
    const findings = byClaim.get(claim.id) ?? [];
    const verdict = claimVerdict(findings, reviewed);
    if (verdict === undefined) return [];
    const predicate = predicates.get(claim.predicate);
    const sourceIds = sourcesOf(claim, documents);
    for (const id of sourceIds) reviewedSources.add(id);
    const [first, ...others] = sourceIds.map((id) => appearanceOf(claim, id, documents, agents));
    const dated = first?.datePublished !== undefined || sourceIds.length === 1;
    const date = claimDate(sourceIds, documents);
    if (date === undefined) {
      messages.push(createMessage('claim-undated', `no source of claim ${claim.id} states when it was published or retrieved: its ClaimReview has no itemReviewed.datePublished`, { severity: 'warning', claimId: claim.id, hint: 'record publishedAt (or retrievedAt) in the source file' }));
    } else if (compareOrdinal(reviewDay, date.slice(0, 10)) < 0) {
      messages.push(createMessage('review-before-claim', `the review date ${datePublished} is before claim ${claim.id} was published (${date})`, { claimId: claim.id, actual: datePublished, hint: 'give the date the reviews are published (--date)' }));
    }
    return [
      {
        '@context': SCHEMA_ORG_CONTEXT,
        '@type': 'ClaimReview',
        '@id': `urn:claimtrace:claim-review:${claim.id}`,
        url: reviewUrl(options.baseUrl.trim(), claim.id),
        claimReviewed: claimHeadline(claim, predicate),
        itemReviewed: {
          '@type': 'Claim',
          '@id': claimIri(claim.id),
          identifier: claim.id,
          text: summarizeClaim(claim, predicate),
          author: claimAuthor(claim, documents.get(sourceIds[0] ?? '')?.source, agents),
          ...(date !== undefined ? { datePublished: date } : {}),
          ...(dated && first !== undefined
            ? { firstAppearance: first, ...(others.length > 0 ? { appearance: others } : {}) }
            : { appearance: [first, ...others].filter((a): a is SchemaOrgAppearance => a !== undefined) }),
        },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: verdict.ratingValue,
          bestRating: BEST_RATING,
          worstRating: WORST_RATING,
          alternateName: verdict.alternateName,
        },
        reviewBody: findings.map((f) => `${f.severity} [${f.ruleId}] ${f.message}`).join('\n'),
        author,
        datePublished,
      },
    ];
  });
  const all = [
    ...messages,
    ...sourceWarnings(corpus.sources.map((d) => d.source).filter((s) => reviewedSources.has(s.id))).filter((m) => m.code === 'source-without-url'),
    ...agents.messages(),
  ];
  return all.some((m) => m.severity === 'error') ? failed(all) : ok(reviews, all);
};

/** The reviews as one JSON-LD document, `{ "@context": "https://schema.org", "@graph": [...] }`, with the messages of `toClaimReviews`. */
export interface ClaimReviewGraph {
  readonly '@context': typeof SCHEMA_ORG_CONTEXT;
  readonly '@graph': readonly ClaimReview[];
}

/**
 * The reviews of `toClaimReviews` as one JSON-LD graph.
 *
 * @example
 * const graph = toClaimReviewGraph(corpus, options);
 * if (graph.ok) JSON.stringify(graph.value)
 */
export const toClaimReviewGraph = (corpus: Corpus, options: ClaimReviewOptions): Result<ClaimReviewGraph> => {
  const reviews = toClaimReviews(corpus, options);
  if (!reviews.ok) return reviews;
  return ok({ '@context': SCHEMA_ORG_CONTEXT, '@graph': reviews.value.map(({ '@context': _context, ...rest }) => rest) }, reviews.messages);
};
