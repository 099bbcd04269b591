/**
 * `resolveRef` fills in an entity reference's canonical id. It builds the
 * resolved copy without a spread (a hot `{ ...ref, id }` gives every object
 * its own hidden class in V8), and the copy must be exactly what the spread
 * gave: the same keys, in the same order, with the same values.
 */
import { describe, expect, it } from 'vitest';
import { resolveRef, type EntityRef } from '../../src/values/kinds/entity.js';

const resolve = (name: string): string | undefined => ({ Acme: 'org:acme', Zürich: 'place:zurich', '東京': 'place:tokyo' })[name];
const spread = (ref: EntityRef): EntityRef => {
  const id = ref.id !== undefined ? undefined : resolve(ref.name);
  return id === undefined ? ref : { ...ref, id: id as EntityRef['id'] };
};

describe('resolveRef', () => {
  it.each([
    { name: 'a bare name the resolver knows', ref: { name: 'Acme' } },
    { name: 'an entity value with its words', ref: { type: 'entity', name: 'Acme', raw: 'ACME' } },
    { name: 'unicode names', ref: { name: 'Zürich' } },
    { name: 'CJK', ref: { type: 'entity', name: '東京' } },
    { name: 'an own id key left undefined keeps its place', ref: { name: 'Acme', id: undefined, raw: 'x' } },
    { name: 'an own __proto__ key stays an own key', ref: JSON.parse('{"name":"Acme","__proto__":{"polluted":true}}') as EntityRef },
  ])('$name: the same keys, order and values as a spread', ({ ref }) => {
    const got = resolveRef(ref as EntityRef, resolve);
    const want = spread(ref as EntityRef);
    expect(got).not.toBe(ref);
    expect(Object.keys(got)).toEqual(Object.keys(want));
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(ref).not.toHaveProperty('id', got.id);
  });

  it.each([
    { name: 'a given id stays', ref: { name: 'Acme', id: 'org:other' } as EntityRef },
    { name: 'a name the resolver does not know', ref: { name: 'Nobody' } },
  ])('$name: the reference itself', ({ ref }) => {
    expect(resolveRef(ref, resolve)).toBe(ref);
  });

  it('without a resolver: the reference itself', () => {
    const ref = { name: 'Acme' };
    expect(resolveRef(ref, undefined)).toBe(ref);
  });

  it('many resolved references are equal to their spread copies', () => {
    const refs = Array.from({ length: 2_000 }, (_, i) => ({ name: i % 2 === 0 ? 'Acme' : 'Zürich', raw: `r${i}` }));
    expect(refs.map((r) => resolveRef(r, resolve))).toEqual(refs.map(spread));
  });
});
