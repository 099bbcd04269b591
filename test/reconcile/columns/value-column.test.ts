/**
 * Each claim's value as a value-entry id (`columns/value-column.ts`): what
 * grouping tells its observer and keeps, by the claim's place in the groups
 * returned, for a rule context `buildContext` made. Read back at each place,
 * it is the claim's own value object (the shared canonical one).
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model/claim.js';
import type { Corpus } from '../../../src/model/corpus.js';
import { type EntityId, type SourceId } from '../../../src/model/ids.js';
import type { Value } from '../../../src/model/value.js';
import { createEntityResolver } from '../../../src/normalize/entity-resolver.js';
import { type ClaimGroup, groupClaims } from '../../../src/reconcile/claim-groups.js';
import { type GroupSources } from '../../../src/reconcile/columns/source-column.js';
import { type GroupValues, groupValuesOf, valueAt } from '../../../src/reconcile/columns/value-column.js';
import { groupSourcesOf } from '../../../src/reconcile/columns/source-column.js';
import { memoizedResolver } from '../../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext } from '../../../src/reconcile/rule-context.js';
import { valueKinds, type ValueKinds } from '../../../src/values/registry.js';
import type { AnyValue } from '../../../src/values/value-kind.js';
import { columnClaim } from './column-claims.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';
import { paxSilicaCorpus } from '../pax-silica-corpus.js';

const values = valueKinds as unknown as ValueKinds<AnyValue>;

const claim = (id: string, subject: string, value: Value): Claim => columnClaim(id, subject, value, ['s']);

const acme: Value = { type: 'entity', name: 'Acme' };
const beta: Value = { type: 'entity', name: 'Beta Mining' };
const both: Value = { type: 'entity-set', mode: 'closed', members: [{ name: 'Acme' }, { name: 'Beta Mining' }] };
const yes: Value = { type: 'boolean', value: true };

const placement = { sourceGroup: (s: SourceId) => s, witness: (_c: Claim, group: SourceId) => `group:${group}` };
const resolver = () => memoizedResolver(createEntityResolver({ entities: [{ id: 'org:acme' as EntityId, name: 'Acme Corporation', kind: 'company', aliases: ['Acme'] }] }));

/** The column read back claim by claim: each group's claims' values. */
const readBack = (groups: readonly ClaimGroup[], sources: GroupSources, column: GroupValues): unknown[][] =>
  groups.map((g, index) => g.claims.map((_, k) => valueAt(column, (sources.starts[index] as number) + k)));

describe('grouping: each claim’s value entry', () => {
  it.each([
    { name: 'no claims', claims: [], entries: 0 },
    { name: 'equal values share one entry', claims: [claim('c0', 'Alpha', acme), claim('c1', 'Alpha', { ...acme }), claim('c2', 'Beta', yes), claim('c3', 'Alpha', beta)], entries: 3 },
    {
      name: 'claims out of id order: each group sorted by id, its entries moved with its claims',
      claims: [claim('c5', 'Alpha', acme), claim('c1', 'Alpha', both), claim('c3', 'Beta', beta), claim('c0', 'Beta', acme), claim('c4', 'Alpha', yes), claim('c2', 'Alpha', both)],
      entries: 4,
    },
  ])('$name', ({ claims, entries }) => {
    let sources: GroupSources | undefined;
    let column: GroupValues | undefined;
    const groups = groupClaims(claims, resolver(), values, placement, {
      claim: () => undefined,
      sources: (given) => void (sources = given),
      values: (given) => void (column = given),
    });
    expect(column).toBeDefined();
    const found = column as GroupValues;
    expect(found.valueOf.length).toBe(claims.length);
    expect(found.entries.length).toBe(entries);
    // an entry's id is its place in the list
    found.entries.forEach((e, k) => expect(e.id).toBe(k));
    // read back at each place: the claim's own value object (the shared canonical value, an id filled in)
    const back = readBack(groups, sources as GroupSources, found);
    back.forEach((list, g) => list.forEach((v, k) => expect(v).toBe(groups[g]?.claims[k]?.value)));
  });
});

describe('groupValuesOf', () => {
  const contextOf = (c: Corpus) => {
    const r = memoizedResolver(createEntityResolver({ entities: c.entities }));
    return buildContext({ corpus: c, compareValues: (a, b) => values.compare(a, b, { resolver: r }), values, resolver: r, dependence: detectSourceDependence(c.sources), maxCompared: 16 });
  };
  it.each([
    { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus() },
    { name: '5,000 synthetic claims', corpus: syntheticCorpus(5_000, 7) },
  ])('a context buildContext made keeps every claim’s value entry ($name)', ({ corpus }) => {
    const context = contextOf(corpus);
    const column = groupValuesOf(context) as GroupValues;
    expect(column).toBeDefined();
    const back = readBack(context.groups, groupSourcesOf(context) as GroupSources, column);
    back.forEach((list, g) => list.forEach((v, k) => expect(v).toBe(context.groups[g]?.claims[k]?.value)));
    // fewer entries than claims: equal values share one
    expect(column.entries.length).toBeLessThan(column.valueOf.length);
  });
  it('nothing for a context made elsewhere', () => {
    expect(groupValuesOf({ ...contextOf(paxSilicaCorpus()) })).toBeUndefined();
  });
});
