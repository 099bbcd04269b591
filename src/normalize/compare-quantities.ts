/**
 * Quantities compare as intervals: they are compatible when the intervals
 * overlap, a conflict when they do not, and a different measure when their
 * currencies or units differ.
 */
import type { QuantityValue } from '../model/value.js';
import type { SetCardinality, Comparison } from './comparison.js';
import { describeValue } from './describe-value.js';

/** An interval with nullable (unbounded) ends. */
export interface Bounds {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** Whether two intervals share at least one number. */
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

/** A cardinality as an interval. */
export const cardinalityBounds = (c: SetCardinality): Bounds => ({
  low: c.low,
  high: c.high,
  lowInclusive: true,
  highInclusive: c.high !== null,
});

/**
 * The comparison key of a unit: lower-case words, simple plurals made
 * singular ("countries" → "country"), so "1 country" and "5 countries" are
 * one measure and "countries" and "countries and organizations" are two.
 */
export const unitKey = (unit: string): string =>
  unit
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length > 0)
    .map(singularWord)
    .join(' ');

const singularWord = (w: string): string => {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
};

/**
 * Whether two quantities measure the same thing, and if not, why not.
 * A missing unit or currency on one side is taken to be the other's (the
 * claim just did not repeat it); a bare "%" matches any "% …".
 */
const measureDifference = (a: QuantityValue, b: QuantityValue): string | undefined => {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) {
    return `${a.currency} and ${b.currency} are different currencies`;
  }
  const ua = a.unit === undefined ? undefined : unitKey(a.unit);
  const ub = b.unit === undefined ? undefined : unitKey(b.unit);
  const pa = ua?.startsWith('%') ?? false;
  const pb = ub?.startsWith('%') ?? false;
  if (pa !== pb) {
    const other = pa ? b : a;
    if (other.currency !== undefined) return 'a percentage and an amount of money are different measures';
    if (other.unit !== undefined) return 'a percentage and an absolute number are different measures';
    return undefined;
  }
  if (!pa && a.currency !== b.currency) {
    // money on one side, a counted unit on the other
    const money = a.currency ?? b.currency;
    const unit = a.currency !== undefined ? b.unit : a.unit;
    if (unit !== undefined) return `an amount of ${money} and a number of "${unit}" are different measures`;
  }
  if (ua !== undefined && ub !== undefined && ua !== ub && !(ua === '%' || ub === '%')) {
    return `"${a.unit}" and "${b.unit}" are different measures`;
  }
  return undefined;
};

/** Compare two quantities. */
export const compareQuantities = (a: QuantityValue, b: QuantityValue): Comparison => {
  const different = measureDifference(a, b);
  if (different !== undefined) {
    return { verdict: 'different-measure', reason: `${describeValue(a)} and ${describeValue(b)}: ${different}` };
  }
  return intervalsOverlap(a, b)
    ? { verdict: 'compatible', reason: `${describeValue(a)} and ${describeValue(b)} overlap` }
    : { verdict: 'conflict', reason: `${describeValue(a)} and ${describeValue(b)} do not overlap` };
};
