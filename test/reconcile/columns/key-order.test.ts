/**
 * Groups ordered by subject and predicate ranks come out in the code-unit
 * order of their keys (`subject|predicate`), exactly as sorting the keys
 * themselves: the order grouping returns its groups in.
 */
import { describe, expect, it } from 'vitest';
import { groupKeyOrder, keyOrder } from '../../../src/reconcile/columns/key-order.js';

/** Groups for (subject index, predicate index) pairs, in the given order (their ids). */
const columnsOf = (subjects: readonly string[], predicates: readonly string[], pairs: readonly (readonly [number, number])[]) => ({
  keys: pairs.map(([s, p]) => `${subjects[s] as string}|${predicates[p] as string}`),
  subjectOf: pairs.map(([s]) => s),
  predicateOf: pairs.map(([, p]) => p),
  subjectKeys: subjects,
  subjectIdOf: (key: string) => subjects.indexOf(key),
  predicates,
  predicateIdOf: (predicate: string) => predicates.indexOf(predicate),
});

/** Every (subject, predicate) pair, in a shuffled order. */
const allPairs = (subjects: number, predicates: number): [number, number][] => {
  const pairs: [number, number][] = [];
  for (let s = 0; s < subjects; s += 1) for (let p = 0; p < predicates; p += 1) pairs.push([s, p]);
  return pairs.map((pair, i) => [i * 7919 % pairs.length, pair] as const).sort((a, b) => a[0] - b[0]).map(([, pair]) => pair);
};

/** The order of the keys sorted as plain strings, ties in id order. */
const expected = (keys: readonly string[]): number[] => keys.map((_, g) => g).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : (keys[a] as string) > (keys[b] as string) ? 1 : a - b));

describe('groupKeyOrder', () => {
  it.each([
    { name: 'nothing', subjects: [], predicates: [] },
    { name: 'one group', subjects: ['name:acme'], predicates: ['amount'] },
    { name: 'plain subjects and predicates', subjects: ['pax-silica', 'country:JP', 'name:kalo mira', 'country:GB'], predicates: ['signed-on', 'amount', 'founding-members'] },
    { name: 'a subject that is a prefix of others (letters sort below "|")', subjects: ['company:10', 'company:1', 'company:1 x', 'company:100', 'company:2'], predicates: ['b', 'a'] },
    { name: 'after a prefix: "}", "{", "~" and "|"-neighbours', subjects: ['a}', 'a', 'a{', 'a~', 'a{b', 'a}}', 'ab'], predicates: ['z', 'a', '~'] },
    { name: 'nested prefixes', subjects: ['abc', 'a', 'ab', 'abcd', 'ab}', 'a}', 'abc~'], predicates: ['p', 'q'] },
    { name: 'non-BMP and high code units (surrogates sort below U+FFFF)', subjects: ['a\u{1F600}', 'a', 'a\uFFFF', 'a\u00E9', '\u{1F600}', '\uFFFF', 'a\u{1F600}b'], predicates: ['\u{1F600}', 'x', '\uFFFF'] },
    { name: 'predicates holding "|" and "}"', subjects: ['s', 'st', 's}'], predicates: ['a|b', 'a', 'a}', '|', ''] },
    { name: 'a subject holding "|" (the keys themselves are sorted)', subjects: ['a', 'a|b', 'a|', 'b'], predicates: ['c', 'b|c', '', 'a'] },
    { name: 'empty subject key', subjects: ['', 'a', '}'], predicates: ['x', ''] },
  ])('$name: the order of the keys', ({ subjects, predicates }) => {
    const columns = columnsOf(subjects, predicates, allPairs(subjects.length, predicates.length));
    expect(groupKeyOrder(columns)).toEqual(expected(columns.keys));
    expect(keyOrder(columns.keys)).toEqual(expected(columns.keys));
  });

  it('keys that repeat (a subject holding "|") keep their ids in order', () => {
    // 'a' + '|b|c' and 'a|b' + '|c' are both "a|b|c".
    const columns = columnsOf(['a', 'a|b'], ['b|c', 'c'], [[1, 1], [0, 0], [0, 1], [1, 0]]);
    expect(columns.keys).toEqual(['a|b|c', 'a|b|c', 'a|c', 'a|b|b|c']);
    expect(groupKeyOrder(columns)).toEqual([3, 0, 1, 2]);
  });

  it('on random keys over an alphabet around "|" (2,000 cases)', () => {
    let seed = 19;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = ['a', 'b', '{', '|', '}', '~', ' ', '\u{1F600}', '\uFFFF', '\u00E9'];
    const word = (max: number): string => Array.from({ length: Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)] as string).join('');
    for (let run = 0; run < 2000; run += 1) {
      // Half the runs without "|" in subject keys (the ranked path), half with any.
      const distinct = (n: number, noBar: boolean): string[] => [...new Set(Array.from({ length: n }, () => word(4)).map((w) => (noBar ? w.replaceAll('|', '}') : w)))];
      const subjects = distinct(1 + Math.floor(random() * 8), run % 2 === 0);
      const predicates = distinct(1 + Math.floor(random() * 4), false);
      const pairs = allPairs(subjects.length, predicates.length).filter(() => random() < 0.7);
      const columns = columnsOf(subjects, predicates, pairs);
      expect(groupKeyOrder(columns)).toEqual(expected(columns.keys));
    }
  });
});
