/**
 * The subject table (issue 19): each distinct naming of a subject resolved,
 * folded and keyed once. Whatever it shares, every naming must get the key
 * of the plain definition — its given id, else the resolver's id of its
 * name, else `entityKey` (`name:<folded>`) — and two namings one subject id
 * exactly when their keys are equal; with the built-in resolver (which takes
 * the folded name) and with any other resolver alike.
 */
import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../../src/model/ids.js';
import { createEntityResolver, RESOLVE_FOLDED, resolveFoldedOf } from '../../../src/normalize/entity-resolver.js';
import { nameKey } from '../../../src/normalize/name-key.js';
import { createSubjectTable, type SubjectRef } from '../../../src/reconcile/columns/subject-table.js';
import type { EntityResolverLike } from '../../../src/reconcile/contract.js';
import { memoizedResolver } from '../../../src/reconcile/create-reconciler.js';
import { entityKey } from '../../../src/values/kinds/entity.js';
import { contextOf } from '../rules/captured-context.js';
import { groupSubjectsOf } from '../../../src/reconcile/columns/subject-table.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';

const base = () =>
  createEntityResolver({
    entities: [
      { id: 'org:acme' as EntityId, name: 'Acme Corporation', kind: 'company', aliases: ['Acme'] },
      { id: 'place:zurich' as EntityId, name: 'Zürich', kind: 'place', aliases: ['Zurich'] },
      { id: 'name:odd' as EntityId, name: 'Odd Entity', kind: 'other', aliases: [] },
    ],
  });

/** The same resolver without the folded-name entry point: what a project's own resolver looks like. */
const plainResolver = (): EntityResolverLike => {
  const r = base();
  return { resolve: (n) => r.resolve(n), canonicalName: (id) => r.canonicalName(id), nearDuplicate: (a, b) => r.nearDuplicate(a, b) };
};

const resolvers: readonly (readonly [string, () => EntityResolverLike])[] = [
  ['the built-in resolver', base],
  ['the run’s memoised resolver', () => memoizedResolver(base())],
  ['a resolver without the folded entry point', plainResolver],
  ['a memoised resolver without it', () => memoizedResolver(plainResolver())],
];

/** The plain definition of a naming's subject key. */
const plainKey = (resolver: EntityResolverLike, ref: SubjectRef): string =>
  ref.id ?? resolver.resolve(ref.name) ?? entityKey(ref as { readonly name: string; readonly id?: string });

// Namings: repeated, aliases, case and unicode folding, whitespace, possessives, given ids, names that fold alike.
const namings: readonly SubjectRef[] = [
  { name: 'Kalo Mira' },
  { name: 'Kalo Mira' },
  { name: 'KALO  MIRA' },
  { name: 'the Kalo Mira' },
  { name: 'Kalo-Mira' },
  { name: 'Acme' },
  { name: 'Acme Corporation' },
  { name: '  Acme  ' },
  { name: 'Acme\u00a0' },
  { name: '\u3000Acme Corporation' },
  { name: "Acme's" },
  { name: 'Acme’s' },
  { name: 'ACME Inc', id: 'org:acme' },
  { name: 'Zürich' },
  { name: 'Zu\u0308rich' },
  { name: 'ZURICH' },
  { name: 'Zuerich' },
  { name: '東京' },
  { name: '😀 Labs' },
  { name: 'Labs' },
  { name: 'U.K.' },
  { name: 'uk' },
  { name: 'Foo', id: 'name:foo' },
  { name: 'Foo' },
  { name: 'Odd Entity' },
  { name: '' },
  { name: '   ' },
  { name: '...' },
  { name: 'The' },
];

