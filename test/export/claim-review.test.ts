import { describe, expect, it } from 'vitest';
import { type ClaimReview, type ClaimReviewOptions, latestReviewDate, reviewUrl, SCHEMA_ORG_CONTEXT, toClaimReviewGraph, toClaimReviews } from '../../src/export/claim-review.js';
import { spanIri } from '../../src/export/linked-data-ids.js';
import type { Message } from '../../src/model/index.js';
import { corpus, findings, URL_001 } from './fixture-corpus.js';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const OPTIONS: ClaimReviewOptions = {
  findings,
  datePublished: '2026-01-15',
  author: { name: 'Newsroom desk', url: 'https://example.org/desk' },
  baseUrl: 'https://example.org/checks',
  minSeverity: 'info',
};
const reviewsOf = (options: Partial<ClaimReviewOptions> = {}, input = corpus): { reviews: readonly ClaimReview[]; messages: readonly Message[] } => {
  const result = toClaimReviews(input, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return { reviews: roundTrip(result.value), messages: result.messages };
};
const { reviews, messages } = reviewsOf();
const review = (claim: string): ClaimReview => {
  const found = reviews.find((r) => r.itemReviewed.identifier === claim);
  if (found === undefined) throw new Error(`no review of ${claim}`);
  return found;
};
const appearances = (r: ClaimReview) => [...(r.itemReviewed.firstAppearance !== undefined ? [r.itemReviewed.firstAppearance] : []), ...(r.itemReviewed.appearance ?? [])];

describe('toClaimReviews', () => {
  it('makes one review per claim with findings at or above the severity, carrying every span of those claims', () => {
    expect(reviews.map((r) => r.itemReviewed.identifier)).toEqual(['founders-001', 'growth-emoji', 'growth-recapture', 'members-002', 'partners-emoji']);
    for (const r of reviews) {
      const claim = corpus.claims.find((c) => c.id === r.itemReviewed.identifier);
      const quotations = appearances(r).flatMap((a) => a.hasPart.map((q) => q['@id']));
      expect(quotations.sort()).toEqual((claim?.evidence ?? []).map((s) => spanIri(s.sourceId, s.position.start, s.position.end)).sort());
    }
  });

  it.each([
    ['error', ['founders-001', 'members-002']],
    ['warning', ['founders-001', 'growth-emoji', 'growth-recapture', 'members-002']],
    ['info', ['founders-001', 'growth-emoji', 'growth-recapture', 'members-002', 'partners-emoji']],
  ] as const)('reviews only findings at or above %s', (minSeverity, expected) => {
    expect(reviewsOf({ minSeverity }).reviews.map((r) => r.itemReviewed.identifier)).toEqual(expected);
  });

  it('defaults to warning: an info-only finding (a single-source note) gets no review', () => {
    const { minSeverity: _, ...options } = OPTIONS;
    const result = toClaimReviews(corpus, options);
    expect(result.ok && result.value.map((r) => r.itemReviewed.identifier)).not.toContain('partners-emoji');
  });

  it('carries everything the structured-data guidelines require on every review', () => {
    for (const r of reviews) {
      expect(r['@context']).toBe(SCHEMA_ORG_CONTEXT);
      expect(r['@type']).toBe('ClaimReview');
      expect(r.url).toBe(`https://example.org/checks#${r.itemReviewed.identifier}`);
      expect([...r.claimReviewed].length).toBeLessThanOrEqual(75);
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: expect.any(String) });
      expect(r.author).toEqual({ '@type': 'Organization', '@id': 'https://example.org/desk', url: 'https://example.org/desk', name: 'Newsroom desk' });
      expect(r.datePublished).toBe('2026-01-15');
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.author.name.length).toBeGreaterThan(0);
      // A date when a source dates the claim; else a warning says so (the fixture's emoji wire has no date).
      const undated = messages.some((m) => m.code === 'claim-undated' && m.claimId === r.itemReviewed.identifier);
      if (undated) expect(r.itemReviewed).not.toHaveProperty('datePublished');
      else expect(r.itemReviewed.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      for (const a of appearances(r)) expect(a['@type']).toBe('CreativeWork');
    }
  });

  it('keeps claimReviewed within 75 characters and the whole claim in itemReviewed.text', () => {
    const members = review('members-002');
    expect(members.itemReviewed.text).toMatch(/^Pax Silica — founding members: .*according to politico\.com \[reported\]$/);
    expect([...members.itemReviewed.text].length).toBeGreaterThan(75);
    expect(members.claimReviewed).toMatch(/^Pax Silica — founding members: Singapore, .*…$/);
  });

  it('puts the earliest source first (firstAppearance) and the others in appearance, each with its publisher and date', () => {
    const members = review('members-002');
    expect(members.itemReviewed.firstAppearance).toMatchObject({
      identifier: '001_661b18e7d48334bf',
      '@id': URL_001,
      url: URL_001,
      publisher: { '@type': 'NewsMediaOrganization', '@id': 'urn:claimtrace:entity:newsbytes', name: 'NewsBytes' },
      datePublished: '2025-12-12T14:11',
    });
    expect(members.itemReviewed.appearance?.map((a) => a.identifier)).toEqual(['002_9710c6be1d14500a']);
    expect(members.itemReviewed.datePublished).toBe('2025-12-12T14:11');
  });

  it("names each appearance's byline as its author: an unknown name is a person, the publisher stays the publisher", () => {
    const [appearance] = review('members-002').itemReviewed.appearance ?? [];
    expect(appearance?.author).toEqual([
      { '@type': 'Person', '@id': 'urn:claimtrace:source:002_9710c6be1d14500a:name:jane-doe', name: 'Jane Doe' },
      { '@type': 'Organization', '@id': 'urn:claimtrace:source:002_9710c6be1d14500a:name:example-daily', name: 'Example Daily' },
    ]);
    expect(review('members-002').itemReviewed.firstAppearance).not.toHaveProperty('author');
  });

  it('types the claim author from entities.yaml, and falls back to the publisher when the speaker is no agent', () => {
    expect(review('members-002').itemReviewed.author).toEqual({ '@type': 'NewsMediaOrganization', '@id': 'urn:claimtrace:entity:politico', name: 'politico.com' });
    // "officials" is not in the alias tables: the review names the publisher of the emoji wire, which has none.
    expect(review('partners-emoji').itemReviewed.author).toMatchObject({ '@type': 'Organization', '@id': 'urn:claimtrace:source:emoji-wire:publisher' });
    const launch = reviewsOf({ findings: [{ ...findings[0]!, sides: [{ label: 'x', claims: [{ claimId: 'launch-001' as never, sourceId: '001_661b18e7d48334bf' as never, span: corpus.claims[3]!.evidence[0]!, value: corpus.claims[3]!.value }], sources: ['001_661b18e7d48334bf' as never], sourceGroups: [['001_661b18e7d48334bf' as never]], support: 1 }] }] }).reviews[0];
    expect(launch?.itemReviewed.author).toEqual({ '@type': 'NewsMediaOrganization', '@id': 'urn:claimtrace:entity:newsbytes', name: 'NewsBytes' });
  });

  it('keeps two unknown speakers who share a surname apart (each is the name as its source uses it)', () => {
    const messagesAbout = messages.filter((m) => m.code === 'agent-unknown').map((m) => m.actual);
    expect(messagesAbout).toEqual(['Gao', 'officials']);
    const ids = [review('growth-emoji'), review('growth-recapture')].map((r) => r.itemReviewed.author['@id']);
    expect(new Set(ids).size).toBe(2);
  });

  it('dates a claim by its earliest publication, else by retrieval, and warns when nothing dates it', () => {
    expect(review('growth-recapture').itemReviewed.datePublished).toBe('2025-12-12T14:11');
    expect(review('growth-emoji').itemReviewed).not.toHaveProperty('datePublished');
    expect(messages.filter((m) => m.code === 'claim-undated').map((m) => m.claimId)).toEqual(['growth-emoji', 'partners-emoji']);
    const undatedButRetrieved = {
      ...corpus,
      sources: corpus.sources.map((d) => (d.source.id === 'emoji-wire' ? { ...d, source: { ...d.source, retrievedAt: '2025-12-20' } } : d)),
    };
    const retrieved = reviewsOf({}, undatedButRetrieved).reviews.find((r) => r.itemReviewed.identifier === 'growth-emoji');
    expect(retrieved?.itemReviewed.datePublished).toBe('2025-12-20');
  });

  it('warns about each reviewed source that has no url', () => {
    expect(messages.filter((m) => m.code === 'source-without-url').map((m) => m.sourceId)).toEqual(['002_9710c6be1d14500a', 'emoji-wire']);
  });

  it('places {claim} in the base URL when it has one', () => {
    expect(reviewUrl('https://example.org/checks/{claim}.html', 'a:b')).toBe('https://example.org/checks/a%3Ab.html');
    expect(reviewsOf({ baseUrl: 'https://example.org/c/{claim}' }).reviews[0]?.url).toBe('https://example.org/c/founders-001');
  });

  it.each([
    ['founders-001', 'Conflicting sources', 1],
    ['members-002', 'Conflicting sources', 1],
    ['growth-emoji', 'Sources in tension', 2],
    ['partners-emoji', 'Minor discrepancy', 4],
  ])('states the verdict on %s as "%s" (%d): the worst finding about it', (id, name, value) => {
    expect(review(id).reviewRating).toMatchObject({ alternateName: name, ratingValue: value });
  });

  it('takes the reviewer verdict from the baseline over the severity', () => {
    const reviewed = reviewsOf({ reviewed: [{ id: 'membership-conflict:aaaa000001', verdict: 'dependence' }] }).reviews;
    expect(reviewed.find((r) => r.itemReviewed.identifier === 'founders-001')?.reviewRating).toMatchObject({ alternateName: 'Sources depend on one another', ratingValue: 3 });
  });

  it('makes no review when there are no findings', () => {
    expect(reviewsOf({ findings: [] }).reviews).toEqual([]);
  });

  it('is deterministic in the order of sources, claims and findings', () => {
    const shuffled = { ...corpus, sources: [...corpus.sources].reverse(), claims: [...corpus.claims].reverse() };
    expect(reviewsOf({ findings: [...findings].reverse() }, shuffled).reviews).toEqual(reviews);
  });

  it('wraps the reviews in one @graph document', () => {
    const graph = toClaimReviewGraph(corpus, OPTIONS);
    if (!graph.ok) throw new Error('failed');
    expect(graph.value['@context']).toBe(SCHEMA_ORG_CONTEXT);
    expect(graph.value['@graph']).toHaveLength(reviews.length);
    for (const r of graph.value['@graph']) expect(r).not.toHaveProperty('@context');
  });
});

