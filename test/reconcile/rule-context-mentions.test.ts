/**
 * `context.mentionsIn(source, entityKey)` (public: `RuleContext`): the claims
 * of one source whose subject, entity value or entity-set member names the
 * entity, each once, in group order then claim order — and nothing from other
 * sources or about other entities.
 */
import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../src/model/ids.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext } from '../../src/reconcile/rule-context.js';
import { valueKinds, type ValueKinds } from '../../src/values/registry.js';
import type { AnyValue } from '../../src/values/value-kind.js';
import { alias, corpus, predicate, v } from './fixture.js';

const text = 'Acme partners with Beta. Japan and Acme founded the group. Beta is in Japan.';
const c = corpus({
  sources: [
    { id: 'a', text },
    { id: 'b', text: `Unrelated words first. ${text}` },
  ],
  predicates: [predicate('partner', 'entity', 'multi', 'partner'), predicate('founders', 'entity-set', 'functional', 'founders')],
  entities: [alias('acme', 'Acme Corp', ['Acme']), alias('beta', 'Beta Ltd', ['Beta'])],
  claims: [
    // subject Acme, value Beta
    { id: 'm1', source: 'a', quote: 'Acme partners with Beta', subject: 'Acme', predicate: 'partner', value: v.entity('Beta') },
    // value Acme (through an alias), subject Beta
    { id: 'm2', source: 'a', quote: 'Acme partners with Beta', subject: 'Beta Ltd', predicate: 'partner', value: v.entity('Acme Corp') },
    // Acme as a member, twice in one list: the claim once
    { id: 'm3', source: 'a', quote: 'Japan and Acme founded the group', subject: 'The group', predicate: 'founders', value: v.closed('Japan', 'Acme', 'Acme') },
    // another source naming Acme
    { id: 'm4', source: 'b', quote: 'Acme partners with Beta', subject: 'Acme', predicate: 'partner', value: v.entity('Beta') },
    // source a, neither subject nor value Acme
    { id: 'm5', source: 'a', quote: 'Beta is in Japan', subject: 'Beta', predicate: 'partner', value: v.entity('Japan') },
  ],
});

const contextOf = () => {
  const values = valueKinds as unknown as ValueKinds<AnyValue>;
  const resolver = memoizedResolver(createEntityResolver({ entities: c.entities }));
  return buildContext({ corpus: c, compareValues: (a, b) => values.compare(a, b, { resolver }), values, resolver, dependence: detectSourceDependence(c.sources), maxCompared: 16 });
};

describe('context.mentionsIn', () => {
  it.each([
    { source: 'a', key: 'acme', ids: ['m1', 'm2', 'm3'] },
    { source: 'b', key: 'acme', ids: ['m4'] },
    { source: 'a', key: 'beta', ids: ['m1', 'm2', 'm5'] },
    { source: 'b', key: 'beta', ids: ['m4'] },
    { source: 'a', key: 'nobody', ids: [] },
    { source: 'z', key: 'acme', ids: [] },
  ])('source $source, entity $key: $ids', ({ source, key, ids }) => {
    const context = contextOf();
    const found = context.mentionsIn(source as SourceId, key);
    // in group order, then claim order, each claim once
    const order = context.groups.flatMap((g) => g.claims.map((x) => x.claimId));
    expect([...found.map((x) => x.claimId)].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(found.map((x) => x.claimId));
    expect([...found.map((x) => x.claimId)].sort()).toEqual(ids);
    // the run's own group claims, and the same answer when asked again
    for (const x of found) expect(context.groups.some((g) => g.claims.includes(x))).toBe(true);
    expect(context.mentionsIn(source as SourceId, key)).toEqual(found);
  });
});
