/**
 * Repeated shingles: the places whose k-word shingles have equal keys,
 * each group in word order, keys seen once left out, no shingle across two
 * texts. Checked on small cases written out and against a plain Map over
 * every shingle key on larger generated ones.
 */
import { describe, expect, it } from 'vitest';
import { repeatedShingles, shingleKey } from '../../../src/reconcile/dependence/repeated-shingles.js';

/** Groups as arrays of places, sorted by first place (the function's group order is by key bucket). */
const groupsOf = (ids: readonly number[], docStart: readonly number[], k: number): number[][] => {
  const { places, groupStart } = repeatedShingles(Int32Array.from(ids), Int32Array.from(docStart), k);
  const groups: number[][] = [];
  for (let g = 0; g + 1 < groupStart.length; g++) groups.push([...places.subarray(groupStart[g], groupStart[g + 1])]);
  return groups.sort((a, b) => (a[0] as number) - (b[0] as number));
};

/** The same by a Map from key to places. */
const byMap = (ids: Int32Array, docStart: Int32Array, k: number): number[][] => {
  const map = new Map<number, number[]>();
  for (let doc = 0; doc + 1 < docStart.length; doc++) {
    for (let p = docStart[doc] as number; p + k <= (docStart[doc + 1] as number); p++) {
      const key = shingleKey(ids, p, k);
      map.set(key, [...(map.get(key) ?? []), p]);
    }
  }
  return [...map.values()].filter((g) => g.length > 1).sort((a, b) => (a[0] as number) - (b[0] as number));
};

describe('repeatedShingles', () => {
  it.each([
    ['no text', [], [0], 2, []],
    ['empty texts', [], [0, 0, 0], 2, []],
    ['texts shorter than k', [1, 2, 1, 2], [0, 2, 4], 3, []],
    ['one shared pair of words in two texts', [0, 1, 2, 3, 0, 1], [0, 3, 6], 2, [[0, 4]]],
    ['a shingle never spans two texts', [0, 1, 2, 3], [0, 2, 4], 2, []],
    ['a shingle repeated in one text', [5, 6, 5, 6, 5], [0, 5], 2, [[0, 2], [1, 3]]],
    ['identical texts share every shingle', [1, 2, 3, 1, 2, 3, 1, 2, 3], [0, 3, 6, 9], 2, [[0, 3, 6], [1, 4, 7]]],
    ['k = 1: single words', [9, 8, 9], [0, 3], 1, [[0, 2]]],
  ] as const)('%s', (_title, ids, docStart, k, groups) => {
    expect(groupsOf(ids, docStart, k)).toEqual(groups);
  });

  it.each([
    ['many small texts over a small vocabulary', 400, 40, 12, 3],
    ['few long texts with many repeats', 6, 3000, 5, 2],
    ['one text', 1, 5000, 30, 4],
  ])('%s: the same groups as a Map over every key', (_title, texts, length, vocabulary, k) => {
    let seed = texts * 31 + length;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const docStart = Int32Array.from({ length: texts + 1 }, (_, t) => t * length);
    const ids = Int32Array.from({ length: texts * length }, () => Math.floor(random() * vocabulary));
    const expected = byMap(ids, docStart, k);
    expect(expected.length).toBeGreaterThan(0);
    expect(groupsOf([...ids], [...docStart], k)).toEqual(expected);
  });
});
