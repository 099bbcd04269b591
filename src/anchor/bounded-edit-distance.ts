/**
 * Edit distances with a budget: the fewest edits (insertions, deletions,
 * substitutions of UTF-16 code units), computed only up to `max`.
 *
 * The full dynamic programme costs |a| × |b|, which is what made a long
 * quote quadratic (a 64 K quote against a 64 K passage: 4·10⁹ cells). These
 * follow the diagonals instead (Ukkonen; Landau and Vishkin; Myers' O(ND)):
 * for each number of edits e ≤ max, how far each diagonal of the matrix
 * reaches, sliding along runs of equal units for free. That is
 * O(max² + |a| + |b|) on strings that mostly agree, and never worse than
 * O(max × (|a| + |b|)). Past the budget they answer `max + 1` ("more").
 */

/** Where a string is read from: forward from `from`, or backward from `from` (exclusive). */
export interface StringView {
  readonly text: string;
  /** Forward: the first unit read. Backward: one past the first unit read (read from `from - 1` down). */
  readonly from: number;
  /** How many units may be read. */
  readonly length: number;
  readonly backward: boolean;
}

/** A view of `text` read forward from `from`, `length` units (to the end by default). */
export const forwardView = (text: string, from = 0, length = text.length - from): StringView => ({ text, from, length, backward: false });

/** A view of `text` read backward from just before `from`, `length` units (to the start by default). */
export const backwardView = (text: string, from = text.length, length = from): StringView => ({ text, from, length, backward: true });

const unitAt = (v: StringView, i: number): number => (v.backward ? v.text.charCodeAt(v.from - 1 - i) : v.text.charCodeAt(v.from + i));

/** What {@link pinnedBoundedEditDistance} found: the edits, and how many units of the text the pattern took. */
export interface PinnedMatch {
  readonly errors: number;
  readonly consumed: number;
}

/**
 * The diagonal walk shared by both distances. `a` is consumed fully; when
 * `freeEnd` is false `b` must be consumed fully too (global distance),
 * otherwise the match may stop anywhere in `b` (pinned at the start only).
 * Returns the fewest edits ≤ `max` and how much of `b` that took (the
 * nearest to |a| among equally good ends), or `undefined` past the budget.
 */
const walkDiagonals = (a: StringView, b: StringView, max: number, freeEnd: boolean): PinnedMatch | undefined => {
  const n = a.length;
  const m = b.length;
  const budget = Math.max(0, Math.floor(max));
  if (!freeEnd && Math.abs(n - m) > budget) return undefined;
  // Diagonal d = j - i (j indexes b, i indexes a); reach[d + offset] = furthest i on it.
  const offset = budget + 1;
  const UNREACHED = -1;
  let reach = new Int32Array(2 * budget + 3).fill(UNREACHED);
  let next = new Int32Array(2 * budget + 3).fill(UNREACHED);
  const slide = (i0: number, d: number): number => {
    let i = i0;
    while (i < n && i + d < m && unitAt(a, i) === unitAt(b, i + d)) i += 1;
    return i;
  };
  const finished = (i: number, d: number): boolean => i === n && (freeEnd ? i + d <= m : i + d === m);
  for (let e = 0; e <= budget; e += 1) {
    let best: number | undefined;
    const low = Math.max(-e, -n);
    const high = Math.min(e, m);
    for (let d = low; d <= high; d += 1) {
      let i: number;
      if (e === 0) {
        i = 0;
      } else {
        const same = reach[d + offset]!;
        const fromAbove = reach[d + 1 + offset]!; // skip a unit of a: (i, j) on d + 1 → (i + 1, j)
        const fromLeft = reach[d - 1 + offset]!; // skip a unit of b: (i, j) on d - 1 → (i, j + 1)
        i = UNREACHED;
        if (same !== UNREACHED) i = same + 1;
        if (fromAbove !== UNREACHED && fromAbove + 1 > i) i = fromAbove + 1;
        if (fromLeft !== UNREACHED && fromLeft > i) i = fromLeft;
        if (i === UNREACHED) {
          next[d + offset] = UNREACHED;
          continue;
        }
        if (i > n) i = n;
        if (i + d > m) i = m - d;
      }
      if (i < 0 || i + d < 0) {
        next[d + offset] = UNREACHED;
        continue;
      }
      i = slide(i, d);
      next[d + offset] = i;
      if (finished(i, d) && (best === undefined || Math.abs(d) < Math.abs(best))) best = d;
    }
    if (best !== undefined) return { errors: e, consumed: n + best };
    [reach, next] = [next, reach];
    next.fill(UNREACHED);
  }
  return undefined;
};

/**
 * Levenshtein distance between `a` and `b` when it is at most `max`,
 * otherwise `max + 1`.
 *
 * @example
 * ```ts
 * boundedEditDistance('kitten', 'sitting', 5); // 3
 * boundedEditDistance('kitten', 'sitting', 2); // 3 (= max + 1: more than 2)
 * ```
 */
export const boundedEditDistance = (a: string, b: string, max: number): number =>
  walkDiagonals(forwardView(a), forwardView(b), max, false)?.errors ?? Math.max(0, Math.floor(max)) + 1;

/**
 * The fewest edits (at most `max`) that turn all of `pattern` into a start
 * of `text` (pinned at the start, free at the end), and how many units of
 * `text` that takes; `undefined` past the budget. Either may be read
 * backward, to extend a match to the left.
 *
 * @example
 * ```ts
 * pinnedBoundedEditDistance(forwardView('abc'), forwardView('axbcdef'), 4); // { errors: 1, consumed: 4 }
 * ```
 */
export const pinnedBoundedEditDistance = (pattern: StringView, text: StringView, max: number): PinnedMatch | undefined =>
  walkDiagonals(pattern, text, max, true);
