/**
 * The columnar core's two building blocks: dense ids for strings, and a
 * counting sort of items into buckets by integer id.
 */
import { describe, expect, it } from 'vitest';
import { bucketOrder } from '../../../src/reconcile/columns/bucket-order.js';
import { createInterner } from '../../../src/reconcile/columns/interner.js';

describe('createInterner', () => {
  it.each([
    { name: 'nothing', given: [], ids: [], texts: [] },
    { name: 'ids in order of first sight', given: ['b', 'a', 'b', 'c', 'a'], ids: [0, 1, 0, 2, 1], texts: ['b', 'a', 'c'] },
    { name: 'the empty string is a string like another', given: ['', 'x', ''], ids: [0, 1, 0], texts: ['', 'x'] },
    { name: 'no folding: case, accents and normalization forms stay apart', given: ['Zürich', 'zürich', 'Zu\u0308rich', 'Zürich'], ids: [0, 1, 2, 0], texts: ['Zürich', 'zürich', 'Zu\u0308rich'] },
    { name: 'astral characters', given: ['😀', '東京', '😀'], ids: [0, 1, 0], texts: ['😀', '東京'] },
  ])('$name', ({ given, ids, texts }) => {
    const interner = createInterner();
    expect(given.map((t) => interner.id(t))).toEqual(ids);
    expect(interner.size()).toBe(texts.length);
    expect(texts.map((_, i) => interner.text(i))).toEqual(texts);
    expect(texts.map((t) => interner.find(t))).toEqual(texts.map((_, i) => i));
    expect(interner.find('never given')).toBe(-1);
  });

  it('builds a string into a key equal to one seen before: the same id', () => {
    const interner = createInterner();
    const a = interner.id('name:acme|amount');
    const built = ['name', ':', 'acme', '|', 'amount'].join('');
    expect(interner.id(built)).toBe(a);
  });
});

describe('bucketOrder', () => {
  it.each([
    { name: 'no items, no buckets', of: [], buckets: 0, order: [], starts: [0] },
    { name: 'no items, empty buckets', of: [], buckets: 3, order: [], starts: [0, 0, 0, 0] },
    { name: 'one bucket keeps input order', of: [0, 0, 0], buckets: 1, order: [0, 1, 2], starts: [0, 3] },
    { name: 'items interleaved across buckets', of: [1, 0, 1, 2, 0], buckets: 3, order: [1, 4, 0, 2, 3], starts: [0, 2, 4, 5] },
    { name: 'a bucket nobody falls in', of: [2, 0, 2], buckets: 3, order: [1, 0, 2], starts: [0, 1, 1, 3] },
    { name: 'items in reverse bucket order', of: [3, 2, 1, 0], buckets: 4, order: [3, 2, 1, 0], starts: [0, 1, 2, 3, 4] },
  ])('$name', ({ of, buckets, order, starts }) => {
    const result = bucketOrder(Int32Array.from(of), buckets);
    expect([...result.order]).toEqual(order);
    expect([...result.starts]).toEqual(starts);
  });

  it('is a stable sort by bucket (checked against one on 10,000 random items)', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const of = Int32Array.from({ length: 10_000 }, () => Math.floor(random() * 97));
    const { order, starts } = bucketOrder(of, 97);
    const expected = [...of.keys()].sort((a, b) => (of[a] as number) - (of[b] as number) || a - b);
    expect([...order]).toEqual(expected);
    for (let b = 0; b < 97; b += 1) for (let k = starts[b] as number; k < (starts[b + 1] as number); k += 1) expect(of[order[k] as number]).toBe(b);
  });
});
