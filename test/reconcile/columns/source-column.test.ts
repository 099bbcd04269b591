/**
 * Each claim's source as a dense source index (`columns/source-column.ts`):
 * what grouping tells its observer with each claim and keeps, by the claim's
 * place in the groups returned, for a rule context `buildContext` made.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model/claim.js';
import type { Corpus } from '../../../src/model/corpus.js';
import { type SourceId } from '../../../src/model/ids.js';
import { createEntityResolver } from '../../../src/normalize/entity-resolver.js';
import { type ClaimGroup, groupClaims } from '../../../src/reconcile/claim-groups.js';
import { type GroupSources, claimCountOf, groupSourcesOf, keepGroupSources } from '../../../src/reconcile/columns/source-column.js';
import { memoizedResolver } from '../../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext } from '../../../src/reconcile/rule-context.js';
import { valueKinds, type ValueKinds } from '../../../src/values/registry.js';
import type { AnyValue } from '../../../src/values/value-kind.js';
import { columnClaim } from './column-claims.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';
import { paxSilicaCorpus } from '../pax-silica-corpus.js';

const values = valueKinds as unknown as ValueKinds<AnyValue>;

// A claim from its first span's source (and a second span elsewhere: only the first one places a claim).
const claim = (id: string, subject: string, source: string): Claim => columnClaim(id, subject, { type: 'boolean', value: true }, [source, 'elsewhere']);

const placement = { sourceGroup: (s: SourceId) => s, witness: (_c: Claim, group: SourceId) => `group:${group}` };

/** The column read back claim by claim: each group's claims' source ids. */
const readBack = (groups: readonly ClaimGroup[], sources: GroupSources): string[][] =>
  groups.map((g, index) => g.claims.map((_, k) => sources.ids[sources.sourceOf[(sources.starts[index] as number) + k] as number] as string));

describe('grouping: each claim’s source index', () => {
  it.each([
    { name: 'no claims', claims: [], ids: [], groups: [] },
    {
      name: 'claims in id order, sources in order of first sight',
      claims: [claim('c0', 'Alpha', 's2'), claim('c1', 'Beta', 's1'), claim('c2', 'Alpha', 's2'), claim('c3', 'Alpha', 's1')],
      ids: ['s2', 's1'],
      groups: [['s2', 's2', 's1'], ['s1']],
    },
    {
      name: 'claims out of id order: each group sorted by id, its sources moved with its claims',
      claims: [claim('c5', 'Alpha', 'a'), claim('c1', 'Alpha', 'b'), claim('c3', 'Beta', 'c'), claim('c0', 'Beta', 'a'), claim('c4', 'Alpha', 'c'), claim('c2', 'Alpha', 'a')],
      ids: ['a', 'b', 'c'],
      groups: [['b', 'a', 'c', 'a'], ['a', 'c']],
    },
  ])('$name', ({ claims, ids, groups: expected }) => {
    let found: GroupSources | undefined;
    const told: [number, string, number][] = [];
    const groups = groupClaims(claims, memoizedResolver(createEntityResolver({ entities: [] })), values, placement, {
      claim: (group, c, source) => void told.push([group, c.claimId, source]),
      sources: (given) => void (found = given),
    });
    expect(found).toBeDefined();
    const sources = found as GroupSources;
    expect(sources.ids).toEqual(ids);
    expect([...sources.starts]).toEqual([0, ...groups.map((_, g) => groups.slice(0, g + 1).reduce((n, x) => n + x.claims.length, 0))]);
    expect(readBack(groups, sources)).toEqual(expected);
    expect(readBack(groups, sources)).toEqual(groups.map((g) => g.claims.map((c) => c.sourceId)));
    // the index told with each claim is the claim's source
    for (const [, id, source] of told) expect(sources.ids[source]).toBe(claims.find((c) => c.id === id)?.evidence[0]?.sourceId);
  });
});

