import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { captureIri, contentHashIri, pageIri, spanIri } from '../../src/export/linked-data-ids.js';
import { toUtf16Offset } from '../../src/export/code-points.js';
import type { Corpus } from '../../src/model/index.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
import { ensureBuilt, REPO, runBin, runBinAsync } from './built-bin.js';
import { runInProcess } from './memory-io.js';

interface Annotation {
  body: { purpose: string; value: string }[];
  target: { source: string; state: { cached: string }; selector: [{ type: string; exact: string }, { type: string; start: number; end: number }] };
}
interface Appearance {
  identifier: string;
  hasPart: { '@id': string; text: string }[];
}
interface Review {
  '@type': string;
  url: string;
  claimReviewed: string;
  author: { '@type': string; name: string; url?: string };
  itemReviewed: { identifier: string; author: { '@type': string; name: string }; datePublished?: string; firstAppearance?: Appearance; appearance?: Appearance[] };
  reviewRating: { alternateName: string; ratingValue: number };
  datePublished: string;
}
interface Node {
  '@id': string;
  '@type': string | string[];
  [key: string]: unknown;
}

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-export-'));
let corpus: Corpus;
let exported: Record<'web-annotation' | 'claimreview' | 'prov', unknown>;
let reviewsRun: { stderr: string } | undefined;

