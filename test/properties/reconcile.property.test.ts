/**
 * Reconciliation is deterministic: the same corpus with its sources, claims,
 * predicates and alias entries in any order gives the same findings (same
 * ids, same order, same content), the same claim groups and the same
 * source dependence. Corpora are generated from a small vocabulary so that
 * claims collide: the same subject with conflicting values, near-duplicate
 * names, shared passages between sources.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../src/anchor/index.js';
import { contentHash } from '../../src/ingest/index.js';
import type { Claim } from '../../src/model/claim.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { AliasEntry } from '../../src/model/entity.js';
import type { Predicate } from '../../src/model/predicate.js';
import type { SourceDocument } from '../../src/model/source.js';
import type { Value } from '../../src/model/value.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
import { settled } from '../../src/model/result.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const SENTENCES = [
  'The coalition was launched with five founding members on Friday.',
  'Singapore, Australia, Japan, South Korea and Israel signed the declaration.',
  'Officials said the reserve is worth nearly $12 billion.',
  'MP Materials will supply rare earth magnets to the Pentagon.',
  'MP Minerals will supply rare earth magnets, a spokesman said.',
  'Nine countries joined the Pax Silica declaration by December 24.',
  'The United Kingdom and the UAE are expected to join next year.',
  'China criticised the move as a bloc confrontation.',
] as const;

const PREDICATES: readonly Predicate[] = [
  { id: 'founding-members', valueType: 'entity-set', cardinality: 'functional', description: 'The complete set of founding members.' },
  { id: 'amount', valueType: 'quantity', cardinality: 'functional', description: 'An amount.' },
  { id: 'signed-on', valueType: 'date', cardinality: 'functional', description: 'The day it was signed.' },
  { id: 'supplier', valueType: 'entity', cardinality: 'multi', description: 'Who supplies it.' },
  { id: 'partner', valueType: 'entity', cardinality: 'functional', description: 'The partner.' },
] as unknown as readonly Predicate[];

const ENTITIES: readonly AliasEntry[] = [
  { id: 'pax-silica', name: 'Pax Silica Declaration', kind: 'agreement', aliases: ['Pax Silica'] },
  { id: 'mp-materials', name: 'MP Materials', kind: 'company', aliases: ['MP Materials Corp.'] },
  { id: 'project-vault', name: 'Project Vault', kind: 'programme', aliases: ['the reserve'] },
] as unknown as readonly AliasEntry[];

const SUBJECTS = ['Pax Silica', 'Pax Silica Declaration', 'Project Vault', 'the reserve', 'Pentagon'];
const NAMES = ['MP Materials', 'MP Minerals', 'MP Materials Corp.', 'Japan', 'UK', 'United Kingdom', 'UAE', 'Israel'];

const valueArb = (predicate: string): fc.Arbitrary<Value> => {
  switch (predicate) {
    case 'founding-members':
      return fc.oneof(
        fc.subarray(NAMES.slice(3), { minLength: 1 }).map((m): Value => ({ type: 'entity-set', mode: 'closed', members: m.map((name) => ({ name })) })),
        fc.integer({ min: 4, max: 9 }).map((count): Value => ({ type: 'entity-set', mode: 'count', members: [], count })),
      );
    case 'amount':
      return fc.constantFrom(10.8e9, 12e9, 14e9).map((n): Value => ({ type: 'quantity', low: n, high: n, lowInclusive: true, highInclusive: true, currency: 'USD' }));
    case 'signed-on':
      return fc.constantFrom('2025-12-12', '2025-12-24').map((d): Value => ({ type: 'date', start: d, end: d, precision: 'day' }));
    default:
      return fc.constantFrom(...NAMES).map((name): Value => ({ type: 'entity', name }));
  }
};

/** A corpus of 2–4 sources (some sharing sentences) and 1–10 claims quoting them. */
const corpusArb: fc.Arbitrary<Corpus> = fc
  .array(fc.subarray([...SENTENCES.keys()], { minLength: 2, maxLength: 5 }), { minLength: 2, maxLength: 4 })
  .chain((sourceSentences) => {
    const sources: SourceDocument[] = sourceSentences.map((indexes, i) => {
      const text = indexes.map((k) => SENTENCES[k]).join(' ');
      return {
        source: {
          id: `s${i}`,
          publishedAt: { precision: 'day', value: '2025-12-2' + String(i) },
          contentHash: contentHash(text),
          aiGenerated: { whole: false, ranges: [] },
          derivedFrom: i === 2 ? [{ source: 's0' }] : [],
          cites: [],
          nonContent: [],
        },
        text,
      } as unknown as SourceDocument;
    });
    const claimArb = (n: number): fc.Arbitrary<Claim> =>
      fc
        .record({
          source: fc.nat({ max: sources.length - 1 }),
          sentence: fc.nat(),
          subject: fc.constantFrom(...SUBJECTS),
          predicate: fc.constantFrom(...PREDICATES.map((p) => p.id as string)),
          hedge: fc.constantFrom('asserted', 'reported', 'hedged'),
          speaker: fc.option(fc.constantFrom('officials', 'a spokesman'), { nil: undefined }),
        })
        .chain((c) =>
          valueArb(c.predicate).map((value): Claim => {
            const doc = sources[c.source]!;
            const indexes = sourceSentences[c.source]!;
            const sentence = SENTENCES[indexes[c.sentence % indexes.length]!]!;
            const start = doc.text.indexOf(sentence);
            const d = describeSpan(doc.text, start, start + sentence.length);
            if (d.status !== 'described') throw new Error(d.reason);
            return {
              id: `c${String(n).padStart(2, '0')}`,
              subject: { name: c.subject },
              predicate: c.predicate,
              value,
              polarity: 'affirmative',
              hedge: c.hedge,
              ...(c.speaker !== undefined ? { attribution: { speaker: c.speaker } } : {}),
              evidence: [{ sourceId: doc.source.id, quote: d.quote, position: d.position }],
            } as unknown as Claim;
          }),
        );
    return fc
      .integer({ min: 1, max: 10 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, n) => claimArb(n))))
      .map((claims): Corpus => ({ sources, predicates: PREDICATES, claims, entities: ENTITIES }));
  });

const reconciler = createReconciler({ rules: builtinRules() });

/** Everything reconcile returns, as plain JSON (so functions and Maps compare by content). */
const outcome = (corpus: Corpus) => {
  const r = reconciler.reconcile(corpus);
  const { findings, groups, dependence } = settled(r);
  return JSON.parse(JSON.stringify({ findings, groups, dependence, messages: r.messages })) as unknown;
};

describe('reconciliation under any permutation of the corpus', () => {
  it('gives the same findings (ids, order, content), groups and dependence', () => {
    fc.assert(
      fc.property(
        corpusArb,
        fc.func(fc.integer()),
        (corpus, key) => {
          const shuffle = <T>(items: readonly T[], salt: number): T[] =>
            items.map((item, i) => ({ item, k: key(i + salt * 1000) })).sort((a, b) => a.k - b.k).map((x) => x.item);
          const permuted: Corpus = {
            sources: shuffle(corpus.sources, 1),
            claims: shuffle(corpus.claims, 2),
            predicates: shuffle(corpus.predicates, 3),
            entities: shuffle(corpus.entities, 4),
          };
          expect(outcome(permuted)).toEqual(outcome(corpus));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('finds something to compare (the generator is not vacuous)', () => {
    const samples = fc.sample(corpusArb, { numRuns: 100, seed: 42 });
    const withFindings = samples.filter((c) => settled(reconciler.reconcile(c)).findings.length > 0);
    expect(withFindings.length).toBeGreaterThan(30);
  });
});