describe('grouping: a group’s claims in id order, each source moved with its claim', () => {
  // Claim ids in input order, all in one group; claim k comes from source `s<k>`, so the sources read back tell
  // where each claim came from. Expected: the input places sorted by id (code units), equal ids in input order.
  const many = Array.from({ length: 500 }, (_, k) => `c${String((k * 7919) % 500).padStart(3, '0')}`);
  it.each([
    { name: 'already in order', ids: ['c0', 'c1', 'c2'] },
    { name: 'two swapped', ids: ['c1', 'c0'] },
    { name: 'reversed (cycles of two and one in the middle)', ids: ['c6', 'c5', 'c4', 'c3', 'c2', 'c1', 'c0'] },
    { name: 'rotated by one (one long cycle)', ids: ['c1', 'c2', 'c3', 'c4', 'c5', 'c0'] },
    { name: 'several cycles and fixed points', ids: ['c2', 'c0', 'c1', 'c3', 'c5', 'c4', 'c6'] },
    { name: 'code-unit order, not numeric', ids: ['c10', 'c9', 'c1', 'C2', 'c100'] },
    { name: 'equal ids keep their input order (stable)', ids: ['c2', 'c1', 'c2', 'c0', 'c1', 'c2'] },
    { name: '500 claims, shuffled', ids: many },
  ])('$name', ({ ids }) => {
    let found: GroupSources | undefined;
    const groups = groupClaims(
      ids.map((id, k) => claim(id, 'Alpha', `s${k}`)),
      memoizedResolver(createEntityResolver({ entities: [] })),
      values,
      placement,
      { claim: () => undefined, sources: (given) => void (found = given) },
    );
    const places = ids.map((_, k) => k).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : a - b));
    expect(groups.length).toBe(1);
    expect(groups[0]?.claims.map((c) => c.claimId)).toEqual(places.map((k) => ids[k]));
    expect(groups[0]?.claims.map((c) => c.sourceId)).toEqual(places.map((k) => `s${k}`));
    expect(readBack(groups, found as GroupSources)).toEqual([places.map((k) => `s${k}`)]);
  });
});

describe('groupSourcesOf', () => {
  const contextOf = (c: Corpus) => {
    const resolver = memoizedResolver(createEntityResolver({ entities: c.entities }));
    return buildContext({ corpus: c, compareValues: (a, b) => values.compare(a, b, { resolver }), values, resolver, dependence: detectSourceDependence(c.sources), maxCompared: 16 });
  };
  it.each([
    { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus() },
    { name: '5,000 synthetic claims', corpus: syntheticCorpus(5_000, 7) },
  ])('a context buildContext made keeps every claim’s source ($name)', ({ corpus }) => {
    const context = contextOf(corpus);
    const sources = groupSourcesOf(context);
    expect(sources).toBeDefined();
    expect(readBack(context.groups, sources as GroupSources)).toEqual(context.groups.map((g) => g.claims.map((c) => c.sourceId)));
    // one index per distinct source
    expect(new Set(sources?.ids).size).toBe(sources?.ids.length);
  });
  it('nothing for a context made elsewhere', () => {
    expect(groupSourcesOf({ ...contextOf(paxSilicaCorpus()) })).toBeUndefined();
  });
});

describe('claimCountOf', () => {
  const contextOf = (c: Corpus) => {
    const resolver = memoizedResolver(createEntityResolver({ entities: c.entities }));
    return buildContext({ corpus: c, compareValues: (a, b) => values.compare(a, b, { resolver }), values, resolver, dependence: detectSourceDependence(c.sources), maxCompared: 16 });
  };
  const counted = (groups: readonly ClaimGroup[]): number => groups.reduce((n, g) => n + g.claims.length, 0);
  it.each([
    { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus() },
    { name: '5,000 synthetic claims', corpus: syntheticCorpus(5_000, 7) },
    { name: 'no claims', corpus: { ...paxSilicaCorpus(), claims: [] } },
  ])('every claim of the groups, from grouping’s columns or counted ($name)', ({ corpus }) => {
    const context = contextOf(corpus);
    expect(groupSourcesOf(context)).toBeDefined();
    expect(claimCountOf(context)).toBe(counted(context.groups));
    // a context made elsewhere (no columns kept for it): counted
    const elsewhere = { ...context };
    expect(groupSourcesOf(elsewhere)).toBeUndefined();
    expect(claimCountOf(elsewhere)).toBe(counted(context.groups));
  });
  it('counts the groups a context holds when the columns kept for it are of other groups', () => {
    const context = contextOf(paxSilicaCorpus());
    const fewer = { ...context, groups: context.groups.slice(1) };
    keepGroupSources(fewer, groupSourcesOf(context) as GroupSources);
    expect(claimCountOf(fewer)).toBe(counted(fewer.groups));
  });
});
