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
  // row[j]: distance between pattern[0, i) and text[0, j)
  let row = new Array<number>(n + 1);
  for (let j = 0; j <= n; j += 1) row[j] = j;
  for (let i = 1; i <= pattern.length; i += 1) {
    const next = new Array<number>(n + 1);
    next[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitute = (row[j - 1] ?? 0) + (p === text.charCodeAt(j - 1) ? 0 : 1);
      const skipPattern = (row[j] ?? 0) + 1;
      const skipText = (next[j - 1] ?? 0) + 1;
      next[j] = Math.min(substitute, skipPattern, skipText);
    }
    row = next;
  }
  let best = pattern.length;
  for (const d of row) if (d < best) best = d;
  return best;
};

/**
 * Levenshtein distance between two strings (insertions, deletions and
 * substitutions of UTF-16 code units). O(|a| × |b|) time, O(|b|) space.
 */
export const editDistance = (a: string, b: string): number => {
  let row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const next = new Array<number>(b.length + 1);
    next[0] = i;
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(
        (row[j - 1] ?? 0) + (unit === b.charCodeAt(j - 1) ? 0 : 1),
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
      );
    }
    row = next;
  }
  return row[b.length] ?? a.length;
};

const reverse = (s: string): string => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i -= 1) out += s.charAt(i);
  return out;
};

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
