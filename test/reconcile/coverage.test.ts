/**
 * Coverage counts a group whose claims all share one value class straight
 * off its claims (one cluster of all of them, or none when they deny),
 * without building clusters. That shortcut must give exactly what asking
 * the context for every group's clusters gives — which is what happens for
 * a context `buildContext` did not make.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/corpus.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import { coverageOf } from '../../src/reconcile/coverage.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext, clustersByClass } from '../../src/reconcile/rule-context.js';
import type { RuleContext } from '../../src/reconcile/rule.js';
import { valueKinds, type ValueKinds } from '../../src/values/registry.js';
import type { AnyValue } from '../../src/values/value-kind.js';
import { syntheticCorpus } from '../tools/bench/reconcile.js';
import { corpus, predicate, v } from './fixture.js';
import { paxSilicaCorpus } from './pax-silica-corpus.js';

const contextOf = (c: Corpus): RuleContext => {
  const values = valueKinds as unknown as ValueKinds<AnyValue>;
  const resolver = memoizedResolver(createEntityResolver({ entities: c.entities }));
  return buildContext({ corpus: c, compareValues: (a, b) => values.compare(a, b, { resolver }), values, resolver, dependence: detectSourceDependence(c.sources), maxCompared: 16 });
};

const text = 'Acme raised $5 billion. Acme did not raise $5 billion. Acme raised $6 billion in 2024.';
const small = corpus({
  sources: [
    { id: 'a', text },
    { id: 'b', text: `${text} More.` },
    { id: 'c', text: `Other words. ${text}` },
  ],
  predicates: [predicate('raised', 'quantity', 'functional', 'raised')],
  claims: [
    // one class, two witnesses: corroborated
    { id: 'c0', source: 'a', quote: 'Acme raised $5 billion', subject: 'Acme', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD') },
    { id: 'c1', source: 'c', quote: 'Acme raised $5 billion', subject: 'Acme', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD') },
    // one class, denied: no value at all
    { id: 'c2', source: 'a', quote: 'Acme did not raise $5 billion', subject: 'Beta', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), polarity: 'negative' },
    { id: 'c3', source: 'b', quote: 'Acme did not raise $5 billion', subject: 'Beta', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), polarity: 'negative' },
    // one class, one witness (an original and its copy): single-source
    { id: 'c4', source: 'a', quote: 'Acme raised $6 billion', subject: 'Gamma', predicate: 'raised', value: v.quantity(6e9, 6e9, undefined, 'USD'), qualifiers: { time: v.month('2024-01-01', '2024-12-31') } },
    // two classes
    { id: 'c5', source: 'a', quote: 'Acme raised $5 billion', subject: 'Delta', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD') },
    { id: 'c6', source: 'c', quote: 'Acme raised $6 billion', subject: 'Delta', predicate: 'raised', value: v.quantity(6e9, 6e9, undefined, 'USD') },
  ],
});

describe('coverageOf: one-class groups counted off their claims', () => {
  it.each([
    { name: 'a small corpus of every case', corpus: small },
    { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus() },
    { name: '5,000 synthetic claims', corpus: syntheticCorpus(5_000, 3) },
  ])('$name: the same coverage as asking for every cluster', ({ corpus: c }) => {
    const context = contextOf(c);
    expect(clustersByClass(context)).toBe(true);
    // A copy of the context is not one buildContext made: coverage asks it for every group's clusters.
    const asked = { ...context };
    expect(clustersByClass(asked)).toBe(false);
    const fast = coverageOf(context);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(coverageOf(asked)));
    expect(fast.values).toBeGreaterThan(0);
  });

  it('counts what it should on the small corpus', () => {
    const coverage = coverageOf(contextOf(small));
    expect([coverage.groups, coverage.values, coverage.corroborated]).toEqual([4, 4, 1]);
    expect(coverage.singleSource.map((row) => [row.subjectName, row.claims.map((c) => c.claimId), row.sources])).toEqual([
      ['Delta', ['c5'], ['a']],
      ['Delta', ['c6'], ['c']],
      ['Gamma', ['c4'], ['a']],
    ]);
  });
});
