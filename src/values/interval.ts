/**
 * Intervals of numbers with open, closed or unbounded ends: what a hedged
 * quantity ("nearly $12 billion" → [10.8, 12] billion) and a set's size
 * ("at least 5 members" → [5, ∞)) are.
 */

/** An interval with nullable (unbounded) ends. */
export interface Bounds {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/**
 * Whether two intervals share at least one number.
 *
 * @example
 * intervalsOverlap({ low: 1, high: 2, lowInclusive: true, highInclusive: false }, { low: 2, high: 3, lowInclusive: true, highInclusive: true }) // false
 */
export const intervalsOverlap = (a: Bounds, b: Bounds): boolean => {
  // the larger low end against the smaller high end
  const [low, lowInclusive] = maxLow(a, b);
  const [high, highInclusive] = minHigh(a, b);
  if (low === null || high === null) return true;
  if (low < high) return true;
  return low === high && lowInclusive && highInclusive;
};

const maxLow = (a: Bounds, b: Bounds): [number | null, boolean] => {
  if (a.low === null) return [b.low, b.lowInclusive];
  if (b.low === null) return [a.low, a.lowInclusive];
  if (a.low !== b.low) return a.low > b.low ? [a.low, a.lowInclusive] : [b.low, b.lowInclusive];
  return [a.low, a.lowInclusive && b.lowInclusive];
};

const minHigh = (a: Bounds, b: Bounds): [number | null, boolean] => {
  if (a.high === null) return [b.high, b.highInclusive];
  if (b.high === null) return [a.high, a.highInclusive];
  if (a.high !== b.high) return a.high < b.high ? [a.high, a.highInclusive] : [b.high, b.highInclusive];
  return [a.high, a.highInclusive && b.highInclusive];
};
