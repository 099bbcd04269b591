/**
 * Value clusters: a claim group's values gathered into groups that can all
 * be true at once, in order of independent support.
 */
import { describe, expect, it } from 'vitest';
import type { GroupClaim } from '../../src/reconcile/claim-groups.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
import { clusterValues } from '../../src/reconcile/value-clusters.js';
import { settled } from '../../src/model/result.js';
import type { Value } from '../../src/model/value.js';
import { parseDate, parseQuantity } from '../../src/normalize/index.js';
import { alias, corpus, predicate, v } from './fixture.js';

const q = (words: string): Value => {
  const r = parseQuantity(words);
  if (!r.ok) throw new Error(words);
  return r.value;
};
const d = (words: string, published?: string): Value => {
  const r = parseDate(words, published !== undefined ? { publishedAt: published } : {});
  if (!r.ok) throw new Error(words);
  return r.value;
};

/** The clusters of one group, each as the sorted ids of its sources. */
const clustersOf = (values: readonly Value[], valueType: 'quantity' | 'date' | 'entity', entities = [alias('washington-dc', 'Washington, D.C.', ['Washington'], 'place')]) => {
  const c = corpus({
    sources: values.map((_, i) => ({ id: `s${i}`, text: `The value is stated here, ${i}.` })),
    predicates: [predicate('p', valueType, 'functional', 'p')],
    claims: values.map((value, i) => ({ id: `c${i}`, source: `s${i}`, quote: 'The value is stated here', subject: 'Thing', predicate: 'p', value })),
    entities: entities.map((e) => (e.id === 'washington-dc' ? { ...e, locatedIn: ['country:US' as never] } : e)),
  });
  const reconciler = createReconciler({ rules: builtinRules() });
  const result = settled(reconciler.reconcile(c));
  const singles = new Set(result.coverage.singleSource.map((s) => s.claims.map((x) => x.sourceId).join(',')));
  const conflict = result.findings.find((f) => f.ruleId === 'value-conflict');
  return { sides: conflict?.sides.map((s) => s.sources.join(',')) ?? [], singles, values: result.coverage.values };
};

describe('clusterValues', () => {
  it.each([
    ['amounts that round alike are one cluster', [q('$12 billion'), q('about $12 billion'), q('$12.4 billion'), q('$120 billion')], 'quantity', ['s0,s1,s2', 's3']],
    ['four apart amounts are four clusters', [q('$1 billion'), q('$3 billion'), q('$6 billion'), q('$12 billion')], 'quantity', ['s0', 's1', 's2', 's3']],
    ['a wide hedge joins the best-supported cluster it fits', [q('$12 billion'), q('$12 billion'), q('hundreds of billions'), q('$300 billion')], 'quantity', ['s0,s1', 's2,s3']],
    ['a weekday joins the date it fits', [d('December 12, 2025'), d('Friday'), d('December 19, 2026')], 'date', ['s0,s1', 's2']],
    ['a month joins the day inside it', [d('December 2025'), d('December 12, 2025'), d('March 2026')], 'date', ['s0,s1', 's2']],
    ['a city joins its country', [v.entity('Washington'), v.entity('United States'), v.entity('France')], 'entity', ['s0,s1', 's2']],
  ] as const)('%s', (_t, values, type, sides) => {
    expect(clustersOf(values, type).sides).toEqual(sides);
  });

  // A vague value that fits two precise values in conflict with each other
  // agrees with both: it is set apart in a cluster of its own, in conflict
  // with neither, instead of chaining the two into one cluster (which hid
  // the conflict) or lending its support to one of them.
  it.each([
    ['"about 100" between 95 and 105', [q('about 100'), q('95'), q('105')], 'quantity', ['s1', 's2'], 3],
    ['"about 100", better supported, between 95 and 105', [q('about 100'), q('about 100'), q('95'), q('105')], 'quantity', ['s2', 's3'], 3],
    ['"about 100" joined to a better-supported 95 before 105 came', [q('95'), q('95'), q('about 100'), q('105')], 'quantity', ['s0,s1', 's3'], 3],
    ['"more than 20" between 21 and 30', [q('more than 20'), q('21'), q('30')], 'quantity', ['s1', 's2'], 3],
    ['"earlier this month" between 2 and 3 March', [d('earlier this month', '2026-03-16'), d('2 March', '2026-03-16'), d('3 March', '2026-03-16')], 'date', ['s1', 's2'], 3],
    ['a month and an early month, nested, around two days a week apart (set apart together)', [d('March 2026'), d('early March 2026'), d('2 March 2026'), d('9 March 2026')], 'date', ['s2', 's3'], 3],
    ['a vague value that agrees with only one joins it', [q('about 100'), q('104'), q('300')], 'quantity', ['s0,s1', 's2'], 2],
    ['a vague value in conflict with a third is a side of the dispute', [q('about 100'), q('95'), q('105'), q('300')], 'quantity', ['s1', 's2', 's3', 's0'], 4],
  ] as const)('a vague value does not chain two values in conflict: %s', (_t, values, type, sides, clusters) => {
    const found = clustersOf(values, type);
    expect(found.sides).toEqual(sides);
    expect(found.values).toBe(clusters);
  });

  it('counts each cluster once for coverage: a value backed by two independent sources is corroborated', () => {
    const { singles, values } = clustersOf([q('$12 billion'), q('about $12 billion'), q('$120 billion')], 'quantity');
    expect(values).toBe(2);
    expect([...singles]).toEqual(['s2']);
  });

  it('clusters 2,000 distinct amounts without comparing every pair (one finding, 2,000 sides)', () => {
    const values = Array.from({ length: 2000 }, (_, i) => ({ ...v.quantity((i + 1) * 10, (i + 1) * 10, 'tonnes'), step: 1 }));
    expect(clustersOf(values, 'quantity').sides).toHaveLength(2000);
  });

  it.each([
    { name: 'one bucket each', buckets: [['k'], ['k'], ['k'], ['k']], cap: 8, compared: 1 + 2 + 3 },
    { name: 'a key the kind gives twice: its leader compared once', buckets: [['k', 'k'], ['k'], ['k'], ['k']], cap: 8, compared: 1 + 2 + 3 },
    { name: 'two buckets shared by the same leaders', buckets: [['k', 'j'], ['j', 'k'], ['k', 'j'], ['k']], cap: 8, compared: 1 + 2 + 3 },
    { name: 'disjoint buckets: nothing compared', buckets: [['a'], ['b'], ['c'], ['d']], cap: 8, compared: 0 },
    { name: 'at most the cap of leaders', buckets: [['k'], ['k'], ['k', 'k'], ['k']], cap: 2, compared: 1 + 2 + 2 },
  ])('buckets: each leader sharing one compared once, at most maxCompared ($name)', ({ buckets, cap, compared }) => {
    // Four values that fit nothing: each leads its own cluster; only leaders sharing a bucket are compared.
    const claims = buckets.map((_, i) => ({ claimId: `c${i}`, witness: `w${i}`, buckets: buckets[i] }) as unknown as GroupClaim & { buckets: string[] });
    let calls = 0;
    const clusters = clusterValues(
      claims.map((c, i) => ({ key: `v${i}`, claims: [c] })),
      { compatible: () => ((calls += 1), false), extent: () => undefined, buckets: (c) => (c as GroupClaim & { buckets: string[] }).buckets, maxCompared: cap },
    );
    expect(clusters.map((c) => c.key)).toEqual(['v0', 'v1', 'v2', 'v3']);
    expect(calls).toBe(compared);
  });
});
