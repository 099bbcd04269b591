/**
 * Shingles that occur more than once: every run of k consecutive words is
 * hashed to a 30-bit key, and the places whose keys are equal are gathered,
 * each group in word order. No table over all shingles is built (one of
 * millions of entries costs a cache miss per insert and tens of megabytes):
 * the places are first laid out by the key's top bits with a counting sort
 * (the key computed twice rather than stored twice), then each bucket — a
 * few thousand places — links its equal keys in a small table that stays in
 * cache.
 */

import { IntColumn } from '../columns/typed-column.js';

/** Top bits of the key that choose the bucket. */
const BUCKET_BITS = 10;
const KEY_BITS = 30;

/**
 * The 30-bit key of the shingle of `k` words from `at`. Places with equal
 * keys are compared word by word afterwards, so a collision costs a
 * comparison, never a wrong match.
 */
export const shingleKey = (ids: Int32Array, at: number, k: number): number => {
  let h = 0x811c9dc5;
  for (let i = at; i < at + k; i++) {
    h = Math.imul(h ^ (ids[i] as number), 0x01000193);
    h ^= h >>> 13;
  }
  return (h >>> 2) & 0x3fffffff;
};

/** Places (word positions) grouped by shingle key. */
export interface RepeatedShingles {
  /** The places of every key seen at least twice, key after key, each key's places ascending. */
  readonly places: Int32Array;
  /** `groups + 1` offsets into `places`. */
  readonly groupStart: Int32Array;
}

/**
 * Group the places of shingles whose keys are equal. `ids` are the words of
 * all texts, `docStart` where each text's words begin; a shingle never
 * crosses from one text into the next. Keys seen once are left out.
 *
 * @example
 * // two texts "a b c" and "x a b": the shingle "a b" (k = 2) is at places 0 and 4
 * repeatedShingles(Int32Array.of(0, 1, 2, 3, 0, 1), Int32Array.of(0, 3, 6), 2) // { places: [0, 4], groupStart: [0, 2] }
 */
export const repeatedShingles = (ids: Int32Array, docStart: Int32Array, k: number): RepeatedShingles => {
  const texts = docStart.length - 1;
  const buckets = 1 << BUCKET_BITS;
  const shift = KEY_BITS - BUCKET_BITS;
  // Counting sort of the places by bucket, in word order within each bucket.
  const next = new Int32Array(buckets + 1);
  let shingles = 0;
  for (let doc = 0; doc < texts; doc++) {
    const to = docStart[doc + 1] as number;
    for (let p = docStart[doc] as number; p + k <= to; p++) {
      const b = (shingleKey(ids, p, k) >>> shift) + 1;
      next[b] = (next[b] as number) + 1;
      shingles++;
    }
  }
  let largest = 0;
  for (let b = 0; b < buckets; b++) {
    largest = Math.max(largest, next[b + 1] as number);
    next[b + 1] = (next[b + 1] as number) + (next[b] as number);
  }
  const bucketStart = next.slice();
  const keys = new Int32Array(shingles);
  const places = new Int32Array(shingles);
  for (let doc = 0; doc < texts; doc++) {
    const to = docStart[doc + 1] as number;
    for (let p = docStart[doc] as number; p + k <= to; p++) {
      const key = shingleKey(ids, p, k);
      const b = key >>> shift;
      const at = next[b] as number;
      keys[at] = key;
      places[at] = p;
      next[b] = at + 1;
    }
  }

  // Per bucket: a table of the first item of each key (item + 1; 0 is empty), and links from item to item.
  let size = 16;
  while (size < largest * 2) size *= 2;
  const table = new Int32Array(size);
  const following = new Int32Array(Math.max(1, largest));
  const last = new Int32Array(Math.max(1, largest));
  const count = new Int32Array(Math.max(1, largest));
  const out = new IntColumn(64);
  const groupStart = new IntColumn(16);
  groupStart.push(0);
  for (let b = 0; b < buckets; b++) {
    const from = bucketStart[b] as number;
    const n = (bucketStart[b + 1] as number) - from;
    if (n < 2) continue;
    let bits = 1;
    while (1 << bits < n * 2) bits++;
    const mask = (1 << bits) - 1;
    table.fill(0, 0, mask + 1);
    for (let i = 0; i < n; i++) {
      const key = keys[from + i] as number;
      let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
      for (;;) {
        const entry = table[slot] as number;
        if (entry === 0) {
          table[slot] = i + 1;
          last[i] = i;
          count[i] = 1;
          following[i] = -1;
          break;
        }
        const first = entry - 1;
        if (keys[from + first] === key) {
          following[last[first] as number] = i;
          last[first] = i;
          count[first] = (count[first] as number) + 1;
          count[i] = 0;
          following[i] = -1;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    for (let i = 0; i < n; i++) {
      if ((count[i] as number) < 2) continue;
      for (let j = i; j >= 0; j = following[j] as number) out.push(places[from + j] as number);
      groupStart.push(out.length);
    }
  }
  return { places: out.values(), groupStart: groupStart.values() };
};
