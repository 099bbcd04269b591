import { describe, expect, it } from 'vitest';
import { isIsoDate, SCHEMA_ORG_CONTEXT, toClaimReviewGraph, toClaimReviews } from '../../src/export/claim-review.js';
import { findingsByClaim } from '../../src/export/findings-by-claim.js';
import { spanIri } from '../../src/export/linked-data-ids.js';
import { corpus, findings } from './fixture-corpus.js';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('toClaimReviews', () => {
  const reviews = roundTrip(
    toClaimReviews(corpus, {
      findings,
      datePublished: '2026-01-15',
      author: { '@type': 'Organization', name: 'Newsroom desk' },
      baseUrl: 'https://example.org/checks',
    }),
  );

  it('makes one review per claim with findings, carrying every span of those claims', () => {
    const withFindings = corpus.claims.filter((c) => findingsByClaim(findings).has(c.id));
    expect(reviews.map((r) => r.itemReviewed.identifier)).toEqual(withFindings.map((c) => c.id).sort());
    for (const claim of withFindings) {
      const review = reviews.find((r) => r.itemReviewed.identifier === claim.id);
      const quotations = review?.itemReviewed.appearance.flatMap((a) => a.hasPart.map((q) => ({ source: a.identifier, q }))) ?? [];
      expect(quotations).toHaveLength(claim.evidence.length);
      for (const span of claim.evidence) {
        expect(quotations).toContainEqual({
          source: span.sourceId,
          q: { '@type': 'Quotation', '@id': spanIri(span.sourceId, span.position.start, span.position.end), text: span.quote.exact },
        });
      }
    }
  });

  it('uses the schema.org field names', () => {
    for (const review of reviews) {
      expect(review['@context']).toBe(SCHEMA_ORG_CONTEXT);
      expect(review['@type']).toBe('ClaimReview');
      expect(typeof review.claimReviewed).toBe('string');
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1 });
      expect(typeof review.reviewRating.alternateName).toBe('string');
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Newsroom desk' });
      for (const appearance of review.itemReviewed.appearance) expect(appearance['@type']).toBe('CreativeWork');
    }
  });

  it('has one appearance per source, with publisher and an ISO 8601 date', () => {
    const members = reviews.find((r) => r.itemReviewed.identifier === 'members-002');
    expect(members?.itemReviewed.appearance.map((a) => a.identifier)).toEqual(['001_661b18e7d48334bf', '002_9710c6be1d14500a']);
    expect(members?.itemReviewed.appearance[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\//),
      publisher: { '@type': 'Organization', name: 'NewsBytes' },
      datePublished: '2025-12-12T14:11',
    });
    expect(members?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'politico.com' });
    const dates = reviews.flatMap((r) => [r.datePublished, ...r.itemReviewed.appearance.map((a) => a.datePublished)]);
    for (const d of dates.filter((x): x is string => x !== undefined)) expect(isIsoDate(d), d).toBe(true);
  });

  it.each([
    ['founders-001', 'Conflicting sources', 1],
    ['members-002', 'Conflicting sources', 1],
    ['partners-emoji', 'Minor discrepancy', 4],
  ])('states the verdict on %s as "%s" (%d)', (id, name, value) => {
    const review = reviews.find((r) => r.itemReviewed.identifier === id);
    expect(review?.reviewRating).toMatchObject({ alternateName: name, ratingValue: value });
  });

  it('takes the reviewer verdict from the baseline over the severity', () => {
    const reviewed = toClaimReviews(corpus, {
      findings,
      reviewed: [{ id: 'membership-conflict:aaaa000001', verdict: 'dependence' }],
    });
    expect(reviewed.find((r) => r.itemReviewed.identifier === 'founders-001')?.reviewRating).toMatchObject({
      alternateName: 'Sources depend on one another',
      ratingValue: 3,
    });
  });

  it('makes no review when there are no findings', () => {
    expect(toClaimReviews(corpus, { findings: [] })).toEqual([]);
  });

  it('is deterministic in the order of claims and findings', () => {
    const again = toClaimReviews(
      { ...corpus, claims: [...corpus.claims].reverse() },
      { findings: [...findings].reverse(), datePublished: '2026-01-15', author: { '@type': 'Organization', name: 'Newsroom desk' }, baseUrl: 'https://example.org/checks' },
    );
    expect(roundTrip(again)).toEqual(reviews);
  });

  it('wraps the reviews in one @graph document', () => {
    const graph = roundTrip(toClaimReviewGraph(corpus, { findings }));
    expect(graph['@context']).toBe(SCHEMA_ORG_CONTEXT);
    expect(graph['@graph']).toHaveLength(3);
    for (const r of graph['@graph']) expect(r).not.toHaveProperty('@context');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-12-12', true],
    ['2025-12-12T14:11', true],
    ['2025-12-12T14:11:00Z', true],
    ['2025-12-12T14:11+08:00', true],
    ['Dec 12, 2025', false],
    ['2025-12', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