describe('createSubjectTable: every naming keyed as the plain definition keys it', () => {
  it.each(resolvers)('%s', (_name, make) => {
    const reference = base();
    const table = createSubjectTable(make());
    const byKey = new Map<string, number>();
    for (const ref of [...namings, ...[...namings].reverse()]) {
      const id = table.idOf(ref);
      const key = plainKey(reference, ref);
      expect(table.key(id), JSON.stringify(ref)).toBe(key);
      // One id per key: equal keys share it, different keys do not.
      expect(byKey.get(key) ?? id).toBe(id);
      byKey.set(key, id);
      expect(table.keyedByName()[id]).toBe(key.startsWith('name:') ? 1 : 0);
    }
    expect(table.size()).toBe(byKey.size);
    // Ids are dense, in order of first sight.
    expect([...byKey.values()]).toEqual([...byKey.values()].map((_, i) => i));
  });

  it('whether a key is an entity id is what the first naming with that key says', () => {
    const table = createSubjectTable(memoizedResolver(base()));
    expect(table.isEntity(table.idOf({ name: 'Acme' }))).toBe(true);
    expect(table.isEntity(table.idOf({ name: 'Kalo Mira' }))).toBe(false);
    // A given id that looks like a name key merges with the name, and (seen first) makes it an entity.
    expect(table.isEntity(table.idOf({ name: 'Foo', id: 'name:foo' }))).toBe(true);
    expect(table.idOf({ name: 'FOO' })).toBe(table.idOf({ name: 'Foo', id: 'name:foo' }));
  });

  it('an adversarial run of all-distinct names: one id each, keys as the plain definition, the table grows past its first columns', () => {
    const reference = base();
    const table = createSubjectTable(memoizedResolver(base()));
    const names = Array.from({ length: 5_000 }, (_, i) => `Name ${i.toString(36)} ${String.fromCharCode(0x3b1 + (i % 20))}`);
    names.forEach((name, i) => expect(table.idOf({ name })).toBe(i));
    names.forEach((name, i) => expect(table.key(i)).toBe(plainKey(reference, { name })));
    expect(table.keyedByName().length).toBe(5_000);
    expect(table.keyedByName().every((b) => b === 1)).toBe(true);
  });
});

describe('RESOLVE_FOLDED: the resolver’s answer for a name already folded', () => {
  it.each(namings.map((ref) => [JSON.stringify(ref.name), ref.name] as const))('%s', (_label, name) => {
    const resolver = base();
    const folded = resolveFoldedOf(resolver);
    expect(folded).toBe((resolver as unknown as Record<symbol, unknown>)[RESOLVE_FOLDED]);
    expect(folded?.(name, nameKey(name))).toBe(resolver.resolve(name));
    // Through the run's memo too, before and after the memo knows the name.
    const memo = memoizedResolver(resolver);
    expect(resolveFoldedOf(memo)?.(name, nameKey(name))).toBe(resolver.resolve(name));
    memo.resolve(name);
    expect(resolveFoldedOf(memo)?.(name, nameKey(name))).toBe(resolver.resolve(name));
  });

  it('is an optional part of the contract: a memo passes on what the resolver has, and nothing for a resolver without it', () => {
    const resolver = base();
    expect(resolveFoldedOf(memoizedResolver(resolver))).toBe(resolveFoldedOf(resolver));
    const own = { resolve: (name: string) => resolver.resolve(name), canonicalName: (id: string) => resolver.canonicalName(id), nearDuplicate: (a: string, b: string) => resolver.nearDuplicate(a, b) };
    expect(resolveFoldedOf(memoizedResolver(own))).toBeUndefined();
    // Either way a subject table keys every naming alike.
    const viaBuiltin = createSubjectTable(memoizedResolver(resolver));
    const viaOwn = createSubjectTable(memoizedResolver(own));
    for (const ref of namings) expect(viaOwn.key(viaOwn.idOf(ref))).toBe(viaBuiltin.key(viaBuiltin.idOf(ref)));
  });

  it('is no key, field or JSON of the resolver', () => {
    const resolver = base();
    expect(Object.keys(resolver)).not.toContain(String(RESOLVE_FOLDED));
    expect(JSON.stringify(Object.keys(memoizedResolver(resolver)))).toBe(JSON.stringify(['resolve', 'canonicalName', 'nearDuplicate', 'entity', 'within', 'containers']));
  });
});

describe('groupSubjectsOf: each group’s subject as grouping found it', () => {
  it('by group: the subject id shared by the groups of one key, and whether it is keyed by name', () => {
    const context = contextOf(syntheticCorpus(3_000, 11));
    const columns = groupSubjectsOf(context);
    expect(columns).toBeDefined();
    const { subjectOf, keyedByName } = columns as NonNullable<typeof columns>;
    expect(subjectOf.length).toBe(context.groups.length);
    const keyOf = new Map<number, string>();
    context.groups.forEach((group, g) => {
      const id = subjectOf[g] as number;
      expect(keyOf.get(id) ?? group.subject).toBe(group.subject);
      keyOf.set(id, group.subject);
      expect(keyedByName[id]).toBe(group.subject.startsWith('name:') ? 1 : 0);
    });
    expect(new Set(keyOf.values()).size).toBe(keyOf.size);
    expect(groupSubjectsOf({ ...context })).toBeUndefined();
  });
});