describe('toClaimReviews refuses options that would make an invalid or unreproducible review', () => {
  it.each([
    ['no base URL', { baseUrl: '' }, 'export-option-missing', /where the reviews are published/],
    ['a relative base URL', { baseUrl: 'checks/pax' }, 'export-option-invalid', /absolute http\(s\) URL/],
    ['a base URL with a fragment', { baseUrl: 'https://example.org/a#b' }, 'export-option-invalid', /fragment/],
    ['no author', { author: { name: ' ' } }, 'export-option-missing', /an author/],
    ['an author URL that is not a URL', { author: { name: 'Desk', url: 'desk' } }, 'export-option-invalid', /author's URL/],
    ['no date', { datePublished: '' }, 'export-option-missing', /date of the reviews/],
    ['an impossible date', { datePublished: '2026-02-30' }, 'export-option-invalid', /real ISO 8601 date/],
    ['a date that is not ISO 8601', { datePublished: '15/01/2026' }, 'export-option-invalid', /real ISO 8601 date/],
    ['a review dated before the claim was published', { datePublished: '2025-12-01' }, 'review-before-claim', /before claim founders-001 was published/],
    ['an unknown severity', { minSeverity: 'fatal' as never }, 'export-option-invalid', /minimum severity/],
  ] as const)('%s', (_name, options, code, message) => {
    const result = toClaimReviews(corpus, { ...OPTIONS, ...options });
    expect(result.ok).toBe(false);
    const problem = result.messages.find((m) => m.code === code);
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(message);
  });

  it('collects every problem at once', () => {
    const result = toClaimReviews(corpus, { findings, baseUrl: '', author: { name: '' }, datePublished: '' });
    expect(result.messages.map((m) => m.code)).toEqual(['export-option-missing', 'export-option-missing', 'export-option-missing']);
  });
});

describe('latestReviewDate', () => {
  it.each([
    [[{ reviewedAt: '2026-11-22' }, { reviewedAt: '2026-11-23' }, {}], '2026-11-23'],
    [[{ reviewedAt: 'last week' }, { reviewedAt: '2026-02-30' }, { reviewedAt: '2026-01-02' }], '2026-01-02'],
    [[{}], undefined],
  ])('%j → %s', (entries, expected) => {
    expect(latestReviewDate(entries.map((e, i) => ({ id: `f${i}`, verdict: 'tension' as const, ...e })))).toBe(expected);
  });
});
