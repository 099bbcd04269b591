/**
 * Value columns (issue 19): a run works out each distinct value's canonical
 * form, value key and class keys once. Whatever is shared, every claim must
 * get exactly what the plain per-claim definition gives: the canonical value
 * (same fields, same order), `values.key` of it, and the class key
 * `[!]<value key>\u0000<time key>|<place key>`.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Qualifiers } from '../../../src/model/claim.js';
import { type ClaimId, type EntityId, type PredicateId, type SourceId } from '../../../src/model/ids.js';
import type { Value } from '../../../src/model/value.js';
import { createEntityResolver } from '../../../src/normalize/entity-resolver.js';
import { nameKey } from '../../../src/normalize/name-key.js';
import { z } from 'zod';
import { type ClaimPlacement, type GroupClaim, groupClaims, valueEntryOf } from '../../../src/reconcile/claim-groups.js';
import { bucketsOf, createValueTable, extentOf, type ValueEntry } from '../../../src/reconcile/columns/value-table.js';
import { detectSourceDependence } from '../../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext } from '../../../src/reconcile/rule-context.js';
import { sameScope } from '../../../src/reconcile/rules/value-classes.js';
import { clusterValues, type ValueCluster } from '../../../src/reconcile/value-clusters.js';
import { BUILTIN_VALUE_KINDS, createValueKinds } from '../../../src/values/registry.js';
import type { ValueKindModule } from '../../../src/values/value-kind.js';
import { memoizedResolver } from '../../../src/reconcile/create-reconciler.js';
import { entityKeys } from '../../../src/reconcile/entity-keys.js';
import { valueKinds, type ValueKinds } from '../../../src/values/registry.js';
import type { AnyValue } from '../../../src/values/value-kind.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';

const values = valueKinds as unknown as ValueKinds<AnyValue>;
const resolver = () =>
  memoizedResolver(
    createEntityResolver({
      entities: [
        { id: 'org:acme' as EntityId, name: 'Acme Corporation', kind: 'company', aliases: ['Acme'] },
        { id: 'place:zurich' as EntityId, name: 'Zürich', kind: 'place', aliases: ['Zurich'] },
        { id: 'place:tokyo' as EntityId, name: '東京', kind: 'place', aliases: ['Tokyo'] },
      ],
    }),
  );

const plain = (value: AnyValue, resolve: (name: string) => string | undefined) => {
  const canonical = values.canonical(value, resolve);
  return { canonical, key: values.key(canonical, entityKeys()) };
};

const tableFor = () => {
  const r = resolver();
  const resolve = (name: string) => r.resolve(name);
  const strings = new Map<string, string>();
  const intern = (key: string): string => {
    const known = strings.get(key);
    if (known !== undefined) return known;
    strings.set(key, key);
    return key;
  };
  return { table: createValueTable(values, resolve, entityKeys(), intern), resolve };
};

/** A value as code may build it, of any kind. */
const v = (value: object): AnyValue => value as AnyValue;

class Boxed {
  readonly type = 'text';
  constructor(readonly text: string) {}
}

