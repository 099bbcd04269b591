/**
 * The JSON-LD exports are valid under a real processor: jsonld.js expands
 * them and converts them to RDF in safe mode (no dropped term, no relative
 * IRI), the RDF survives a round trip through N-Quads, and every property,
 * class and datatype is a term of its published vocabulary. The contexts are
 * vendored (test/fixtures/jsonld/), the loader never goes to the network, and
 * the Web Annotation export is checked under both versions of its context.
 *
 * Every JSON-LD format of the format table is covered (a new one is picked
 * up by its media type), on the bundled corpus and on a synthetic corpus
 * that has what the bundled one lacks (URLs, retrieval dates, two captures
 * of one URL, characters outside the BMP). The checker itself is shown to
 * fail on each kind of defect.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder, type FolderCheck } from '../../src/check/check-claims-folder.js';
import { toClaimReviewGraph } from '../../src/export/claim-review.js';
import { toProv } from '../../src/export/prov.js';
import { toAnnotationCollection } from '../../src/export/web-annotation.js';
import { renderFormat } from '../../src/formats/format.js';
import { OUTPUT_FORMATS } from '../../src/formats/registry.js';
import { settled } from '../../src/model/result.js';
import { ANNO_CONTEXTS, type AnnoContextVersion, processJsonLd, type Processed } from './jsonld-processor.js';
import { corpus as fixtureCorpus, findings as fixtureFindings } from './fixture-corpus.js';

const CLAIMS = join(import.meta.dirname, '../../claims');
const JSON_LD_FORMATS = OUTPUT_FORMATS.filter((f) => f.mediaType === 'application/ld+json');
const VERSIONS = Object.keys(ANNO_CONTEXTS) as AnnoContextVersion[];
const OPTIONS = { 'base-url': 'https://example.org/fact-checks/pax-silica', author: 'Example Fact Desk', 'author-url': 'https://example.org/' };
const labels = { title: 'Conflict report', corpusLabel: 'claims/', command: 'test' };

let check: FolderCheck;
const exported = new Map<string, unknown>();
beforeAll(async () => {
  check = settled(await checkClaimsFolder(CLAIMS));
  for (const format of JSON_LD_FORMATS) {
    const rendered = renderFormat(format, { check, labels, options: OPTIONS });
    if (!rendered.ok) throw new Error(`${format.id} did not render: ${JSON.stringify(rendered.messages)}`);
    exported.set(format.id, JSON.parse(rendered.value));
  }
}, 120_000);

const expectValid = (processed: Processed): void => {
  expect(processed.problems).toEqual([]);
  expect(processed.quads).toBeGreaterThan(0);
  for (const url of processed.requested) expect(['http://www.w3.org/ns/anno.jsonld', 'https://schema.org']).toContain(url);
};

describe('every JSON-LD export of the bundled corpus, under jsonld.js in safe mode', () => {
  it('covers the three JSON-LD formats of the table', () => {
    expect(JSON_LD_FORMATS.map((f) => f.id).sort()).toEqual(['claimreview', 'prov', 'web-annotation']);
  });

  const cases = JSON_LD_FORMATS.flatMap((f) => (f.id === 'web-annotation' ? VERSIONS.map((v) => [f.id, v] as const) : [[f.id, 'published'] as const]));
  it.each(cases)('%s (anno.jsonld: %s): expands, converts to RDF and round-trips with every term in its vocabulary', async (id, version) => {
    const processed = await processJsonLd(exported.get(id), version);
    expectValid(processed);
    // What the export says, as RDF: the terms that carry it are there.
    const expected: Record<string, readonly string[]> = {
      'web-annotation': ['http://www.w3.org/ns/oa#hasPurpose', 'http://www.w3.org/ns/oa#hasSelector', 'http://www.w3.org/ns/oa#hasState', 'http://www.w3.org/ns/oa#cachedSource', 'http://www.w3.org/ns/activitystreams#items'],
      claimreview: ['http://schema.org/claimReviewed', 'http://schema.org/itemReviewed', 'http://schema.org/reviewRating', 'http://schema.org/firstAppearance', 'http://schema.org/url', 'http://schema.org/author'],
      prov: ['http://www.w3.org/ns/prov#wasDerivedFrom', 'http://www.w3.org/ns/prov#wasQuotedFrom', 'http://www.w3.org/ns/prov#wasAttributedTo', 'http://www.w3.org/ns/prov#qualifiedInfluence'],
    };
    expect(processed.properties).toEqual(expect.arrayContaining([...(expected[id] ?? [])]));
  }, 120_000);
});

describe('the exports of a corpus with URLs, retrieval dates and two captures of one URL', () => {
  const withUrls = {
    ...fixtureCorpus,
    sources: fixtureCorpus.sources.map((d, i) => (i === 1 ? { ...d, source: { ...d.source, url: fixtureCorpus.sources[0]?.source.url, retrievedAt: '2025-12-14T08:00:00+01:00' } } : d)),
  };
  it.each([
    ['web-annotation', () => toAnnotationCollection(withUrls, { findings: fixtureFindings })],
    ['claimreview', () => toClaimReviewGraph(withUrls, { findings: fixtureFindings, baseUrl: 'https://example.org/checks/{claim}', author: { name: 'Desk', url: 'https://example.org/' }, datePublished: '2026-01-15', minSeverity: 'info' })],
    ['prov', () => toProv(withUrls)],
  ] as const)('%s is valid under both context versions', async (_id, run) => {
    const result = run();
    if (!result.ok) throw new Error(JSON.stringify(result.messages));
    for (const version of VERSIONS) expectValid(await processJsonLd(result.value, version));
  }, 60_000);
});

describe('the check fails on each kind of defect (it is not vacuous)', () => {
  const annotation = (body: Record<string, unknown>, target: unknown = 'https://example.org/a') => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:x:annotation',
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'v', ...body },
    target,
  });
  const review = (extra: Record<string, unknown>) => ({ '@context': 'https://schema.org', '@type': 'ClaimReview', '@id': 'urn:x:review', claimReviewed: 'x', ...extra });
  it.each([
    ['a purpose the 2016 context does not define ("assessing")', annotation({ purpose: 'assessing' }), 'w3c-repository-2016', /relative|invalid/i],
    ['a property the context does not define (dropped)', annotation({ assessment: 'bad' }), 'published', /invalid property|dropped/i],
    ['a relative target IRI', annotation({ purpose: 'describing' }, 'articles/1'), 'published', /relative/i],
    ['a schema.org property that does not exist (kept by @vocab, caught by the vocabulary)', review({ claimReviwed: 'typo' }), 'published', /claimReviwed is not a term/],
    ['a schema.org url that is not absolute', review({ url: '#claim-1' }), 'published', /relative/i],
  ] as const)('%s', async (_name, document, version, problem) => {
    const processed = await processJsonLd(document, version);
    expect(processed.problems.join('\n')).toMatch(problem);
  });

  it('refuses a context that is not vendored: the loader is asked, goes nowhere, and the document fails', async () => {
    const processed = await processJsonLd({ '@context': 'https://example.org/context.jsonld', '@id': 'urn:x', 'urn:p': 1 });
    expect(processed.requested).toEqual(['https://example.org/context.jsonld']);
    expect(processed.problems.join('\n')).toMatch(/Dereferencing a URL did not result in a valid JSON-LD object.*example\.org\/context\.jsonld/);
  });

  it('accepts the same annotation with `oa:assessing` under both versions', async () => {
    for (const version of VERSIONS) expect((await processJsonLd(annotation({ purpose: 'oa:assessing' }), version)).problems).toEqual([]);
  });
});
