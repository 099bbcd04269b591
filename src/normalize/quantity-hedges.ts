/**
 * Hedges around an amount ("nearly", "more than", "or more"), proportions
 * in words ("nearly all", "most", "a majority") and fractions ("half",
 * "two-thirds"), and the intervals they make. The vocabulary and its semantics are in
 * `quantity-vocabulary.ts`.
 */
import { acceptWords, DASHES, peek, symbolAt, wordAt, type Cursor } from './quantity-cursor.js';
import {
  FRACTIONS,
  LEADING_HEDGES,
  PROPORTIONS,
  SYMBOL_HEDGES,
  TRAILING_HEDGES,
  type HedgeKind,
} from './quantity-vocabulary.js';

/** An interval with nullable (unbounded) ends, before rounding. */
export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** An amount as written, before any hedge: [low, high], the high end maybe open ("dozens"). */
export interface PlainAmount {
  readonly low: number;
  readonly high: number;
  readonly highInclusive: boolean;
}

/**
 * "1,200-odd towns", "20-odd years", "£30-odd million": a little more than
 * the round figure written, up to the next step of its last non-zero digit
 * — (1,200, 1,300), (20, 30), (£30m, £40m). Only joined by a hyphen: in
 * "1,200 odd numbers" the word is the unit's. The word is read (so it is not
 * taken into the unit) when a hyphen joins it; `true` when it was there.
 */
export const parseOddSuffix = (c: Cursor, hyphenated: boolean): boolean => hyphenated && acceptWords(c, ['odd']);

/** The interval of "X-odd" (times a scale written after it): above X, below X plus the place of X's last non-zero digit. */
export const oddInterval = (a: PlainAmount, scale = 1): Interval => {
  const x = a.high * scale;
  let place = 1;
  if (Number.isInteger(x) && x !== 0) while (x % (place * 10) === 0) place *= 10;
  return { low: x, high: x + place, lowInclusive: false, highInclusive: false };
};

const SORTED_LEADING = [...LEADING_HEDGES].sort((a, b) => b[0].length - a[0].length);
const SORTED_TRAILING = [...TRAILING_HEDGES].sort((a, b) => b[0].length - a[0].length);

/** "nearly X" etc. applied to an amount [a, b]. */
export const applyHedge = (kind: HedgeKind | undefined, a: PlainAmount, delta: number): Interval => {
  const { low, high } = a;
  const floor = (x: number): number | null => (x >= 0 ? 0 : null);
  switch (kind) {
    case undefined:
      return { low, high, lowInclusive: true, highInclusive: a.highInclusive };
    case 'below':
      return { low: shrink(low, delta), high, lowInclusive: true, highInclusive: a.highInclusive };
    case 'around':
      return { low: shrink(low, delta), high: grow(high, delta), lowInclusive: true, highInclusive: a.highInclusive };
    case 'justOver':
      return { low: high, high: grow(high, delta), lowInclusive: false, highInclusive: true };
    case 'over':
      return { low, high: null, lowInclusive: false, highInclusive: false };
    case 'atLeast':
      return { low, high: null, lowInclusive: true, highInclusive: false };
    case 'upTo':
      return { low: floor(high), high, lowInclusive: true, highInclusive: a.highInclusive };
    case 'under':
      return { low: floor(high), high, lowInclusive: true, highInclusive: false };
  }
};

/** Move a number δ towards −∞ (relative to its size). */
const shrink = (x: number, delta: number): number => x - Math.abs(x) * delta;
/** Move a number δ towards +∞ (relative to its size). */
const grow = (x: number, delta: number): number => x + Math.abs(x) * delta;

/** A hedge before the amount: "nearly", "more than", "~", ">=". */
export const parseLeadingHedge = (c: Cursor): HedgeKind | undefined => {
  const sym = symbolAt(c);
  if (sym !== undefined) {
    const kind = SYMBOL_HEDGES.get(sym);
    if (kind === undefined) return undefined;
    c.pos += 1;
    // ">=" and "<="
    const next = peek(c);
    if (next?.kind === 'symbol' && next.text === '=' && !next.spaceBefore) {
      c.pos += 1;
      return kind === 'over' ? 'atLeast' : kind === 'under' ? 'upTo' : kind;
    }
    return kind;
  }
  for (const [words, kind] of SORTED_LEADING) if (acceptWords(c, words)) return kind;
  return undefined;
};

/** A hedge after the amount: "or more", "or so". */
export const parseTrailingHedge = (c: Cursor): HedgeKind | undefined => {
  for (const [words, kind] of SORTED_TRAILING) if (acceptWords(c, words)) return kind;
  return undefined;
};

const SORTED_PROPORTIONS = [...PROPORTIONS].sort((a, b) => b[0].length - a[0].length);
const SORTED_FRACTIONS = [...FRACTIONS].sort((a, b) => b[0].length - a[0].length);

/** A proportion in words ("nearly all", "most", "a majority", "the vast majority") → its interval in %. */
export const parseProportion = (c: Cursor): Interval | undefined => {
  for (const [words, interval] of SORTED_PROPORTIONS) {
    // "all" only when nothing numeric follows ("all 27 members" is a count)
    if (acceptWords(c, words)) {
      if (words.length === 1 && words[0] === 'all' && peek(c)?.kind === 'number') {
        c.pos -= 1;
        return undefined;
      }
      return interval;
    }
  }
  return undefined;
};

/** A fraction in words ("half", "a third", "two-thirds", "three quarters") → its value in %. */
export const parseFraction = (c: Cursor): number | undefined => {
  for (const [words, value] of SORTED_FRACTIONS) {
    const start = c.pos;
    let ok = true;
    for (let i = 0; i < words.length && ok; i += 1) {
      // "two-thirds": a dash between the words
      if (i > 0 && symbolAt(c) !== undefined && DASHES.has(symbolAt(c) as string)) c.pos += 1;
      if (wordAt(c) === words[i] || (words[i]?.endsWith('s') === true && wordAt(c) === words[i]?.slice(0, -1))) c.pos += 1;
      else ok = false;
    }
    if (ok) return value;
    c.pos = start;
  }
  return undefined;
};
