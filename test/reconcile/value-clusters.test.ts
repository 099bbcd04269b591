/**
 * Value clusters: a claim group's values gathered into groups that can all
 * be true at once, in order of independent support.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
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

  it('counts each cluster once for coverage: a value backed by two independent sources is corroborated', () => {
    const { singles, values } = clustersOf([q('$12 billion'), q('about $12 billion'), q('$120 billion')], 'quantity');
    expect(values).toBe(2);
    expect([...singles]).toEqual(['s2']);
  });

  it('clusters 2,000 distinct amounts without comparing every pair (one finding, 2,000 sides)', () => {
    const values = Array.from({ length: 2000 }, (_, i) => ({ ...v.quantity((i + 1) * 10, (i + 1) * 10, 'tonnes'), step: 1 }));
    expect(clustersOf(values, 'quantity').sides).toHaveLength(2000);
  });
});
