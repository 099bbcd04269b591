/**
 * Sorting the short arrays a finding is made of (a side's sources, its
 * source groups, a fingerprint's lines) without `Array.prototype.sort`'s
 * fixed cost: V8's sort allocates its work arrays on every call, about 400
 * bytes even for two items — at a million claims, 150 MB of garbage per run
 * in assembling findings alone. Both sorts are stable, so for a comparator
 * that is a consistent order they give the same result; longer arrays, and
 * strings with anything but strings among them, go to `Array.prototype.sort`.
 */
import { compareOrdinal } from './ordinal.js';

/** Arrays up to this long are sorted by insertion. */
export const SHORT = 12;

/**
 * Sort `items` in place, stably, as `items.sort(compare)` does (for a consistent `compare`); returns `items`.
 *
 * @example
 * sortShort(sides, (a, b) => b.support - a.support)
 */
export const sortShort = <T>(items: T[], compare: (a: T, b: T) => number): T[] => {
  const n = items.length;
  return n > SHORT ? items.sort(compare) : sortPrefix(items, n, compare);
};

/**
 * Sort the first `n` items in place, stably (a scratch array longer than what it holds now); returns `items`.
 *
 * @example
 * sortPrefix(order, sides.length, (a, b) => sides[b].support - sides[a].support)
 */
export const sortPrefix = <T>(items: T[], n: number, compare: (a: T, b: T) => number): T[] => {
  if (n > SHORT) {
    const sorted = items.slice(0, n).sort(compare);
    for (let i = 0; i < n; i += 1) items[i] = sorted[i] as T;
    return items;
  }
  for (let i = 1; i < n; i += 1) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
};

/**
 * Sort strings in place in code-unit order, as `items.sort(compareOrdinal)` does; returns `items`.
 * Anything but a string among them (a plugin's odd id) goes to `Array.prototype.sort` itself.
 *
 * @example
 * sortOrdinal(['b', 'a']) // ['a', 'b']
 */
export const sortOrdinal = <T extends string>(items: T[]): T[] => {
  const n = items.length;
  if (n < 2) return items;
  if (n > SHORT) return items.sort(compareOrdinal);
  for (let i = 0; i < n; i += 1) if (typeof items[i] !== 'string') return items.sort(compareOrdinal);
  return sortShort(items, compareOrdinal);
};
