/**
 * The order of claim groups by key (`subject|predicate`, code-unit order)
 * without sorting the group keys: the distinct subject keys are sorted once
 * and the distinct predicates once, and the groups are then laid out by
 * (subject rank, predicate rank) with two counting sorts — linear after the
 * two sorts, no Map of group keys, no comparison of two group keys.
 *
 * Why the ranks give the keys' order. Write `s|p` for a group's key. For two
 * groups with the same subject the keys first differ inside the predicates,
 * so they compare as the predicates do. For two subjects `s ≠ t`, neither a
 * prefix of the other, the keys first differ where `s` and `t` do, so they
 * compare as the subjects do. When `s` is a proper prefix of `t`, `s|p`
 * compares `|` with the code unit of `t` after `s`: the subjects compare as
 * `s + '|'` and `t + '|'` do (a sentinel order). So the subjects are ranked
 * in that sentinel order — plainly sorted, then each run of keys that start
 * with a shorter one re-sorted by the sentinel (such runs are contiguous in
 * plain order). None of this holds when a subject key holds a `|` (then
 * `s|p` can equal, or interleave with, `t|q`): those runs sort the group
 * keys themselves, as before.
 */
import { compareOrdinal } from '../../model/ordinal.js';
import { bucketOrder } from './bucket-order.js';

const BAR = 0x7c; // '|'

/** `a + '|'` against `b + '|'` in code-unit order, for keys without `|`; no string is built. */
const bySentinel = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  if (a.length === b.length) return 0;
  return a.length < b.length ? BAR - b.charCodeAt(n) : a.charCodeAt(n) - BAR;
};

/**
 * The order of distinct strings, as indices: `keys[order[0]]` is the least
 * in code-unit order. Sorted as plain strings (the engine's own comparison,
 * with no call per comparison), then each key's index found again by the
 * key. Keys that repeat are sorted by a comparator over indices, ties in
 * index order.
 *
 * @example
 * keyOrder(['b', 'a', 'c']) // [1, 0, 2]
 */
export const keyOrder = (keys: readonly string[]): number[] => {
  const count = keys.length;
  const indexOf = new Map<string, number>();
  for (let g = 0; g < count; g += 1) indexOf.set(keys[g] as string, g);
  if (indexOf.size !== count) {
    const order = Array.from({ length: count }, (_, g) => g);
    return order.sort((a, b) => compareOrdinal(keys[a] as string, keys[b] as string) || a - b);
  }
  const sortedKeys = keys.slice().sort();
  const order = new Array<number>(count);
  for (let k = 0; k < count; k += 1) order[k] = indexOf.get(sortedKeys[k] as string) as number;
  return order;
};

/**
 * Ranks of distinct subject keys (none holding `|`) in the order `s|p` keys
 * give them: `rank[id]` for the key `texts[id]`. `idOf` finds a key's id.
 */
const subjectRanks = (texts: readonly string[], idOf: (text: string) => number): Int32Array => {
  const sorted = texts.slice().sort();
  // Runs of keys that start with the run's first one: re-sorted in the sentinel order.
  for (let k = 0; k + 1 < sorted.length; ) {
    const root = sorted[k] as string;
    let end = k + 1;
    while (end < sorted.length && (sorted[end] as string).startsWith(root)) end += 1;
    if (end - k > 1) {
      const run = sorted.slice(k, end).sort(bySentinel);
      for (let i = 0; i < run.length; i += 1) sorted[k + i] = run[i] as string;
    }
    k = end;
  }
  const rank = new Int32Array(texts.length);
  for (let r = 0; r < sorted.length; r += 1) rank[idOf(sorted[r] as string)] = r;
  return rank;
};

/** What `groupKeyOrder` reads: each group's subject and predicate ids, and the two tables' strings. */
export interface GroupKeyColumns {
  /** By group id: its key, `subject|predicate` (read only when a subject key holds a `|`). */
  readonly keys: readonly string[];
  /** By group id: its subject id and its predicate id. */
  readonly subjectOf: ArrayLike<number>;
  readonly predicateOf: ArrayLike<number>;
  /** By subject id: the subject key; `subjectIdOf` finds the id of a key. */
  readonly subjectKeys: readonly string[];
  readonly subjectIdOf: (key: string) => number;
  /** By predicate id: the predicate; `predicateIdOf` finds the id of one. */
  readonly predicates: readonly string[];
  readonly predicateIdOf: (predicate: string) => number;
}

/**
 * Group ids in the code-unit order of the groups' keys (`keyOrder(keys)`,
 * found from the subject and predicate ranks; ties, possible only when a
 * subject key holds a `|`, in id order).
 *
 * @example
 * groupKeyOrder({ keys: ['b|x', 'a|y', 'a|x'], subjectOf: [0, 1, 1], predicateOf: [0, 1, 0], subjectKeys: ['b', 'a'], subjectIdOf: (k) => ['b', 'a'].indexOf(k), predicates: ['x', 'y'], predicateIdOf: (p) => ['x', 'y'].indexOf(p) }) // [2, 1, 0]
 */
export const groupKeyOrder = (columns: GroupKeyColumns): number[] => {
  const { keys, subjectOf, predicateOf, subjectKeys, predicates } = columns;
  for (let s = 0; s < subjectKeys.length; s += 1) if ((subjectKeys[s] as string).includes('|')) return keyOrder(keys);
  const count = keys.length;
  const subjectRank = subjectRanks(subjectKeys, columns.subjectIdOf);
  const predicateRank = new Int32Array(predicates.length);
  const sortedPredicates = predicates.slice().sort();
  for (let r = 0; r < sortedPredicates.length; r += 1) predicateRank[columns.predicateIdOf(sortedPredicates[r] as string)] = r;
  // Least significant first: by predicate rank, then (stable) by subject rank.
  const byPredicate = new Int32Array(count);
  for (let g = 0; g < count; g += 1) byPredicate[g] = predicateRank[predicateOf[g] as number] as number;
  const first = bucketOrder(byPredicate, predicates.length).order;
  const bySubject = new Int32Array(count);
  for (let k = 0; k < count; k += 1) bySubject[k] = subjectRank[subjectOf[first[k] as number] as number] as number;
  const second = bucketOrder(bySubject, subjectKeys.length).order;
  const order = new Array<number>(count);
  for (let k = 0; k < count; k += 1) order[k] = first[second[k] as number] as number;
  return order;
};
