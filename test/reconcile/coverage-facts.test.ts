/**
 * Coverage facts: what grouping tallies of each group while it makes each
 * claim equals what its claims say when read again, group by group.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/corpus.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import type { ClaimGroup, GroupClaim } from '../../src/reconcile/claim-groups.js';
import { createCoverageTally, DENIED, MANY_CLASSES, MANY_SOURCES, MANY_WITNESSES } from '../../src/reconcile/coverage-facts.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext, clusterReader } from '../../src/reconcile/rule-context.js';
import { valueKinds, type ValueKinds } from '../../src/values/registry.js';
import type { AnyValue } from '../../src/values/value-kind.js';
import { syntheticCorpus } from '../tools/bench/reconcile.js';
import { paxSilicaCorpus } from './pax-silica-corpus.js';

/** The facts of a group, by definition from its claims. */
const definition = (group: ClaimGroup): number => {
  const claims = group.claims;
  const distinct = (field: (c: GroupClaim) => string): number => new Set(claims.map(field)).size;
  return (
    (distinct((c) => c.classKey) > 1 ? MANY_CLASSES : 0) |
    (distinct((c) => c.witness) > 1 ? MANY_WITNESSES : 0) |
    (distinct((c) => c.sourceId) > 1 ? MANY_SOURCES : 0) |
    ((claims[0] as GroupClaim).polarity !== 'affirmative' ? DENIED : 0)
  );
};

const contextOf = (c: Corpus) => {
  const values = valueKinds as unknown as ValueKinds<AnyValue>;
  const resolver = memoizedResolver(createEntityResolver({ entities: c.entities }));
  return buildContext({ corpus: c, compareValues: (a, b) => values.compare(a, b, { resolver }), values, resolver, dependence: detectSourceDependence(c.sources), maxCompared: 16 });
};

describe('coverage facts', () => {
  it.each([
    { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus() },
    { name: '5,000 synthetic claims', corpus: syntheticCorpus(5_000, 7) },
  ])('grouping tallies what the claims of each group say ($name)', ({ corpus }) => {
    const context = contextOf(corpus);
    const facts = clusterReader(context)?.facts();
    expect(facts).toBeDefined();
    const seen = new Set<number>();
    context.groups.forEach((group, g) => {
      // (whether a claim denies is read only of a group of one class, where every claim says the same)
      const bits = (facts?.bits[g] as number) & ((definition(group) & MANY_CLASSES) !== 0 ? ~DENIED : 0xff);
      expect(bits).toBe(definition(group) & ((definition(group) & MANY_CLASSES) !== 0 ? ~DENIED : 0xff));
      // the one witness and source, when there is one (else one of them: coverage does not read it)
      if ((definition(group) & MANY_WITNESSES) === 0) expect(facts?.witness[g]).toBe(group.claims[0]?.witness);
      else expect(group.claims.map((c) => c.witness)).toContain(facts?.witness[g]);
      if ((definition(group) & MANY_SOURCES) === 0) expect(facts?.source[g]).toBe(group.claims[0]?.sourceId);
      else expect(group.claims.map((c) => c.sourceId)).toContain(facts?.source[g]);
      seen.add(definition(group));
    });
    // the corpus has groups of one class and of several
    expect([...seen].some((b) => (b & MANY_CLASSES) === 0)).toBe(true);
    expect([...seen].some((b) => (b & MANY_CLASSES) !== 0)).toBe(true);
  });

  it('places groups told in any order by the order given, and knows nothing of groups never told of', () => {
    const claim = (classKey: string, witness: string, sourceId: string, polarity = 'affirmative') => ({ classKey, witness, sourceId, polarity }) as unknown as GroupClaim;
    const tally = createCoverageTally();
    tally.claim(0, claim('x', 'w', 's'));
    tally.claim(1, claim('y', 'w', 's', 'negative'));
    tally.claim(0, claim('x', 'v', 's'));
    tally.claim(1, claim('z', 'w', 't', 'negative'));
    tally.claim(3, claim('q', 'w', 's'));
    tally.sorted([3, 1, 0, 2]);
    const facts = tally.facts(4);
    expect([...(facts?.bits ?? [])]).toEqual([0, DENIED | MANY_CLASSES | MANY_SOURCES, MANY_WITNESSES, MANY_CLASSES]);
    expect(facts?.witness.slice(0, 3)).toEqual(['w', 'w', 'w']);
    expect(createCoverageTally().facts(1)).toBeUndefined();
  });
});
