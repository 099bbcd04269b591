import { describe, expect, it } from 'vitest';
import type { GroupClaim } from '../../../src/reconcile/claim-groups.js';
import { valueClasses } from '../../../src/reconcile/rules/value-classes.js';
import { compareOrdinal } from '../../../src/model/ordinal.js';
import { contextOf, helperCorpora } from './captured-context.js';

// The plain definition: claims by class key, keys in code-unit order, claims in their order.
const plainClasses = (claims: readonly GroupClaim[]): { key: string; claims: readonly string[] }[] => {
  const byKey = new Map<string, string[]>();
  for (const c of claims) byKey.set(c.classKey, [...(byKey.get(c.classKey) ?? []), c.claimId]);
  return [...byKey.keys()].sort(compareOrdinal).map((key) => ({ key, claims: byKey.get(key) ?? [] }));
};
const shown = (classes: ReturnType<typeof valueClasses>): { key: string; claims: readonly string[] }[] =>
  classes.map((cls) => ({ key: cls.key, claims: cls.claims.map((c) => c.claimId) }));

const claim = (claimId: string, classKey: string): GroupClaim => ({ claimId, classKey }) as unknown as GroupClaim;
const keyed = (keys: string): GroupClaim[] => [...keys].map((k, i) => claim(`c${String(i).padStart(3, '0')}`, k));

describe('valueClasses: the claims of a group by value class, keys in code-unit order', () => {
  // Up to twelve claims the classes are found by a look along a short list; longer groups go through a Map.
  const cases: readonly (readonly [string, string])[] = [
    ['no claims', ''],
    ['one claim', 'a'],
    ['one class', 'aaaa'],
    ['two classes, in key order', 'aab'],
    ['two classes, out of key order', 'bba'],
    ['interleaved classes', 'cabcab'],
    ['upper case before lower case (code units, not locale)', 'bBaA'],
    ['twelve claims, each its own class, reversed', 'lkjihgfedcba'],
    ['thirteen claims (the Map path)', 'mlkjihgfedcba'],
    ['a long group of three classes', 'abc'.repeat(40)],
  ];
  it.each(cases)('%s', (_name, keys) => {
    const claims = keyed(keys);
    expect(shown(valueClasses(claims))).toEqual(plainClasses(claims));
  });

  it('keys outside the basic plane and surrogates sort by code unit', () => {
    const claims = [claim('c1', '\u{1F600}'), claim('c2', '\uFFFF'), claim('c3', 'z'), claim('c4', '\u{1F600}')];
    expect(shown(valueClasses(claims))).toEqual(plainClasses(claims));
  });

  it('a group of one class is given back as it is (no copy)', () => {
    const claims = keyed('aaa');
    expect((valueClasses(claims)[0] as { claims: unknown }).claims).toBe(claims);
  });

  it.each(helperCorpora(5))('gives every group of a run its plain classes (%s)', (_name, make) => {
    const context = contextOf(make());
    for (const group of context.groups) expect(shown(valueClasses(group.claims))).toEqual(plainClasses(group.claims));
  });
});