// Every kind, resolved and not, with and without the source's words, unicode, the corner cases of equality.
const cases: readonly { readonly name: string; readonly value: AnyValue }[] = (
  [
  { name: 'an entity the resolver knows', value: { type: 'entity', name: 'Acme' } },
  { name: 'the same entity, other words', value: { type: 'entity', name: 'Acme', raw: 'ACME Inc' } },
  { name: 'the same fields in another order', value: { type: 'entity', raw: 'ACME Inc', name: 'Acme' } },
  { name: 'an entity with a given id', value: { type: 'entity', name: 'Acme', id: 'org:other' } },
  { name: 'an own id key left undefined', value: { type: 'entity', name: 'Acme', id: undefined } },
  { name: 'an entity nobody knows', value: { type: 'entity', name: 'Nobody Ltd' } },
  { name: 'unicode: composed', value: { type: 'entity', name: 'Zürich' } },
  { name: 'unicode: decomposed', value: { type: 'entity', name: 'Zu\u0308rich' } },
  { name: 'unicode: CJK', value: { type: 'entity', name: '東京' } },
  { name: 'unicode: an astral character', value: { type: 'text', text: '😀 launch' } },
  { name: 'a member list with known and unknown members', value: { type: 'entity-set', mode: 'closed', members: [{ name: 'Acme' }, { name: 'Nobody Ltd' }] } },
  { name: 'the same members in another order', value: { type: 'entity-set', mode: 'closed', members: [{ name: 'Nobody Ltd' }, { name: 'Acme' }] } },
  { name: 'an open list of the same', value: { type: 'entity-set', mode: 'open', members: [{ name: 'Acme' }, { name: 'Nobody Ltd' }] } },
  { name: 'a count', value: { type: 'entity-set', mode: 'count', members: [], count: 5 } },
  { name: 'a quantity', value: { type: 'quantity', low: 1, high: 2, lowInclusive: true, highInclusive: true, currency: 'USD', raw: '1–2 dollars' } },
  { name: 'the same quantity in other words', value: { type: 'quantity', low: 1, high: 2, lowInclusive: true, highInclusive: true, currency: 'USD', raw: 'one to two dollars' } },
  { name: 'a quantity with a unit', value: { type: 'quantity', low: 1, high: 2, lowInclusive: true, highInclusive: true, unit: 'Tonnes' } },
  { name: 'zero', value: { type: 'quantity', low: 0, high: 0, lowInclusive: true, highInclusive: true } },
  { name: 'minus zero', value: { type: 'quantity', low: -0, high: 0, lowInclusive: true, highInclusive: true } },
  { name: 'NaN', value: { type: 'quantity', low: Number.NaN, high: 0, lowInclusive: true, highInclusive: true } },
  { name: 'a day', value: { type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' } },
  { name: 'a month', value: { type: 'date', start: '2025-12-01', end: '2025-12-31', precision: 'month' } },
  { name: 'a weekday', value: { type: 'weekday', weekday: 'friday', raw: 'Friday' } },
  { name: 'a day of a month', value: { type: 'partial-date', month: 12, day: 12 } },
  { name: 'yes', value: { type: 'boolean', value: true } },
  { name: 'no', value: { type: 'boolean', value: false } },
  { name: 'text', value: { type: 'text', text: 'We will sign' } },
  { name: 'text that folds alike', value: { type: 'text', text: 'WE WILL SIGN' } },
  { name: 'a class instance (not plain data)', value: new Boxed('We will sign') },
  { name: 'a kind the registry does not have', value: { type: 'percent', share: 12, raw: '12%' } },
  ] as const
).map((c) => ({ name: c.name, value: c.value as AnyValue }));

describe('createValueTable: each value as the plain definition gives it', () => {
  it.each(cases)('$name', ({ value }) => {
    const { table, resolve } = tableFor();
    // Seen among all the others, twice, and through a copy: always the plain answer.
    for (const other of cases) table.entry(other.value);
    for (const given of [value, value, structuredClone(value)]) {
      const entry = table.entry(given);
      const want = plain(given, resolve);
      const got = entry.canonical ?? given;
      expect(JSON.stringify(got)).toBe(JSON.stringify(want.canonical));
      expect(Object.keys(got)).toEqual(Object.keys(want.canonical));
      expect(entry.key).toBe(want.key);
      if (want.canonical === given) expect(entry.canonical).toBeUndefined();
    }
  });

  it('equal values share one entry and one canonical object; different values do not', () => {
    const { table } = tableFor();
    const a = table.entry(v({ type: 'entity', name: 'Acme' }));
    const b = table.entry(v({ type: 'entity', name: 'Acme' }));
    expect(b).toBe(a);
    expect(a.canonical).toEqual({ type: 'entity', name: 'Acme', id: 'org:acme' });
    const worded = table.entry(v({ type: 'entity', name: 'Acme', raw: 'ACME' }));
    expect(worded).not.toBe(a);
    expect(worded.key).toBe(a.key);
    const reordered = table.entry(v({ type: 'entity', raw: 'ACME', name: 'Acme' }));
    expect(reordered).not.toBe(worded);
    expect(Object.keys(reordered.canonical as object)).toEqual(['type', 'raw', 'name', 'id']);
    expect(table.entry(v({ type: 'quantity', low: -0, high: 0, lowInclusive: true, highInclusive: true }))).not.toBe(
      table.entry(v({ type: 'quantity', low: 0, high: 0, lowInclusive: true, highInclusive: true })),
    );
  });

  it('values in a row (the entries of the last two different values are tried first): an entry is shared exactly by equal plain values', () => {
    const { table, resolve } = tableFor();
    const q = (low: number, high = 10) => v({ type: 'quantity', low, high, lowInclusive: true, highInclusive: true });
    const set = (...names: string[]) => v({ type: 'entity-set', mode: 'open', members: names.map((name) => ({ name })) });
    const boxed = new Boxed('said');
    const row = [
      v({ type: 'entity', name: 'Acme' }), v({ type: 'entity', name: 'Acme' }), v({ type: 'entity', name: 'Acme', raw: 'ACME' }), v({ type: 'entity', name: 'Acme' }),
      q(1), q(1), q(1, 11), q(1), q(Number.NaN), q(Number.NaN), q(-0), q(0), q(-0), q(0, -0), q(0, 0),
      boxed, boxed, new Boxed('said'), v({ type: 'text', text: 'said' }), v({ type: 'text', text: 'said' }),
      set('A', 'B'), set('A', 'B'), set('A', 'B', 'C'), set('A', 'B'), set('AB'),
      v({ type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' }), v({ type: 'date', end: '2025-12-12', start: '2025-12-12', precision: 'day' }),
      // Two sides taken in turn, a third among them, and a kind in between.
      set('X', 'Y'), set('X'), set('X', 'Y'), set('X'), set('Y', 'X'), set('X', 'Y'), set('X'), q(3), set('X'), q(3), set('X', 'Y'), q(4), q(3), q(4),
    ];
    // Equal plain data: the same own keys in the same order, `Object.is` scalars, plain objects and arrays.
    const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && (Object.getPrototypeOf(x) === Object.prototype || Array.isArray(x));
    const same = (a: unknown, b: unknown): boolean =>
      Object.is(a, b) ||
      (isPlain(a) && isPlain(b) && Array.isArray(a) === Array.isArray(b) && Object.keys(a).join('\u0000') === Object.keys(b).join('\u0000') && Object.keys(a).every((k) => same(a[k], b[k])));
    const entries = row.map((value) => table.entry(value));
    for (let i = 0; i < row.length; i += 1) {
      expect((entries[i] as ValueEntry).key).toBe(plain(row[i] as AnyValue, resolve).key);
      for (let j = 0; j < i; j += 1) {
        const shared = Object.getPrototypeOf(row[i]) === Object.prototype && same(row[i], row[j]);
        expect([i, j, entries[i] === entries[j]]).toEqual([i, j, shared]);
      }
    }
  });

  it('many different values behind one cheap field: each still keyed by itself', () => {
    const { table, resolve } = tableFor();
    const many = Array.from({ length: 40 }, (_, i) => v({ type: 'quantity', low: 1, high: 2 + i, lowInclusive: true, highInclusive: i % 2 === 0 }));
    for (let round = 0; round < 2; round += 1) {
      for (const q of many) expect(table.entry(q).key).toBe(plain(q, resolve).key);
    }
  });

  it('member lists found by a hash of all their names: reordered, split differently, other modes, odd members — each keyed by itself', () => {
    const { table, resolve } = tableFor();
    const names = ['Acme', 'Nobody Ltd', 'Zürich', 'Zu\u0308rich', '東京', '', 'A', 'cme'];
    const lists = Array.from({ length: 60 }, (_, i) =>
      v({
        type: 'entity-set',
        mode: i % 3 === 0 ? 'closed' : 'open',
        // 'A' + 'cme' and 'Acme' hold the same code units: only the separators tell the lists apart.
        members: [...names.slice(i % 5, (i % 5) + 1 + (i % 4)), ...(i % 7 === 0 ? ['A', 'cme'] : i % 7 === 1 ? ['Acme'] : [])].map((name, k) => (k === 2 && i % 11 === 0 ? { name, id: 'org:given' } : { name })),
      }),
    );
    lists.push(v({ type: 'entity-set', mode: 'open', members: [{ name: 'Acme' }, { id: 'org:acme' }] }));
    for (let round = 0; round < 2; round += 1) {
      for (const list of lists) expect(table.entry(list).key).toBe(plain(list, resolve).key);
    }
    expect(table.entry(v({ type: 'entity-set', mode: 'open', members: [{ name: 'A' }, { name: 'cme' }] }))).not.toBe(table.entry(v({ type: 'entity-set', mode: 'open', members: [{ name: 'Acme' }] })));
  });

  it.each([
    { name: 'affirmative, no scope', negative: false, qualifiers: {} },
    { name: 'negative', negative: true, qualifiers: {} },
    { name: 'a time', negative: false, qualifiers: { time: { type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' } } },
    { name: 'a place, unicode', negative: false, qualifiers: { place: 'Zu\u0308rich' } },
    { name: 'an empty place', negative: false, qualifiers: { place: '' } },
    { name: 'negative, time and place', negative: true, qualifiers: { time: { type: 'weekday', weekday: 'friday' }, place: 'Tokyo' } },
  ] as const)('class key: $name', ({ negative, qualifiers }) => {
    const { table } = tableFor();
    const q = qualifiers as Qualifiers;
    const entry = table.entry(v({ type: 'entity', name: 'Acme' }));
    const want = `${negative ? '!' : ''}${entry.key}\u0000${q.time !== undefined ? values.key(q.time) : ''}|${q.place !== undefined ? nameKey(q.place) : ''}`;
    expect(table.classKey(entry, negative, q.time, q.place)).toBe(want);
    // Asked again (and after other scopes): the same string.
    table.classKey(entry, !negative, q.time, q.place);
    expect(table.classKey(entry, negative, q.time, q.place)).toBe(want);
  });
});

describe('groupClaims with value columns: every claim as the plain definition gives it', () => {
  const placement: ClaimPlacement = { sourceGroup: (s) => s, witness: (_c, group) => `group:${group}` };
  const times = [undefined, { type: 'date' as const, start: '2025-12-12', end: '2025-12-12', precision: 'day' as const }, { type: 'weekday' as const, weekday: 'friday' as const }];
  const places = [undefined, 'Zürich', 'Zu\u0308rich', ''];

  it('on synthetic claims made negative, qualified and reworded in turn', () => {
    const base = syntheticCorpus(3_000, 17).claims;
    const claims: Claim[] = base.map((c, i) => {
      const time = times[i % times.length];
      const place = places[Math.floor(i / 3) % places.length];
      const qualifiers: Qualifiers | undefined = time === undefined && place === undefined ? undefined : { ...(time !== undefined ? { time } : {}), ...(place !== undefined ? { place } : {}) };
      const value: Value = i % 5 === 0 && c.value.type === 'entity' ? { ...c.value, raw: c.value.name.toUpperCase() } : c.value;
      return { ...c, value, polarity: i % 7 === 0 ? 'negative' : 'affirmative', ...(qualifiers !== undefined ? { qualifiers } : {}) };
    });
    const extra: Claim[] = cases.map((k, i) => ({
      id: `x${String(i).padStart(3, '0')}` as ClaimId,
      subject: { name: 'Alpha' },
      predicate: 'p' as PredicateId,
      value: k.value as Value,
      polarity: 'affirmative',
      hedge: 'asserted',
      evidence: [{ sourceId: 'x' as SourceId, quote: { type: 'TextQuoteSelector', exact: 'w', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } }],
    }));
    const all = [...claims, ...extra];
    const r = resolver();
    const resolve = (name: string) => r.resolve(name);
    const byId = new Map(all.map((c) => [c.id as string, c]));
    let checked = 0;
    for (const group of groupClaims(all, resolver(), values, placement)) {
      for (const gc of group.claims) {
        const claim = byId.get(gc.claimId) as Claim;
        const want = plain(claim.value, resolve);
        expect(JSON.stringify(gc.value)).toBe(JSON.stringify(want.canonical));
        expect(gc.valueKey).toBe(want.key);
        const time = claim.qualifiers?.time;
        const place = claim.qualifiers?.place;
        const classKey =
          claim.polarity === 'affirmative' && time === undefined && place === undefined
            ? want.key
            : `${claim.polarity === 'negative' ? '!' : ''}${want.key}\u0000${time !== undefined ? values.key(time) : ''}|${place !== undefined ? nameKey(place) : ''}`;
        expect(gc.classKey).toBe(classKey);
        checked += 1;
      }
    }
    expect(checked).toBe(all.length);
  });
});

describe('each distinct value\'s extent and buckets kept with its entry: what the kind itself gives', () => {
  const placement: ClaimPlacement = { sourceGroup: (s) => s, witness: (_c, group) => `group:${group}` };
  // Entities that lie in or are part of others: their buckets name the containers too.
  const placed = () =>
    memoizedResolver(
      createEntityResolver({
        entities: [
          { id: 'org:acme' as EntityId, name: 'Acme Corporation', kind: 'company', aliases: ['Acme'], partOf: ['org:holding' as EntityId] },
          { id: 'org:holding' as EntityId, name: 'Acme Holding', kind: 'company', aliases: [] },
          { id: 'place:zurich' as EntityId, name: 'Zürich', kind: 'place', aliases: ['Zurich'], locatedIn: ['place:ch' as EntityId] },
          { id: 'place:ch' as EntityId, name: 'Switzerland', kind: 'country', aliases: [] },
          { id: 'place:tokyo' as EntityId, name: '東京', kind: 'place', aliases: ['Tokyo'] },
        ],
      }),
    );
  const claimOf = (id: string, value: AnyValue, predicate = 'p'): Claim => ({
    id: id as ClaimId,
    subject: { name: 'Alpha' },
    predicate: predicate as PredicateId,
    value: value as Value,
    polarity: 'affirmative',
    hedge: 'asserted',
    evidence: [{ sourceId: 'x' as SourceId, quote: { type: 'TextQuoteSelector', exact: 'w', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } }],
  });
  const more: readonly { readonly name: string; readonly value: AnyValue }[] = [
    { name: 'an entity lying in another', value: v({ type: 'entity', name: 'Zurich' }) },
    { name: 'a country', value: v({ type: 'entity', name: 'Switzerland' }) },
    { name: 'an unresolved entity, worded otherwise', value: v({ type: 'entity', name: 'NOBODY ltd.' }) },
    { name: 'an open quantity', value: v({ type: 'quantity', low: 5, lowInclusive: false, highInclusive: false }) },
  ];

  it.each([...cases, ...more])('$name', ({ value }) => {
    const r = placed();
    const options = { resolver: r };
    // The value three times (the second a copy), among every other kind in other groups.
    const claims = [claimOf('a1', value), claimOf('a2', structuredClone(value)), claimOf('a3', value)];
    const others = [...cases, ...more].map((k, i) => claimOf(`b${String(i).padStart(3, '0')}`, k.value, 'q'));
    const groups = groupClaims([...claims, ...others], r, values, placement);
    const mine = groups.find((g) => g.predicate === 'p')?.claims ?? [];
    expect(mine).toHaveLength(3);
    for (let round = 0; round < 2; round += 1) {
      for (const gc of mine) {
        const entry = valueEntryOf(gc);
        expect(entry).toBeDefined();
        const e = entry as ValueEntry;
        expect(extentOf(e, values.extent)).toEqual(values.extent(gc.value));
        expect(bucketsOf(e, (x) => values.buckets(x, options))).toEqual(values.buckets(gc.value, options));
      }
    }
  });

  it('entities: the resolved one names its entity and containers, the unresolved its folded name', () => {
    const r = placed();
    const [zurich, nobody] = groupClaims([claimOf('a1', v({ type: 'entity', name: 'Zurich' })), claimOf('a2', v({ type: 'entity', name: 'Nobody Ltd' }), 'q')], r, values, placement).map(
      (g) => valueEntryOf(g.claims[0] as GroupClaim) as ValueEntry,
    );
    const buckets = (x: AnyValue) => values.buckets(x, { resolver: r });
    expect(bucketsOf(zurich as ValueEntry, buckets)).toEqual(['e:place:zurich', 'e:place:ch']);
    expect(bucketsOf(nobody as ValueEntry, buckets)).toEqual([`name:${nameKey('Nobody Ltd')}`]);
  });

  it('worked out once per distinct value of a run, for a kind of the caller\'s own too', () => {
    const calls = { extent: 0, buckets: 0 };
    const ScoreSchema = z.object({ type: z.literal('score'), points: z.number(), raw: z.string().optional() });
    const scoreKind: ValueKindModule<'score', z.infer<typeof ScoreSchema>, 'score'> = {
      type: 'score',
      noun: 'a score',
      predicateType: 'score',
      schema: ScoreSchema,
      shorthands: [],
      key: (s) => `s:${s.points}`,
      compare: (self, other) => (other.type === 'score' ? { verdict: self.points === (other as unknown as { points: number }).points ? 'compatible' : 'conflict', reason: 'points' } : undefined),
      extent: (s) => {
        calls.extent += 1;
        return s.points < 0 ? undefined : [s.points, s.points];
      },
      buckets: (s) => {
        calls.buckets += 1;
        return [`s:${s.points % 3}`];
      },
      describe: (s) => `${s.points} points`,
    };
    const custom = createValueKinds([...BUILTIN_VALUE_KINDS, scoreKind]) as unknown as ValueKinds<AnyValue>;
    const scores = [3, 4, 3, -1, 4, 3, -1].map((points, i) => claimOf(`c${i}`, v({ type: 'score', points, raw: `${points} points` })));
    const run = groupClaims(scores, placed(), custom, placement);
    const asked = (run[0]?.claims ?? []).map((gc) => {
      const e = valueEntryOf(gc) as ValueEntry;
      return [extentOf(e, custom.extent), bucketsOf(e, (x) => custom.buckets(x))];
    });
    expect(asked).toEqual(scores.map((c) => [custom.extent(c.value), custom.buckets(c.value)]));
    // Three distinct values in this run (the kind was asked once each above, then 7 + 7 times for the expectation).
    expect(calls).toEqual({ extent: 3 + 7, buckets: 3 + 7 });
    // Another run works its values out again (its resolver may differ): nothing is carried over.
    const again = groupClaims(scores, placed(), custom, placement);
    for (const gc of again[0]?.claims ?? []) extentOf(valueEntryOf(gc) as ValueEntry, custom.extent);
    expect(calls.extent).toBe(3 + 7 + 3);
  });

  it('a claim made elsewhere, or a copy carrying another value, has no entry (it is asked of the kind)', () => {
    const [gc] = groupClaims([claimOf('a1', v({ type: 'entity', name: 'Acme' }))], placed(), values, placement)[0]?.claims ?? [];
    const made = gc as GroupClaim;
    expect(valueEntryOf(made)).toBeDefined();
    expect(valueEntryOf({ ...made })).toBe(valueEntryOf(made));
    expect(valueEntryOf({ ...made, value: { type: 'entity', name: 'Other' } })).toBeUndefined();
    const { claimId, sourceId, sourceGroup, witness, value, valueKey, classKey, polarity, hedge, qualifiers, attribution, subject, subjectName, predicate, span } = made;
    expect(valueEntryOf({ claimId, sourceId, sourceGroup, witness, value, valueKey, classKey, polarity, hedge, qualifiers, attribution, subject, subjectName, predicate, span })).toBeUndefined();
  });
});

describe('clusters of a run read each value\'s extent and buckets from its entry: the same clusters as asking the kinds', () => {
  it('on synthetic claims and every kind', () => {
    const base = syntheticCorpus(4_000, 23);
    const r = memoizedResolver(createEntityResolver({ entities: base.entities }));
    const context = buildContext({ corpus: base, compareValues: (a, b) => values.compare(a, b, { resolver: r }), values, resolver: r, dependence: detectSourceDependence(base.sources), maxCompared: 16 });
    // The context's own definition of compatible (in one scope); only the index is asked of the kinds here.
    const compatible = (a: GroupClaim, b: GroupClaim) =>
      sameScope(a, b, context.compareValues) && (a.valueKey === b.valueKey || context.compareValues(a.value, b.value).verdict === 'compatible');
    const conflicting = (a: GroupClaim, b: GroupClaim) =>
      a.valueKey !== b.valueKey && sameScope(a, b, context.compareValues) && context.compareValues(a.value, b.value).verdict === 'conflict';
    const asking = { compatible, conflicting, extent: (c: GroupClaim) => values.extent(c.value), buckets: (c: GroupClaim) => values.buckets(c.value, { resolver: r }), maxCompared: 16 };
    const shape = (clusters: readonly ValueCluster[]) => clusters.map((c) => [c.key, c.classes.map((k) => k.key), c.claims.map((x) => x.claimId)]);
    let multi = 0;
    for (const group of context.groups) {
      const classes = context.classes(group).filter((k) => k.claims[0]?.polarity === 'affirmative');
      if (classes.length > 1) multi += 1;
      expect(shape(context.clusters(group))).toEqual(shape(clusterValues(classes, asking)));
    }
    expect(multi).toBeGreaterThan(50);
  });
});
