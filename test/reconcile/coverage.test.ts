/**
 * Coverage counts a group whose claims all share one value class straight
 * off what grouping tallied (one cluster of all of them, or none when they
 * deny), without building clusters, and reads the clusters no rule asked for
 * as each one's classes (no cluster objects). Those shortcuts must give
 * exactly what asking the context for every group's clusters gives — which
 * is what happens for a context `buildContext` did not make — whether the
 * rules ran first (their cached clusters read) or not.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/corpus.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import { coverageOf } from '../../src/reconcile/coverage.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext, clusterReader, clustersByClass, clustersOnce, disputedOnce } from '../../src/reconcile/rule-context.js';
import type { ValueCluster } from '../../src/reconcile/value-clusters.js';
import { builtinRules } from '../../src/reconcile/rules/builtin-rules.js';
import { configureRules } from '../../src/reconcile/rules-config.js';
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

// One source relaying two outlets and speaking in its own voice: three witnesses from one source; a
// class denied beside one affirmed; a group of one class from two sources of one witness.
const relayed = corpus({
  sources: [
    { id: 'a', text },
    { id: 'b', text: `${text} More.` },
  ],
  predicates: [predicate('raised', 'quantity', 'functional', 'raised'), predicate('partner', 'entity', 'multi', 'partner')],
  claims: [
    { id: 'r0', source: 'a', quote: 'Acme raised $5 billion', subject: 'Acme', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), attribution: { outlet: 'politico.com' } },
    { id: 'r1', source: 'a', quote: 'Acme raised $5 billion', subject: 'Acme', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), attribution: { outlet: 'reuters.com' } },
    { id: 'r2', source: 'a', quote: 'Acme raised $5 billion', subject: 'Acme', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD') },
    { id: 'r3', source: 'a', quote: 'Acme raised $5 billion', subject: 'Beta', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), attribution: { outlet: 'politico.com' } },
    { id: 'r4', source: 'b', quote: 'Acme raised $5 billion', subject: 'Beta', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), attribution: { outlet: 'politico.com' } },
    { id: 'r5', source: 'a', quote: 'Acme did not raise $5 billion', subject: 'Gamma', predicate: 'raised', value: v.quantity(5e9, 5e9, undefined, 'USD'), polarity: 'negative' },
    { id: 'r6', source: 'b', quote: 'Acme raised $6 billion', subject: 'Gamma', predicate: 'raised', value: v.quantity(6e9, 6e9, undefined, 'USD') },
    { id: 'r7', source: 'a', quote: 'Acme raised $5 billion', subject: 'Delta', predicate: 'partner', value: v.entity('Acme') },
    { id: 'r8', source: 'b', quote: 'Acme raised $5 billion', subject: 'Delta', predicate: 'partner', value: v.entity('Beta Corp') },
    { id: 'r9', source: 'a', quote: 'Acme raised $5 billion', subject: 'Delta', predicate: 'partner', value: v.entity('Beta Corp'), attribution: { outlet: 'politico.com' } },
  ],
});

/** The context after every built-in rule ran on it (value-conflict's clusters cached, as in a reconcile run). */
const afterRules = (context: RuleContext): RuleContext => {
  const configured = configureRules(builtinRules(), {});
  for (const { rule, options } of configured.ok ? configured.value : configured.partial) rule.check(context, options);
  return context;
};

