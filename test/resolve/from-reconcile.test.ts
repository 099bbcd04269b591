import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Claim, Corpus, Predicate, SourceDocument, Value } from '../../src/model/index.js';
import { claimId, predicateId, sourceId } from '../../src/model/index.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
import { accuCopy, majorityVote, problemFromReconcile, resolutionForFinding } from '../../src/resolve/index.js';
import { settled } from '../../src/model/result.js';

// Three outlets run the same wire copy (a shared passage of more than 30 words) with
// "$12 billion"; two outlets report independently "$10 billion".
const WIRE =
  'The new minerals fund was announced on Tuesday by officials who said it would buy stakes in mines and refineries across several allied countries over the coming years, according to a statement.';
const texts: Record<string, string> = {
  'wire-a': `${WIRE} The fund is worth $12 billion.`,
  'wire-b': `Reprinted. ${WIRE} The fund is worth $12 billion.`,
  'wire-c': `${WIRE} Officials put it at $12 billion.`,
  'desk-1': 'Our reporters confirmed that the fund holds $10 billion.',
  'desk-2': 'Budget papers show $10 billion for the fund.',
};

const doc = (id: string): SourceDocument => ({
  source: {
    id: sourceId(id),
    publishedAt: { precision: 'unknown' },
    contentHash: `sha256:${createHash('sha256').update(texts[id]!).digest('hex')}`,
    aiGenerated: { whole: false, ranges: [] },
    derivedFrom: [],
    cites: [],
    nonContent: [],
  },
  text: texts[id]!,
});

const usd = (x: number): Value => ({ type: 'quantity', low: x, high: x, lowInclusive: true, highInclusive: true, currency: 'USD' });

const claimAt = (id: string, source: string, quote: string, value: Value): Claim => {
  const text = texts[source]!;
  const start = text.indexOf(quote);
  return {
    id: claimId(id),
    subject: { name: 'Minerals fund' },
    predicate: predicateId('fund-size'),
    value,
    polarity: 'affirmative',
    hedge: 'asserted',
    evidence: [
      {
        sourceId: sourceId(source),
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32) },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
      },
    ],
  };
};

const predicates: Predicate[] = [
  { id: predicateId('fund-size'), valueType: 'quantity', cardinality: 'functional', description: 'Size of the fund.' },
];

const corpus: Corpus = {
  sources: Object.keys(texts).sort().map(doc),
  predicates,
  entities: [],
  claims: [
    claimAt('c-wire-a', 'wire-a', '$12 billion', usd(12e9)),
    claimAt('c-wire-b', 'wire-b', '$12 billion', usd(12e9)),
    claimAt('c-wire-c', 'wire-c', '$12 billion', usd(12e9)),
    claimAt('c-desk-1', 'desk-1', '$10 billion', usd(10e9)),
    claimAt('c-desk-2', 'desk-2', '$10 billion', usd(10e9)),
  ],
};

describe('problemFromReconcile', () => {
  const result = settled(createReconciler({ rules: builtinRules() }).reconcile(corpus));
  const problem = problemFromReconcile(result, corpus.predicates);

  it('turns each claim group into a functional resolution group with one observation per claim', () => {
    expect(problem.groups).toHaveLength(1);
    const g = problem.groups[0]!;
    expect(g.functional).toBe(true);
    expect(g.observations.map((o) => [o.sourceId, o.claimId])).toEqual([
      ['desk-1', 'c-desk-1'],
      ['desk-2', 'c-desk-2'],
      ['wire-a', 'c-wire-a'],
      ['wire-b', 'c-wire-b'],
      ['wire-c', 'c-wire-c'],
    ]);
    expect(new Set(g.observations.map((o) => o.valueKey)).size).toBe(2);
  });

  it('carries the shared wire passage as certain dependence', () => {
    const pairs = problem.dependence?.map((d) => [...d.sources, d.probability, d.reason]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['wire-a', 'wire-b', 1, 'shared-passages'],
        ['wire-a', 'wire-c', 1, 'shared-passages'],
        ['wire-b', 'wire-c', 1, 'shared-passages'],
      ]),
    );
  });

  it('lets the copy-aware strategy prefer the two independent reports over three copies of one', () => {
    const vote = majorityVote.resolve(problem).groups[0]!;
    const aware = accuCopy.resolve(problem).groups[0]!;
    expect(vote.preferred?.value).toEqual(usd(12e9));
    expect(aware.preferred?.value).toEqual(usd(10e9));
    expect(aware.explanation).toContain('2 of the 3 sources of');
  });

  it('finds the resolution of the group a conflict finding is about', () => {
    const conflicts = result.findings.filter((f) => f.key !== undefined && f.sides.length >= 2);
    expect(conflicts.length).toBeGreaterThan(0);
    const resolution = accuCopy.resolve(problem);
    for (const f of conflicts) {
      const g = resolutionForFinding(resolution, f);
      expect(g?.preferred?.value).toEqual(usd(10e9));
    }
    expect(resolutionForFinding(resolution, {})).toBeUndefined();
  });
});
