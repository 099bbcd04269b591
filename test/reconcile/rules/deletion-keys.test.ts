/**
 * Deletion keys (`rules/deletion-keys.ts`), name-variant's blocking by
 * one-letter deletions: a word is listed under its own text and under its
 * text less each one letter; two words that spell a key alike, whatever
 * letter each leaves out, are listed under one key. Keys come in order of
 * first sight, each key's words in order of `add`, each word once.
 *
 * The table is checked against a plain specification (a `Map` keyed by the
 * deletion's text) and on the cases its integer form could get wrong:
 * different texts with equal hashes, one word spelling a key twice, keys
 * that differ only in the letter left out, growth past its first room.
 */
import { describe, expect, it } from 'vitest';
import { DeletionKeys, deletionHash, sameDeletion } from '../../../src/reconcile/rules/deletion-keys.js';

/** Each key's text (the word less a letter) and its words, in order: what `DeletionKeys` is to give. */
const specified = (words: readonly string[]): [string, number[]][] => {
  const byText = new Map<string, number[]>();
  words.forEach((word, w) => {
    for (let skip = -1; skip < word.length; skip += 1) {
      const text = skip < 0 ? word : word.slice(0, skip) + word.slice(skip + 1);
      const listed = byText.get(text) ?? [];
      if (listed[listed.length - 1] !== w) listed.push(w);
      byText.set(text, listed);
    }
  });
  return [...byText.entries()];
};

/** The keys' word lists, in key order, after adding every word (ids 0 …) to a table with the given room. */
const listed = (words: readonly string[], room = 0): number[][] => {
  const keys = new DeletionKeys((w) => words[w] as string, room);
  words.forEach((_, w) => keys.add(w));
  const lists: number[][] = [];
  keys.forEach((ids, count) => lists.push(Array.from(ids.subarray(0, count))));
  expect(keys.size).toBe(lists.length);
  return lists;
};

/** Words of `length` letters spelled from the number `n` in base 26 (distinct for distinct n). */
const spelled = (n: number, length: number): string => {
  let word = '';
  for (let k = 0, x = n; k < length; k += 1, x = Math.floor(x / 26)) word += String.fromCharCode(97 + (x % 26));
  return word;
};

describe('DeletionKeys', () => {
  // name, words, the room to start with: the keys must be the specification's, in its order.
  const cases: [string, string[], number][] = [
    ['one word: itself and each letter left out, in that order', ['abc'], 0],
    ['one edit apart: a swap meets at two deletions', ['vault', 'vualt'], 12],
    ['a letter added: the longer word less it is the shorter word itself', ['vault', 'vaultt'], 13],
    ['a letter changed: they meet where it is left out', ['lynas', 'lyjas'], 12],
    ['one word spelling a key twice is listed once', ['vaal'], 5],
    ['a word of one repeated letter: two keys', ['aaaa'], 0],
    ['letters left out at different places of different words, one text', ['abxc', 'abcx', 'xabc'], 0],
    ['unrelated words share no key', ['summit', 'treaty', 'lithium'], 0],
    ['no room to start with, hundreds of keys: the columns and the hash table grow', Array.from({ length: 60 }, (_, n) => spelled(n * 7919, 6)), 0],
    ['room given for every key: nothing grows', Array.from({ length: 60 }, (_, n) => spelled(n * 7919, 6)), 420],
    ['a key with more words than its first buffer (16)', Array.from({ length: 26 }, (_, n) => `k${String.fromCharCode(97 + n)}b`), 0],
    ['thousands of short words: many colliding slots', Array.from({ length: 3000 }, (_, n) => spelled(n, 3)), 0],
    ['words with letters outside ASCII', ['zürich', 'zurich', 'zürch', 'ζeus'], 0],
  ];
  it.each(cases)('%s', (_, words, room) => {
    expect(listed(words, room)).toEqual(specified(words).map(([, ids]) => ids));
  });

  it('lists a swap of two letters under exactly the two texts both words spell', () => {
    const spec = specified(['vault', 'vualt']);
    expect(spec.filter(([, ids]) => ids.length === 2).map(([text]) => text)).toEqual(['vult', 'valt']);
    expect(listed(['vault', 'vualt']).filter((ids) => ids.length === 2)).toEqual([[0, 1], [0, 1]]);
  });

  it('keeps apart different texts whose hashes are equal', () => {
    // FNV-1a of "yaczf" and "glbpp" is one number: only comparing the letters tells the keys apart.
    expect(deletionHash('yaczf', -1)).toBe(deletionHash('glbpp', -1));
    expect(deletionHash('yaczfq', 5)).toBe(deletionHash('qglbpp', 0));
    const words = ['yaczf', 'glbpp', 'yaczfq', 'qglbpp'];
    const lists = listed(words);
    expect(lists).toEqual(specified(words).map(([, ids]) => ids));
    // "yaczf" is word 0 itself and word 2 less its "q"; "glbpp" is word 1 and word 3 less its "q": two keys.
    expect(lists.filter((ids) => ids.length === 2)).toEqual([[0, 2], [1, 3]]);
  });

  it('tells keys of one word apart by the letter left out', () => {
    // "abc" less "a", "b", "c": three keys, though each is word 0 less a letter.
    expect(listed(['abc'])).toEqual([[0], [0], [0], [0]]);
  });
});

describe('deletionHash and sameDeletion', () => {
  // a, letter left out of a, b, letter left out of b, whether they spell the same text.
  const cases: [string, number, string, number, boolean][] = [
    ['vault', -1, 'vault', -1, true],
    ['vault', 2, 'vualt', 1, true],
    ['vault', 1, 'vualt', 2, true],
    ['vault', 2, 'vualt', 2, false],
    ['vault', -1, 'vaultt', 5, true],
    ['vault', -1, 'vaultt', 4, true],
    ['vault', -1, 'vaultx', 4, false],
    ['abc', 0, 'abc', 1, false],
    ['aab', 0, 'aab', 1, true],
    ['ab', -1, 'abc', -1, false],
    ['a', 0, 'b', 0, true],
    ['', -1, 'x', 0, true],
  ];
  it.each(cases)('%s less letter %i against %s less letter %i: %s', (a, i, b, j, same) => {
    expect(sameDeletion(a, i, b, j)).toBe(same);
    expect(sameDeletion(b, j, a, i)).toBe(same);
    if (same) expect(deletionHash(a, i)).toBe(deletionHash(b, j));
  });
});