describe('coverageOf: one-class groups counted off their claims', () => {
  it.each([
    { name: 'a small corpus of every case', corpus: small, rules: false },
    { name: 'outlets, denials, one witness over two sources', corpus: relayed, rules: false },
    { name: 'outlets, denials, one witness over two sources, after the rules', corpus: relayed, rules: true },
    { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus(), rules: false },
    { name: 'the Pax Silica corpus, after the rules', corpus: paxSilicaCorpus(), rules: true },
    { name: '5,000 synthetic claims', corpus: syntheticCorpus(5_000, 3), rules: false },
    { name: '5,000 synthetic claims, after the rules', corpus: syntheticCorpus(5_000, 3), rules: true },
  ])('$name: the same coverage as asking for every cluster', ({ corpus: c, rules }) => {
    const context = rules ? afterRules(contextOf(c)) : contextOf(c);
    expect(clustersByClass(context)).toBe(true);
    expect(clusterReader(context)?.facts()).toBeDefined();
    // A copy of the context is not one buildContext made: coverage asks it for every group's clusters.
    const asked = { ...context };
    expect(clustersByClass(asked)).toBe(false);
    const fast = coverageOf(context);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(coverageOf(asked)));
    // and what a context no rule ran on gives, every group clustered afresh (nothing read back from a rule's work)
    expect(JSON.stringify(fast)).toBe(JSON.stringify(coverageOf({ ...contextOf(c) })));
    expect(fast.values).toBeGreaterThan(0);
  });

  it.each([
    { name: 'a small corpus of every case', corpus: small },
    { name: '3,000 synthetic claims', corpus: syntheticCorpus(3_000, 9) },
  ])('disputedOnce gives what context.disputed gives and keeps no cluster: later readers get the clusters back from the partition ($name)', ({ corpus: c }) => {
    const context = contextOf(c);
    const fresh = contextOf(c);
    const reader = clusterReader(context);
    const shape = (clusters: readonly ValueCluster[]) => clusters.map((k) => [k.key, k.classes.map((x) => x.key), k.claims.map((x) => x.claimId), k.witnesses, k.leader.claimId]);
    let disputes = 0;
    context.groups.forEach((group, g) => {
      const once = disputedOnce(context, group);
      expect(shape(once)).toEqual(shape(fresh.disputed(fresh.groups[g] as typeof group)));
      expect(reader?.cached(group)).toBeUndefined();
      // asked again: the same (from the partition kept), still nothing cached
      expect(shape(disputedOnce(context, group))).toEqual(shape(once));
      expect(reader?.cached(group)).toBeUndefined();
      expect(shape(clustersOnce(context, group))).toEqual(shape(fresh.clusters(fresh.groups[g] as typeof group)));
      expect(shape(context.clusters(group))).toEqual(shape(fresh.clusters(fresh.groups[g] as typeof group)));
      if (once.length > 0) disputes += 1;
    });
    expect(disputes).toBeGreaterThan(0);
    // a context made elsewhere is asked
    const elsewhere = { ...fresh };
    const group = fresh.groups.find((_, g) => disputedOnce(context, context.groups[g] as (typeof fresh.groups)[number]).length > 0) as (typeof fresh.groups)[number];
    expect(disputedOnce(elsewhere, group)).toBe(fresh.disputed(group));
  });

  it('counts outlets as witnesses, denials as no value, and one witness over two sources as one', () => {
    const coverage = coverageOf(contextOf(relayed));
    // Acme: one class, three witnesses; Beta: one class, one outlet relayed by a and b; Gamma: the affirmed
    // class only; Delta: two clusters, Acme (one witness) and Beta Corp (two witnesses).
    expect([coverage.groups, coverage.values, coverage.corroborated]).toEqual([4, 5, 2]);
    expect(coverage.singleSource.map((row) => [row.subjectName, row.claims.map((c) => c.claimId), row.sources, row.witness])).toEqual([
      ['Beta', ['r3', 'r4'], ['a', 'b'], 'outlet:politicocom'],
      ['Delta', ['r7'], ['a'], 'group:a'],
      ['Gamma', ['r6'], ['b'], 'group:b'],
    ]);
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

  it.each([
    { name: 'before the rules', rules: false },
    { name: 'after the rules', rules: true },
  ])('clustersOnce gives the clusters context.clusters gives, and caches nothing new ($name)', ({ rules }) => {
    const c = syntheticCorpus(2_000, 5);
    const context = rules ? afterRules(contextOf(c)) : contextOf(c);
    const fresh = contextOf(c);
    const shape = (clusters: readonly { key: string; claims: readonly { claimId: string }[]; witnesses: readonly string[] }[]) =>
      clusters.map((k) => [k.key, k.claims.map((x) => x.claimId), k.witnesses]);
    for (const group of context.groups) {
      const reader = clusterReader(context);
      const cachedBefore = reader?.cached(group);
      const once = clustersOnce(context, group);
      expect(reader?.cached(group)).toBe(cachedBefore);
      const other = fresh.groups.find((g) => g.key === group.key) as (typeof fresh.groups)[number];
      expect(shape(once)).toEqual(shape(fresh.clusters(other)));
    }
  });
});
