/**
 * Every occurrence of a string in a text, overlapping ones included, in
 * time linear in both.
 *
 * Restarting `indexOf` one unit after each hit re-reads the needle at every
 * occurrence: a periodic quote ("abab…", 256 K units) in a periodic text has
 * an occurrence every two units, and that is |text| × |quote| work. Long
 * needles go through Knuth–Morris–Pratt instead, which never re-reads the
 * text; short ones keep the (native, faster) `indexOf`.
 */

/** Needles at least this long are searched with Knuth–Morris–Pratt. */
export const LINEAR_SEARCH_FROM = 256;

/** For each prefix of `needle`, the length of its longest proper border (prefix that is also a suffix). */
const borders = (needle: string): Int32Array => {
  const border = new Int32Array(needle.length + 1);
  border[0] = -1;
  let k = -1;
  for (let i = 0; i < needle.length; i += 1) {
    while (k >= 0 && needle.charCodeAt(k) !== needle.charCodeAt(i)) k = border[k]!;
    k += 1;
    border[i + 1] = k;
  }
  return border;
};

const knuthMorrisPratt = (haystack: string, needle: string): number[] => {
  const border = borders(needle);
  const found: number[] = [];
  let k = 0;
  for (let i = 0; i < haystack.length; i += 1) {
    const unit = haystack.charCodeAt(i);
    while (k >= 0 && needle.charCodeAt(k) !== unit) k = border[k]!;
    k += 1;
    if (k === needle.length) {
      found.push(i + 1 - k);
      k = border[k]!;
    }
  }
  return found;
};

/**
 * Every start offset of `needle` in `haystack`, ascending, overlapping ones
 * included; none for an empty needle.
 *
 * @example
 * ```ts
 * occurrences('aaaa', 'aa'); // [0, 1, 2]
 * ```
 */
export const occurrences = (haystack: string, needle: string): number[] => {
  if (needle.length === 0 || needle.length > haystack.length) return [];
  if (needle.length >= LINEAR_SEARCH_FROM) return knuthMorrisPratt(haystack, needle);
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
};

/**
 * The `count` offsets of an ascending list nearest `target` (ties to the
 * lower), ascending: the places looked at when there are too many to look
 * at all. Binary search, so the cost does not grow with the list.
 *
 * @example
 * ```ts
 * nearestOffsets([0, 10, 20, 30, 40], 24, 2); // [20, 30]
 * ```
 */
export const nearestOffsets = (offsets: readonly number[], target: number, count: number): number[] => {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! < target) low = mid + 1;
    else high = mid;
  }
  // [from, to) grows from the insertion point towards the nearer side.
  let from = low;
  let to = low;
  while (to - from < count && (from > 0 || to < offsets.length)) {
    if (from === 0) to += 1;
    else if (to === offsets.length) from -= 1;
    else if (target - offsets[from - 1]! <= offsets[to]! - target) from -= 1;
    else to += 1;
  }
  return offsets.slice(from, to);
};
