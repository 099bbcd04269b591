/**
 * schema.org ClaimReview export (https://schema.org/ClaimReview): one review
 * per claim that the reconciler has findings about. `itemReviewed` is a
 * schema.org `Claim` with an `appearance` (a CreativeWork) for each source
 * that carries the claim, each holding the quoted words as `Quotation`
 * parts; `reviewRating.alternateName` states the reconciliation verdict
 * (see `review-verdict.ts` for the scale). Dates are ISO 8601.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source.js';
import { summarizeClaim } from './describe-claim.js';
import { findingsByClaim } from './findings-by-claim.js';
import { claimIri, sourceIri, spanIri } from './linked-data-ids.js';
import { BEST_RATING, claimVerdict, type ReviewedFinding, WORST_RATING } from './review-verdict.js';
import { compareOrdinal } from '../model/ordinal.js';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

export interface SchemaOrgAgent {
  readonly '@type': 'Organization' | 'Person';
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
  /** ISO 8601 date or local date-time, as precise as the source states. */
  readonly datePublished?: string;
  readonly inLanguage?: string;
  readonly hasPart: readonly SchemaOrgQuotation[];
}

export interface SchemaOrgClaim {
  readonly '@type': 'Claim';
  readonly '@id': string;
  readonly identifier: string;
  readonly name: string;
  readonly author?: SchemaOrgAgent;
  readonly appearance: readonly SchemaOrgAppearance[];
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
  readonly url?: string;
  readonly claimReviewed: string;
  readonly itemReviewed: SchemaOrgClaim;
  readonly reviewRating: SchemaOrgRating;
  /** What the findings say, one line each. */
  readonly reviewBody: string;
  readonly author?: SchemaOrgAgent;
  /** ISO 8601 date of the review. */
  readonly datePublished?: string;
}

export interface ClaimReviewOptions {
  /** The reconciler's findings; only claims with findings get a review. */
  readonly findings: readonly Finding[];
  /** Reviewed findings (the baseline): their verdicts override severities. */
  readonly reviewed?: readonly ReviewedFinding[];
  /** Who publishes the reviews (`author`); omitted when absent. */
  readonly author?: SchemaOrgAgent;
  /** ISO 8601 date of the reviews; omitted when absent (keeps output deterministic). */
  readonly datePublished?: string;
  /** When given, each review's `url` is `<baseUrl>#<claim id>`. */
  readonly baseUrl?: string;
}

/** Whether a string is a real ISO 8601 calendar date or date-time (the forms the exports write). */
export { isIsoDate } from '../model/iso-date.js';


const claimAuthor = (claim: Claim): SchemaOrgAgent | undefined => {
  if (claim.attribution?.speaker !== undefined) return { '@type': 'Person', name: claim.attribution.speaker };
  if (claim.attribution?.outlet !== undefined) return { '@type': 'Organization', name: claim.attribution.outlet };
  return undefined;
};

const appearances = (claim: Claim, documents: ReadonlyMap<string, SourceDocument>): SchemaOrgAppearance[] => {
  const sourceIds = [...new Set(claim.evidence.map((s) => s.sourceId as string))].sort(compareOrdinal);
  return sourceIds.map((id) => {
    const source = documents.get(id)?.source;
    const spans = claim.evidence
      .filter((s) => s.sourceId === id)
      .sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
    const published = source?.publishedAt;
    return {
      '@type': 'CreativeWork',
      '@id': source !== undefined ? sourceIri(source) : `urn:claimtrace:source:${id}`,
      identifier: id,
      ...(source?.url !== undefined ? { url: source.url } : {}),
      ...(source?.title !== undefined ? { headline: source.title } : {}),
      ...(source?.publisher !== undefined
        ? { publisher: { '@type': 'Organization' as const, name: source.publisher } }
        : {}),
      ...(published !== undefined && published.precision !== 'unknown' ? { datePublished: published.value } : {}),
      ...(source?.language !== undefined ? { inLanguage: source.language } : {}),
      hasPart: spans.map((s) => ({
        '@type': 'Quotation' as const,
        '@id': spanIri(id, s.position.start, s.position.end),
        text: s.quote.exact,
      })),
    };
  });
};

/**
 * One schema.org ClaimReview per claim with findings, sorted by claim id.
 * Each carries its own `@context`, ready to embed in a page as JSON-LD.
 *
 * @example
 * const reviews = toClaimReviews(corpus, { findings: result.findings, datePublished: '2026-01-15' });
 * reviews[0].reviewRating.alternateName // e.g. 'Conflicting sources'
 */
export const toClaimReviews = (corpus: Corpus, options: ClaimReviewOptions): readonly ClaimReview[] => {
  const documents = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
  const predicates = new Map(corpus.predicates.map((p) => [p.id as string, p]));
  const reviewed = new Map((options.reviewed ?? []).map((r) => [r.id, r]));
  const byClaim = findingsByClaim(options.findings);
  const claims = [...corpus.claims].sort((a, b) => compareOrdinal(a.id, b.id));
  return claims.flatMap((claim): ClaimReview[] => {
    const findings = byClaim.get(claim.id) ?? [];
    const verdict = claimVerdict(findings, reviewed);
    if (verdict === undefined) return [];
    const summary = summarizeClaim(claim, predicates.get(claim.predicate));
    const author = claimAuthor(claim);
    return [
      {
        '@context': SCHEMA_ORG_CONTEXT,
        '@type': 'ClaimReview',
        '@id': `urn:claimtrace:claim-review:${claim.id}`,
        ...(options.baseUrl !== undefined ? { url: `${options.baseUrl}#${encodeURIComponent(claim.id)}` } : {}),
        claimReviewed: summary,
        itemReviewed: {
          '@type': 'Claim',
          '@id': claimIri(claim.id),
          identifier: claim.id,
          name: summary,
          ...(author !== undefined ? { author } : {}),
          appearance: appearances(claim, documents),
        },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: verdict.ratingValue,
          bestRating: BEST_RATING,
          worstRating: WORST_RATING,
          alternateName: verdict.alternateName,
        },
        reviewBody: findings.map((f) => `${f.severity} [${f.ruleId}] ${f.message}`).join('\n'),
        ...(options.author !== undefined ? { author: options.author } : {}),
        ...(options.datePublished !== undefined ? { datePublished: options.datePublished } : {}),
      },
    ];
  });
};

/** The reviews as one JSON-LD document: `{ "@context": "https://schema.org", "@graph": [...] }`. */
export const toClaimReviewGraph = (
  corpus: Corpus,
  options: ClaimReviewOptions,
): { readonly '@context': typeof SCHEMA_ORG_CONTEXT; readonly '@graph': readonly ClaimReview[] } => ({
  '@context': SCHEMA_ORG_CONTEXT,
  '@graph': toClaimReviews(corpus, options).map(({ '@context': _context, ...rest }) => rest),
});
