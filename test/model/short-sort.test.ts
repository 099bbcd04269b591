/**
 * The sorts and the distinct list that assembling findings uses instead of
 * `Array.prototype.sort` and `new Set` on short arrays must give exactly what
 * those give: the same order (both sorts are stable), the same items in the
 * order first seen — on short and long inputs, with ties, and with odd items
 * (a plugin's non-string id) among strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOrdinal } from '../../src/model/ordinal.js';
import { DistinctList } from '../../src/reconcile/distinct-list.js';
import { sortOrdinal, sortPrefix, sortShort } from '../../src/model/short-sort.js';

const item = fc.record({ support: fc.nat(3), size: fc.nat(3), tag: fc.nat(1000) });
type Item = { support: number; size: number; tag: number };
const bySupport = (a: Item, b: Item): number => b.support - a.support || b.size - a.size;
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'é', '\u0000', '\u0001'), maxLength: 3 });

describe('sortShort and sortPrefix: the order of Array.prototype.sort', () => {
  it('sorts like a stable sort, ties in the given order, at every length', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        expect(sortShort([...items], bySupport)).toEqual([...items].sort(bySupport));
      }),
    );
  });

  it('sorts only the first n items of a longer scratch array', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.array(item, { maxLength: 5 }), (items, rest) => {
        const scratch = [...items, ...rest];
        sortPrefix(scratch, items.length, bySupport);
        expect(scratch).toEqual([...[...items].sort(bySupport), ...rest]);
      }),
    );
  });

  it.each([
    { name: 'nothing', items: [] as string[], sorted: [] as string[] },
    { name: 'one', items: ['b'], sorted: ['b'] },
    { name: 'code-unit order, not locale order', items: ['b', 'B', 'a', 'é'], sorted: ['B', 'a', 'b', 'é'] },
    { name: 'repeats kept', items: ['b', 'a', 'b'], sorted: ['a', 'b', 'b'] },
  ])('sortOrdinal: $name', ({ items, sorted }) => {
    expect(sortOrdinal([...items])).toEqual(sorted);
  });

  it('sortOrdinal sorts strings like sort(compareOrdinal), and anything mixed in exactly as that does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word, word, fc.constant(undefined), fc.integer({ min: 0, max: 3 })), { maxLength: 20 }), (items) => {
        const given = items as string[];
        expect(sortOrdinal([...given])).toEqual([...given].sort(compareOrdinal));
      }),
    );
  });
});

describe('DistinctList: the items of new Set(items), in a reused list', () => {
  it('holds the distinct items in the order first seen, across resets and past the scanned size', () => {
    const list = new DistinctList<unknown>();
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constant(Number.NaN), fc.constant(0), fc.constant(-0), fc.nat(40)), { maxLength: 60 }), (items) => {
        list.reset();
        const added = items.map((x) => list.add(x));
        const expected = [...new Set(items)];
        expect(list.copy()).toEqual(expected);
        expect(list.size).toBe(expected.length);
        expect(expected.map((_, i) => list.at(i))).toEqual(expected);
        expect(added.filter(Boolean)).toHaveLength(expected.length);
      }),
    );
  });
});
