/**
 * How well the text around a candidate agrees with the expected prefix and
 * suffix. Unlike a plain substring search (which would accept the expected
 * prefix anywhere in a window), the context must sit *against* the candidate:
 * the prefix must end where the candidate starts and the suffix must begin
 * where it ends; only the far end of the context may drift.
 */

/**
 * The fewest edits (insertions, deletions, substitutions) that turn `pattern`
 * into some prefix of `text` — the pattern is pinned to the start of `text`
 * and may end anywhere in it. O(|pattern| × |text|) time, O(|text|) space.
 */
export const pinnedEditDistance = (pattern: string, text: string): number => {
  const n = text.length;
  // row[j]: distance between pattern[0, i) and text[0, j); two rows, swapped
  let row = new Int32Array(n + 1);
  let next = new Int32Array(n + 1);
  for (let j = 0; j <= n; j += 1) row[j] = j;
  for (let i = 1; i <= pattern.length; i += 1) {
    next[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitute = row[j - 1]! + (p === text.charCodeAt(j - 1) ? 0 : 1);
      const skipPattern = row[j]! + 1;
      const skipText = next[j - 1]! + 1;
      next[j] = substitute < skipPattern ? (substitute < skipText ? substitute : skipText) : skipPattern < skipText ? skipPattern : skipText;
    }
    [row, next] = [next, row];
  }
  let best = pattern.length;
  for (let j = 0; j <= n; j += 1) if (row[j]! < best) best = row[j]!;
  return best;
};

/**
 * Levenshtein distance between two strings (insertions, deletions and
 * substitutions of UTF-16 code units). O(|a| × |b|) time, O(|b|) space.
 */
export const editDistance = (a: string, b: string): number => {
  let row = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    next[0] = i;
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitute = row[j - 1]! + (unit === b.charCodeAt(j - 1) ? 0 : 1);
      const skipA = row[j]! + 1;
      const skipB = next[j - 1]! + 1;
      next[j] = substitute < skipA ? (substitute < skipB ? substitute : skipB) : skipA < skipB ? skipA : skipB;
    }
    [row, next] = [next, row];
  }
  return row[b.length]!;
};

const reverse = (s: string): string => s.split('').reverse().join('');

/** `1 - edits / |expected|`, floored at 0; 1 for an empty expectation. */
const similarity = (expected: string, edits: number): number =>
  expected.length === 0 ? 1 : Math.max(0, 1 - edits / expected.length);

/**
 * Similarity in [0, 1] of the text `before` a candidate to the `expected`
 * prefix, pinned at the candidate's start (the end of both strings).
 */
export const prefixSimilarity = (expected: string, before: string): number =>
  similarity(expected, pinnedEditDistance(reverse(expected), reverse(before)));

/**
 * Similarity in [0, 1] of the text `after` a candidate to the `expected`
 * suffix, pinned at the candidate's end (the start of both strings).
 */
export const suffixSimilarity = (expected: string, after: string): number =>
  similarity(expected, pinnedEditDistance(expected, after));
