/**
 * Parsing and serializing claims and findings loses no field: JSON through
 * the zod schemas, findings through the report's JSON, and claims written
 * as a YAML claim file and loaded back by the loader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { describeSpan } from '../../src/anchor/index.js';
import { buildCorpus } from '../../src/claims/index.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import { ClaimSchema, type Claim } from '../../src/model/claim.js';
import { FindingSchema } from '../../src/model/finding.js';
import type { Span } from '../../src/model/span.js';
import { valueKind } from '../../src/model/value.js';
import { findingsToJson } from '../../src/report/index.js';
import { claimArb, compact, findingArb, unknownNameArb } from './model-arbitraries.js';
import { byOrdinal } from '../../src/model/ordinal.js';
import { createMessage } from '../../src/model/message.js';
import { failed, ok, settled } from '../../src/model/result.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('claims and findings as JSON', () => {
  it('a claim parsed back from JSON equals the claim', () => {
    fc.assert(
      fc.property(claimArb, (claim) => {
        expect(ClaimSchema.safeParse(claim).success).toBe(true);
        expect(ClaimSchema.parse(viaJson(claim))).toEqual(claim);
      }),
      { numRuns: RUNS },
    );
  });

  it('a finding parsed back from JSON equals the finding, `data` keys such as `constructor` included', () => {
    fc.assert(
      fc.property(findingArb, (finding) => {
        const back = FindingSchema.parse(viaJson(finding));
        expect(back).toEqual(finding);
        if (finding.data !== undefined) expect(Object.keys(back.data ?? {}).sort()).toEqual(Object.keys(finding.data).sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('findings survive the report JSON (findingsToJson) field for field', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 4 }), (findings) => {
        const json = viaJson(
          findingsToJson({
            title: 't',
            corpusLabel: 'claims/',
            corpus: { sources: [], predicates: [], claims: [], entities: [] },
            findings,
            ruleDescriptions: {},
            command: 'npm run report',
          }),
        ) as { findings: unknown[] };
        expect(json.findings.map((f) => FindingSchema.parse(f))).toEqual(findings);
      }),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------ YAML claim files

const TEXT = normalizeText(readFileSync(join(import.meta.dirname, '../fixtures/anchor/coalition-001.txt'), 'utf8'));

/** Word-aligned ranges of the fixture text (a quote an author would copy). */
const wordStarts = [...TEXT.matchAll(/(?<=^|\s)\S/g)].map((m) => m.index);
const quoteSpanArb: fc.Arbitrary<Span> = fc
  .tuple(fc.nat({ max: wordStarts.length - 2 }), fc.integer({ min: 2, max: 12 }))
  .map(([i, words]) => {
    const start = wordStarts[i] ?? 0;
    const next = wordStarts[Math.min(wordStarts.length - 1, i + words)] ?? TEXT.length;
    let end = next;
    while (end > start && /\s/.test(TEXT.charAt(end - 1))) end -= 1;
    const d = describeSpan(TEXT, start, end);
    if (d.status !== 'described') throw new Error(d.reason);
    return { sourceId: 'src' as Span['sourceId'], quote: d.quote, position: d.position };
  });

/** A claim as a claim file can state it: the subject by name, the evidence quoted from the one source. */
const fileClaimArb: fc.Arbitrary<Claim> = fc
  .tuple(claimArb, unknownNameArb, fc.array(quoteSpanArb, { minLength: 1, maxLength: 2 }))
  .map(([claim, subject, evidence]) => ({ ...claim, subject: { name: subject }, evidence }));

const toFileEntry = (claim: Claim): Record<string, unknown> =>
  compact({
    id: claim.id,
    subject: claim.subject.name,
    predicate: claim.predicate,
    value: claim.value,
    evidence: claim.evidence.map((e) => ({ quote: e.quote.exact, prefix: e.quote.prefix, suffix: e.quote.suffix, start: e.position.start })),
    attribution: claim.attribution,
    hedge: claim.hedge,
    polarity: claim.polarity,
    qualifiers: claim.qualifiers,
    note: claim.note,
  });

describe('claims written as a YAML claim file and loaded back', () => {
  it('load with every field as written', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fileClaimArb, { minLength: 1, maxLength: 4, selector: (c) => c.id }), (claims) => {
        const predicates = [...new Map(claims.map((c) => [c.predicate, valueKind(c.value)])).entries()].map(([id, valueType]) => ({
          id,
          valueType,
          cardinality: 'multi',
          description: 'generated',
        }));
        fc.pre(new Set(predicates.map((p) => p.id)).size === new Set(claims.map((c) => c.predicate)).size);
        // The same predicate id with two value kinds cannot be declared: keep one kind per id.
        fc.pre(claims.every((c) => predicates.find((p) => p.id === c.predicate)?.valueType === valueKind(c.value)));
        const result = buildCorpus({
          yamlFiles: [
            { path: 'predicates.yaml', text: stringify({ predicates }) },
            { path: 'sources/src.yaml', text: stringify({ id: 'src', text: 'src.txt', publishedAt: { date: '2025-12-12' }, contentHash: contentHash(TEXT) }) },
            { path: 'claims/generated.yaml', text: stringify({ source: 'src', claims: claims.map(toFileEntry) }) },
          ],
          readTextFile: (path) => (path === 'sources/src.txt' ? ok(TEXT) : failed([createMessage('source-text-missing', path)])),
        });
        expect(result.messages.filter((d) => d.severity === 'error')).toEqual([]);
        const byId = [...claims].sort(byOrdinal((c) => c.id));
        expect(settled(result).corpus.claims).toEqual(byId);
      }),
      // Each run loads a whole folder (about 15 ms): 200 runs keep the file under 5 s.
      { numRuns: Math.ceil((RUNS * 2) / 3) },
    );
  });
});
