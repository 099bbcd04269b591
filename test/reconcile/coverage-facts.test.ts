/**
 * Coverage facts: what grouping tallies of each group while it makes each
 * claim equals what its claims say when read again, group by group. (Whether
 * the claims all affirm one class is the group facts' business: see
 * group-facts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/corpus.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import type { ClaimGroup, GroupClaim } from '../../src/reconcile/claim-groups.js';
import { createCoverageTally, MANY_SOURCES, MANY_WITNESSES, UNTOLD } from '../../src/reconcile/coverage-facts.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext, clusterReader } from '../../src/reconcile/rule-context.js';
import { groupFacts, saysOneThing } from '../../src/reconcile/rules/group-facts.js';
import { valueKinds, type ValueKinds } from '../../src/values/registry.js';
import type { AnyValue } from '../../src/values/value-kind.js';
import { syntheticCorpus } from '../tools/bench/reconcile.js';
import { paxSilicaCorpus } from './pax-silica-corpus.js';

/** The facts of a group, by definition from its claims. */
const definition = (group: ClaimGroup): number => {
  const claims = group.claims;
  const distinct = (field: (c: GroupClaim) => string): number => new Set(claims.map(field)).size;
  return (distinct((c) => c.witness) > 1 ? MANY_WITNESSES : 0) | (distinct((c) => c.sourceId) > 1 ? MANY_SOURCES : 0);
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
    const seen = new Set<string>();
    context.groups.forEach((group, g) => {
      expect(facts?.bits[g]).toBe(definition(group));
      // the one witness and source, when there is one (else one of them: coverage does not read it)
      if ((definition(group) & MANY_WITNESSES) === 0) expect(facts?.witness[g]).toBe(group.claims[0]?.witness);
      else expect(group.claims.map((c) => c.witness)).toContain(facts?.witness[g]);
      if ((definition(group) & MANY_SOURCES) === 0) expect(facts?.sources[g]).toEqual([group.claims[0]?.sourceId]);
      else expect(group.claims.map((c) => c.sourceId)).toContain(facts?.sources[g]?.[0]);
      expect(facts?.sources[g]).toHaveLength(1);
      seen.add(`${saysOneThing(groupFacts(context)[g] as number)} ${definition(group)}`);
    });
    // the corpus has groups of one class from one source and from several, and groups of several classes
    expect(seen).toContain('true 0');
    expect([...seen].some((k) => k.startsWith('true') && (Number(k.split(' ')[1]) & MANY_SOURCES) !== 0)).toBe(true);
    expect([...seen].some((k) => k.startsWith('false'))).toBe(true);
  });

  it('places groups told in any order by the order given, marks ids skipped over, and knows nothing of groups never told of', () => {
    const claim = (witness: string, sourceId: string) => ({ classKey: 'x', witness, sourceId, polarity: 'affirmative' }) as unknown as GroupClaim;
    const tally = createCoverageTally();
    // (each source id with its source index, as grouping tells them)
    const sources = ['s', 't', 'r'];
    const tell = (group: number, witness: string, sourceId: string) => tally.claim(group, claim(witness, sourceId), sources.indexOf(sourceId));
    tell(0, 'w', 's');
    tell(1, 'w', 's');
    tell(0, 'v', 's');
    tell(1, 'w', 't');
    tell(4, 'u', 's');
    tell(2, 'x', 'r');
    tally.sorted([4, 1, 0, 3, 2]);
    const facts = tally.facts(5);
    expect([...(facts?.bits ?? [])]).toEqual([0, MANY_SOURCES, MANY_WITNESSES, UNTOLD, 0]);
    expect(facts?.witness).toEqual(['u', 'w', 'w', '', 'x']);
    expect(facts?.sources).toEqual([['s'], ['s'], ['s'], [''], ['r']]);
    // one list per source, shared by every group it is the first source of
    expect(facts?.sources[0]).toBe(facts?.sources[1]);
    expect(createCoverageTally().facts(1)).toBeUndefined();
  });

  it.each([
    { name: 'one by one past the first capacity', ids: Array.from({ length: 3000 }, (_, g) => g) },
    { name: 'a jump far past it', ids: [0, 1, 5000] },
  ])('keeps every group told of, however many ($name)', ({ ids }) => {
    const claim = (witness: string, sourceId: string) => ({ classKey: 'x', witness, sourceId, polarity: 'affirmative' }) as unknown as GroupClaim;
    const tally = createCoverageTally();
    // each group twice: once from source 0, then from source (id mod 2) with witness `w<id mod 3>`
    for (const g of ids) {
      tally.claim(g, claim('w0', 's0'), 0);
      tally.claim(g, claim(`w${g % 3}`, `s${g % 2}`), g % 2);
    }
    const count = (ids.at(-1) as number) + 1;
    const facts = tally.facts(count);
    const told = new Set(ids);
    const expected = Array.from({ length: count }, (_, g) =>
      told.has(g) ? (g % 3 !== 0 ? MANY_WITNESSES : 0) | (g % 2 !== 0 ? MANY_SOURCES : 0) : UNTOLD,
    );
    expect([...(facts?.bits ?? [])]).toEqual(expected);
    expect(facts?.witness).toEqual(Array.from({ length: count }, (_, g) => (told.has(g) ? 'w0' : '')));
    expect(facts?.sources).toEqual(Array.from({ length: count }, (_, g) => (told.has(g) ? ['s0'] : [''])));
    expect(tally.facts(count + 1)).toBeUndefined();
  });
});
