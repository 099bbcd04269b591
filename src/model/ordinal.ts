/**
 * The one string order of claimtrace: UTF-16 code units, like `Array.prototype.sort`
 * without a comparator. Never `localeCompare`: its order depends on the
 * machine's locale and ICU version, and output must not.
 */

/**
 * `-1`, `0` or `1` as `a` sorts before, with or after `b` in code-unit order.
 *
 * @example
 * ['b', 'B', 'a'].sort(compareOrdinal) // ['B', 'a', 'b']
 */
export const compareOrdinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A comparator that orders items by a string key in code-unit order.
 *
 * @example
 * sources.sort(byOrdinal((s) => s.id))
 */
export const byOrdinal =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    compareOrdinal(key(a), key(b));
