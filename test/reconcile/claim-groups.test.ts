/**
 * Grouping claims (issue 19's columnar core): claims keyed by canonical
 * subject and predicate through dense integer ids, groups in key order
 * (code units), claims in id order, whatever the input order; each claim
 * placed by its first evidence span, witnessed by its source group or the
 * outside outlet it relays.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import { type ClaimId, type EntityId, type PredicateId, type SourceId } from '../../src/model/ids.js';
import type { Span } from '../../src/model/span.js';
import type { Value } from '../../src/model/value.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import { type ClaimGroup, type ClaimPlacement, type GroupClaim, groupClaims, groupIndexOf } from '../../src/reconcile/claim-groups.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { valueKinds, type ValueKinds } from '../../src/values/registry.js';
import { entityKey } from '../../src/values/kinds/entity.js';
import type { AnyValue } from '../../src/values/value-kind.js';
import { syntheticCorpus } from '../tools/bench/reconcile.js';

const values = valueKinds as unknown as ValueKinds<AnyValue>;
const resolver = () => memoizedResolver(createEntityResolver({ entities: [{ id: 'org:acme' as EntityId, name: 'Acme Corporation', kind: 'company', aliases: ['Acme'] }] }));

const span = (source: string, start = 0): Span => ({
  sourceId: source as SourceId,
  quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + 5 },
});

type Subject = string | { readonly name: string; readonly id: string };
const claim = (
  id: string,
  subject: Subject | Claim['subject'],
  predicate: string,
  more: { readonly spans?: readonly Span[]; readonly outlet?: string; readonly value?: Value } = {},
): Claim => ({
  id: id as ClaimId,
  subject: typeof subject === 'string' ? { name: subject } : (subject as Claim['subject']),
  predicate: predicate as PredicateId,
  value: more.value ?? { type: 'boolean', value: true },
  polarity: 'affirmative',
  hedge: 'asserted',
  ...(more.outlet !== undefined ? { attribution: { outlet: more.outlet } } : {}),
  evidence: [...(more.spans ?? [span('a')])] as Claim['evidence'],
});

// Source b copies source a: one source group, one witness.
const placement: ClaimPlacement = {
  sourceGroup: (s) => (s === 'b' ? 'a' : s) as SourceId,
  witness: (c, group) => (c.attribution?.outlet !== undefined ? `outlet:${c.attribution.outlet}` : `group:${group}`),
};

const run = (claims: readonly Claim[]): readonly ClaimGroup[] => groupClaims(claims, resolver(), values, placement);
const shape = (groups: readonly ClaimGroup[]) => groups.map((g) => [g.key, g.subjectName, g.claims.map((c) => c.claimId)]);

describe('groupClaims: which groups, in which order', () => {
  const shared = { name: 'Alpha' };
  it.each([
    { name: 'an empty corpus has no groups', claims: [], groups: [] },
    {
      name: 'groups in key order, claims in id order, whatever the input order; the subject named as the first claim by id names it',
      claims: [claim('c4', 'Beta', 'p'), claim('c1', 'Alpha', 'q'), claim('c3', 'Beta', 'p'), claim('c2', 'ALPHA', 'p'), claim('c0', 'alpha', 'p')],
      groups: [
        ['name:alpha|p', 'alpha', ['c0', 'c2']],
        ['name:alpha|q', 'Alpha', ['c1']],
        ['name:beta|p', 'Beta', ['c3', 'c4']],
      ],
    },
    {
      name: 'subjects interleaved and one subject object reused across predicates',
      claims: [claim('c0', shared, 'p'), claim('c1', 'Beta', 'p'), claim('c2', shared, 'p'), claim('c3', shared, 'q'), claim('c4', shared, 'p'), claim('c5', 'Beta', 'p'), claim('c6', shared, 'q')],
      groups: [
        ['name:alpha|p', 'Alpha', ['c0', 'c2', 'c4']],
        ['name:alpha|q', 'Alpha', ['c3', 'c6']],
        ['name:beta|p', 'Beta', ['c1', 'c5']],
      ],
    },
    {
      name: 'a known alias, its given id and its canonical name are one subject, named canonically; an unknown given id keys its own group',
      claims: [claim('c0', 'Acme', 'p'), claim('c1', { name: 'ACME Inc', id: 'org:acme' }, 'p'), claim('c2', { name: 'Foo Ltd', id: 'org:foo' }, 'p'), claim('c3', 'Acme Corporation', 'p')],
      groups: [
        ['org:acme|p', 'Acme Corporation', ['c0', 'c1', 'c3']],
        ['org:foo|p', 'Foo Ltd', ['c2']],
      ],
    },
    {
      name: 'unicode names fold alike (case, accents, composed or not) and sort by code unit: Greek before CJK, an emoji dropped from the key',
      claims: [claim('c0', '東京', 'p'), claim('c1', 'Zürich', 'p'), claim('c2', 'Ελλάδα', 'p'), claim('c3', 'ZU\u0308RICH', 'p'), claim('c4', '😀 Labs', 'p'), claim('c5', 'zurich', 'p')],
      groups: [
        ['name:labs|p', '😀 Labs', ['c4']],
        ['name:zurich|p', 'Zürich', ['c1', 'c3', 'c5']],
        ['name:ελλαδα|p', 'Ελλάδα', ['c2']],
        ['name:東京|p', '東京', ['c0']],
      ],
    },
    {
      name: 'keys sort as whole strings: "ab c|p" before "ab|p" (space before the bar), predicates by code unit',
      claims: [claim('c0', 'Ab', 'p'), claim('c1', 'Ab C', 'p'), claim('c2', 'Ab', 'P'), claim('c3', 'Ab', 'p-2')],
      groups: [
        ['name:ab c|p', 'Ab C', ['c1']],
        ['name:ab|P', 'Ab', ['c2']],
        ['name:ab|p', 'Ab', ['c0']],
        ['name:ab|p-2', 'Ab', ['c3']],
      ],
    },
    {
      name: 'two groups whose keys are equal (a bar in a given id and in a predicate) stay two, in order of first sight, among the others in key order',
      claims: [claim('c0', { name: 'Y', id: 'x' }, 'p|q'), claim('c1', 'Zed', 'p'), claim('c2', { name: 'X', id: 'x|p' }, 'q'), claim('c3', { name: 'Y', id: 'x' }, 'a'), claim('c4', { name: 'X', id: 'x|p' }, 'q')],
      groups: [
        ['name:zed|p', 'Zed', ['c1']],
        ['x|a', 'Y', ['c3']],
        ['x|p|q', 'Y', ['c0']],
        ['x|p|q', 'X', ['c2', 'c4']],
      ],
    },
  ])('$name', ({ claims, groups }) => {
    expect(shape(run(claims))).toEqual(groups);
  });

  it('matches a naive grouping (a key string per claim) on 3,000 synthetic claims, shuffled', () => {
    const corpus = syntheticCorpus(3_000, 5);
    const shuffled = [...corpus.claims];
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = (i * 7919) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as Claim, shuffled[i] as Claim];
    }
    const r = resolver();
    const naive = new Map<string, string[]>();
    for (const c of shuffled) {
      const key = `${c.subject.id ?? r.resolve(c.subject.name) ?? entityKey(c.subject)}|${c.predicate}`;
      naive.set(key, [...(naive.get(key) ?? []), c.id]);
    }
    const expected = [...naive.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, ids]) => [key, ids.sort()]);
    expect(run(shuffled).map((g) => [g.key, g.claims.map((c) => c.claimId)])).toEqual(expected);
    expect(shape(run(shuffled))).toEqual(shape(run(corpus.claims)));
  });
});

describe('groupClaims: how each claim is placed', () => {
  it('a claim with several spans is placed by its first: source, source group, span', () => {
    const [group] = run([claim('c0', 'Alpha', 'p', { spans: [span('b', 40), span('c', 0)] })]);
    const [c] = group?.claims ?? [];
    expect([c?.sourceId, c?.sourceGroup, c?.span.position?.start, c?.witness]).toEqual(['b', 'a', 40, 'group:a']);
  });

  it.each([
    { name: 'own voice, original source', claim: claim('c0', 'Alpha', 'p', { spans: [span('a')] }), witness: 'group:a' },
    { name: 'own voice, a copy of it: the same witness', claim: claim('c1', 'Alpha', 'p', { spans: [span('b')] }), witness: 'group:a' },
    { name: 'the copy relaying an outside outlet: the outlet', claim: claim('c2', 'Alpha', 'p', { spans: [span('b')], outlet: 'politico.com' }), witness: 'outlet:politico.com' },
    { name: 'an independent source', claim: claim('c3', 'Alpha', 'p', { spans: [span('c')] }), witness: 'group:c' },
  ])('witness: $name', ({ claim: given, witness }) => {
    const all = [claim('c0', 'Alpha', 'p', { spans: [span('a')] }), claim('c1', 'Alpha', 'p', { spans: [span('b')] }), claim('c2', 'Alpha', 'p', { spans: [span('b')], outlet: 'politico.com' }), claim('c3', 'Alpha', 'p', { spans: [span('c')] })];
    const found = run(all)[0]?.claims.find((c) => c.claimId === given.id);
    expect(found?.witness).toBe(witness);
    expect(found?.attribution).toEqual(given.attribution);
  });

  it('claims with equal values share one value key string; an entity value is keyed by its resolved id', () => {
    const groups = run([
      claim('c0', 'Alpha', 'p', { value: { type: 'entity', name: 'Acme' } }),
      claim('c1', 'Alpha', 'p', { value: { type: 'entity', name: 'Acme Corporation' } }),
      claim('c2', 'Alpha', 'p', { value: { type: 'entity', name: 'Zeta' } }),
    ]);
    const [a, b, z] = groups[0]?.claims ?? [];
    expect([a?.valueKey, b?.valueKey, z?.valueKey]).toEqual(['e:org:acme', 'e:org:acme', 'e:name:zeta']);
    expect(a?.classKey).toBe(a?.valueKey);
  });
});

describe('groupClaims: what a group is', () => {
  const groups = run([claim('c1', 'Beta', 'p'), claim('c0', 'Alpha', 'p'), claim('c2', 'Alpha', 'q')]);

  it('exactly the five fields of ClaimGroup, in JSON too', () => {
    for (const g of groups) {
      expect(Object.keys(g)).toEqual(['key', 'subject', 'subjectName', 'predicate', 'claims']);
      expect(JSON.parse(JSON.stringify(g))).toEqual(JSON.parse(JSON.stringify({ key: g.key, subject: g.subject, subjectName: g.subjectName, predicate: g.predicate, claims: g.claims })));
    }
  });

  it('its claims have exactly the fields of GroupClaim, in order, in JSON too (the finding-claim slot is no field)', () => {
    const fields = ['claimId', 'sourceId', 'sourceGroup', 'witness', 'value', 'valueKey', 'classKey', 'polarity', 'hedge', 'qualifiers', 'attribution', 'subject', 'subjectName', 'predicate', 'span'];
    for (const c of groups.flatMap((g) => g.claims)) {
      expect(Object.keys(c)).toEqual(fields);
      expect(Object.keys({ ...c }).length).toBe(fields.length);
      expect(Object.keys(JSON.parse(JSON.stringify(c)))).toEqual(fields.filter((f) => f !== 'qualifiers' && f !== 'attribution'));
    }
  });

  it('knows its place in the list (a copy made elsewhere does not)', () => {
    expect(groups.map(groupIndexOf)).toEqual([0, 1, 2]);
    expect(groupIndexOf({ ...(groups[0] as ClaimGroup) })).toBe(-1);
  });
});

describe('groupClaims: what an observer is told', () => {
  it.each([
    {
      name: 'each claim once, by its group’s place in the returned list, groups in that order (0, 1, 2…), each group’s claims in input order',
      claims: [claim('c3', 'Beta', 'p'), claim('c0', 'Alpha', 'q'), claim('c2', 'Beta', 'p'), claim('c1', 'Alpha', 'p'), claim('c4', 'Alpha', 'q')],
      told: [
        [0, 'c1'],
        [1, 'c0'],
        [1, 'c4'],
        [2, 'c3'],
        [2, 'c2'],
      ],
    },
    { name: 'nothing for no claims', claims: [], told: [] },
  ])('$name', ({ claims, told }) => {
    const seen: [number, GroupClaim][] = [];
    const groups = groupClaims(claims, resolver(), values, placement, { claim: (group, c) => void seen.push([group, c]) });
    expect(seen.map(([g, c]) => [g, c.claimId])).toEqual(told);
    // The claim told of is the one the group holds (the same object).
    expect(seen.map(([g, c]) => groups[g]?.claims.includes(c))).toEqual(told.map(() => true));
  });
});