beforeAll(async () => {
  await ensureBuilt();
  const [loaded, ...runs] = await Promise.all([
    loadCorpus(join(REPO, 'claims')),
    runBinAsync(['export', 'claims', '--format', 'web-annotation']),
    runBinAsync(['export', 'claims', '--format', 'claimreview', '--date', '2026-11-30', '--author', 'Test desk', '--author-url', 'https://example.org/desk', '--base-url', 'https://example.org/checks']),
    runBinAsync(['export', 'claims', '--format', 'prov', '--out', join(temp, 'prov.jsonld')]),
  ]);
  corpus = settled(loaded).corpus;
  const [annotations, reviews, prov] = runs;
  reviewsRun = reviews;
  for (const run of runs) expect(run?.code, run?.stderr).toBe(0);
  expect(prov?.stdout, '--out writes the file, not stdout').toBe('');
  expect(prov?.stderr).toMatch(/^wrote .*prov\.jsonld \(prov\)$/m);
  exported = {
    'web-annotation': JSON.parse(annotations?.stdout ?? ''),
    claimreview: JSON.parse(reviews?.stdout ?? ''),
    prov: JSON.parse(readFileSync(join(temp, 'prov.jsonld'), 'utf8')),
  };
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const allSpans = () => corpus.claims.flatMap((c) => c.evidence.map((span) => ({ claim: c.id as string, span })));

describe('claimtrace export on the bundled corpus: nothing is lost', () => {
  it('has a corpus to export', () => {
    expect(corpus.claims.length).toBeGreaterThan(0);
  });

  it('web-annotation: an AnnotationCollection with one annotation per claim–span link', () => {
    const collection = exported['web-annotation'] as { '@context': string; type: string; total: number; first: { items: Annotation[] } };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const spans = allSpans();
    expect(collection.total).toBe(spans.length);
    const texts = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
    const keys = new Set(
      collection.first.items.map((a) => {
        const id = a.body.find((b) => b.purpose === 'identifying')?.value ?? '';
        const document = corpus.sources.find((d) => pageIri(d.source) === a.target.source && contentHashIri(d.source.contentHash) === a.target.state.cached);
        const [quote, position] = a.target.selector;
        expect(quote.type).toBe('TextQuoteSelector');
        expect(position.type).toBe('TextPositionSelector');
        const start = document !== undefined ? toUtf16Offset(document.text, position.start) : -1;
        return `${id}|${document?.source.id}|${start}|${quote.exact}`;
      }),
    );
    for (const { claim, span } of spans) {
      expect(keys, `${claim} @ ${span.sourceId}`).toContain(`${claim}|${span.sourceId}|${span.position.start}|${span.quote.exact}`);
      expect(texts.has(span.sourceId)).toBe(true);
    }
  });

  it('claimreview: one review per claim with findings at or above warning, each carrying every span of its claim', () => {
    const { findings } = settled(createReconciler({ rules: builtinRules() }).reconcile(corpus));
    // a finding concerns the claims of its sides and the claims its related notes point at
    const atLeastWarning = findings.filter((f) => f.severity !== 'info');
    const withFindings = new Set(
      atLeastWarning.flatMap((f) => [...f.sides.flatMap((s) => s.claims.map((c) => c.claimId as string)), ...f.related.flatMap((n) => (n.claimId !== undefined ? [n.claimId as string] : []))]),
    );
    const graph = (exported.claimreview as { '@context': string; '@graph': Review[] })['@graph'];
    expect((exported.claimreview as { '@context': string })['@context']).toBe('https://schema.org');
    expect(new Set(graph.map((r) => r.itemReviewed.identifier))).toEqual(new Set([...withFindings].filter((id) => corpus.claims.some((c) => c.id === id))));
    for (const review of graph) {
      expect(review['@type']).toBe('ClaimReview');
      expect(review.datePublished).toBe('2026-11-30');
      const claim = corpus.claims.find((c) => c.id === review.itemReviewed.identifier);
      const appearances = [...(review.itemReviewed.firstAppearance !== undefined ? [review.itemReviewed.firstAppearance] : []), ...(review.itemReviewed.appearance ?? [])];
      const parts = appearances.flatMap((a) => a.hasPart.map((p) => p['@id']));
      expect(parts.sort()).toEqual((claim?.evidence ?? []).map((s) => spanIri(s.sourceId, s.position.start, s.position.end)).sort());
    }
  });

  it('claimreview: every review carries url, a short claimReviewed, a named verdict, an author and a claim with its author', () => {
    const graph = (exported.claimreview as { '@graph': Review[] })['@graph'];
    expect(graph.length).toBeGreaterThan(0);
    for (const review of graph) {
      expect(review.url).toBe(`https://example.org/checks#${review.itemReviewed.identifier}`);
      expect([...review.claimReviewed].length).toBeLessThanOrEqual(75);
      expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
      expect(review.author).toMatchObject({ '@type': 'Organization', name: 'Test desk', url: 'https://example.org/desk' });
      expect(review.itemReviewed.author.name.length).toBeGreaterThan(0);
      expect(['Person', 'Organization', 'GovernmentOrganization', 'Corporation', 'NewsMediaOrganization']).toContain(review.itemReviewed.author['@type']);
      // A date when a source dates the claim; else the warning on stderr names the claim.
      if (review.itemReviewed.datePublished === undefined) expect(reviewsRun?.stderr).toContain(`claim-undated] no source of claim ${review.itemReviewed.identifier} `);
    }
    expect(reviewsRun?.stderr).toMatch(/warning \[source-without-url\] source 002_9710c6be1d14500a has no url/);
  });

  it('claimreview: takes the date from baseline.yaml when --date is not given, so the output does not change from day to day', async () => {
    const [a, b] = await Promise.all([
      runInProcess(['export', 'claims', '--format', 'claimreview', '--author', 'Desk', '--base-url', 'https://example.org/c']),
      runInProcess(['export', 'claims', '--format', 'claimreview', '--author', 'Desk', '--base-url', 'https://example.org/c', '--date', '2026-11-22']),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect((JSON.parse(a.stdout) as { '@graph': Review[] })['@graph'][0]?.datePublished).toBe('2026-11-22');
  });

  it('prov: every source, claim and span as prov:Entity, spans quoted from their sources', () => {
    const graph = (exported.prov as { '@graph': Node[] })['@graph'];
    const byId = new Map(graph.map((n) => [n['@id'], n]));
    const types = (n: Node | undefined) => (n === undefined ? [] : typeof n['@type'] === 'string' ? [n['@type']] : n['@type']);
    for (const { source } of corpus.sources) expect(types(byId.get(captureIri(source.id)))).toContain('prov:Entity');
    for (const claim of corpus.claims) {
      const node = byId.get(`urn:claimtrace:claim:${claim.id}`);
      expect(types(node)).toContain('prov:Entity');
      const derived = (node?.['prov:wasDerivedFrom'] as { '@id': string }[]).map((r) => r['@id']);
      for (const span of claim.evidence) {
        const id = spanIri(span.sourceId, span.position.start, span.position.end);
        expect(derived).toContain(id);
        const source = corpus.sources.find((d) => d.source.id === span.sourceId)?.source;
        expect(byId.get(id)?.['prov:wasQuotedFrom']).toEqual({ '@id': source !== undefined ? captureIri(source.id) : '' });
      }
    }
  });

  it('jsonschema: the claim file format as a JSON Schema', () => {
    const result = runBin(['export', '--format', 'jsonschema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('json-schema.org');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['source', 'claims']));
  });

  it('markdown, findings-json and html: the report formats, the same text `report` writes', async () => {
    const [markdown, json, html] = await Promise.all([
      runInProcess(['export', 'claims', '--format', 'markdown']),
      runInProcess(['export', 'claims', '--format', 'json']),
      runInProcess(['export', 'claims', '--format', 'html']),
    ]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# Conflict report\n/);
    expect(json.code).toBe(0);
    // one finding per disagreement (five), and the single-source values as coverage
    const data = JSON.parse(json.stdout) as { findings: unknown[]; coverage: { singleSource: unknown[] } };
    expect(data.findings.length).toBeGreaterThanOrEqual(5);
    expect(data.coverage.singleSource.length).toBeGreaterThan(100);
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('claimtrace export claims --format html');
  });

  it.each([
    [['export', 'claims'], /export needs --format/],
    [['export', 'claims', '--format', 'rdf'], /unknown format "rdf" for export\n  hint: --format takes markdown \(md\), findings-json \(json\), html, web-annotation, claimreview, prov, jsonschema/],
    [['export', 'claims', '--format', 'prov,jsonschema'], /export writes one format at a time \(got prov, jsonschema\)/],
    [['export', 'claims', '--format', 'csv'], /unknown format "csv"/],
    [['export', 'claims', '--format', 'prov', '--date', '2026-01-15'], /--date applies to --format claimreview, not prov/],
    [['export', 'claims', '--format', 'claimreview', '--date', '15/01/2026'], /--date must be a real ISO 8601 date/],
    [['export', 'claims', '--format', 'claimreview', '--date', '2026-02-30', '--author', 'D', '--base-url', 'https://e.org'], /--date must be a real ISO 8601 date/],
    [['export', 'claims', '--format', 'claimreview', '--author', 'D'], /export-option-missing\] ClaimReview needs the address where the reviews are published[\s\S]*hint: give the base URL \(--base-url\)/],
    [['export', 'claims', '--format', 'claimreview', '--base-url', 'https://e.org'], /ClaimReview needs an author/],
    [['export', 'claims', '--format', 'claimreview', '--base-url', 'e.org/checks', '--author', 'D'], /--base-url must be an absolute http\(s\) URL/],
    [['export', 'claims', '--format', 'claimreview', '--base-url', 'https://e.org', '--author', 'D', '--date', '2025-01-01'], /review-before-claim\] the review date 2025-01-01 is before claim/],
    [['export', 'claims', '--format', 'claimreview', '--min-severity', 'fatal'], /--min-severity must be one of error, warning, info/],
    [['export', 'claims', '--format', 'prov', '--base-url', 'https://e.org'], /--base-url applies to --format claimreview, not prov/],
    [['export', 'test/fixtures/cli/broken-quote', '--format', 'prov'], /quote-not-found/],
  ])('%j exits 2', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
