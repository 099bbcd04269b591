/**
 * Hedged quantities → intervals. Written by hand (no library turns
 * "nearly $12 billion" or "hundreds of billions" into an interval): a linear
 * lexer (`quantity-tokens.ts`) and a small recursive-descent parser over
 * its tokens, so no input can make it backtrack.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { QuantityValue } from '../model/value.js';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_ADJECTIVES,
  DOLLAR_PREFIXES,
  isCurrencyCode,
} from './currency.js';
import { normalizeDiagnostic, type NormalizeDiagnostic } from './diagnostic.js';
import { tokenizeQuantity, type QuantityToken } from './quantity-tokens.js';
import {
  LEADING_HEDGES,
  PERCENT_WORDS,
  SCALE_WORDS,
  SHORT_SCALES,
  SYMBOL_HEDGES,
  TENS,
  TRAILING_HEDGES,
  UNITS,
  VAGUE_PLURALS,
  type HedgeKind,
} from './quantity-vocabulary.js';

/** Default relative width δ of a hedge: "about 100" → [90, 110]. */
export const DEFAULT_HEDGE_DELTA = 0.1;

/** Options of {@link parseQuantity}. */
export interface ParseQuantityOptions {
  /** Relative width δ of hedges such as "nearly" and "about" (0 ≤ δ < 1); default 0.1. */
  readonly delta?: number;
}

/** An amount before hedges apply: an interval `[low, high]` (high end maybe open). */
interface Amount {
  readonly low: number;
  readonly high: number;
  readonly highInclusive: boolean;
  readonly currency: string | undefined;
  readonly percent: boolean;
  /** The product of the scale words written ("billion" → 1e9); 1 when none. */
  readonly scale: number;
  /** A "+" written against the number ("50+"). */
  readonly plus: boolean;
}

interface Cursor {
  readonly tokens: readonly QuantityToken[];
  pos: number;
}

type Step<T> = E.Either<NormalizeDiagnostic, T>;

const SORTED_LEADING = [...LEADING_HEDGES].sort((a, b) => b[0].length - a[0].length);
const SORTED_TRAILING = [...TRAILING_HEDGES].sort((a, b) => b[0].length - a[0].length);
const DASHES = new Set(['-', '–', '—', '‒', '−']);
const MINUS = new Set(['-', '−']);

/**
 * Parse a quantity as a source writes it into an interval.
 *
 * Hedges (δ = `options.delta`, default 10%): "nearly/almost/just under X" →
 * [X(1−δ), X]; "about/around/roughly/approximately/some/~/≈ X" →
 * [X(1−δ), X(1+δ)]; "more than/over/above X" → (X, ∞); "at least X", "X+",
 * "X or more" → [X, ∞); "up to/as much as X" → [0, X]; "less than/under X" →
 * [0, X). Ranges "54–55", "between 10 and 12", "$10-12 billion"; scales
 * (thousand, million, billion, trillion, k, m, mn, bn, B, tn); vague plurals
 * ("dozens of" → [24, 120), "hundreds of billions" → [2×10¹¹, 10¹²));
 * "a dozen"; number words ("nine", "twenty-six"); currencies ($, US$, €, £,
 * ¥, ISO codes, "dollars"); percentages and "a majority" → (50, 100] %.
 * Words after the amount are kept as the `unit` ("countries and
 * organizations"), so different measures are not compared as one.
 *
 * @example
 * parseQuantity('nearly $12 billion')
 * // Right({ type: 'quantity', low: 10.8e9, high: 12e9, lowInclusive: true,
 * //         highInclusive: true, currency: 'USD', raw: 'nearly $12 billion' })
 * parseQuantity('more than 50 countries')
 * // Right({ …, low: 50, high: null, lowInclusive: false, highInclusive: false, unit: 'countries' })
 * parseQuantity('several')
 * // Left({ code: 'no-number', … })
 */
export const parseQuantity = (
  text: string,
  options: ParseQuantityOptions = {},
): E.Either<NormalizeDiagnostic, QuantityValue> => {
  const delta = options.delta ?? DEFAULT_HEDGE_DELTA;
  if (!(delta >= 0 && delta < 1)) {
    return E.left(normalizeDiagnostic('unrecognized', text, `delta must be at least 0 and below 1, got ${delta}`));
  }
  const normalized = text.normalize('NFKC').trim();
  if (normalized.length === 0) {
    return E.left(normalizeDiagnostic('empty', text, 'the quantity is empty', 'write a number, e.g. "nearly $12 billion"'));
  }
  const cursor: Cursor = { tokens: tokenizeQuantity(normalized), pos: 0 };
  return parseTokens(cursor, normalized, delta, text.trim());
};

const parseTokens = (c: Cursor, text: string, delta: number, raw: string): Step<QuantityValue> => {
  const majority = parseMajority(c);
  if (majority !== undefined) {
    const unit = unitAfter(c, text, true);
    return E.isLeft(unit) ? unit : E.right(build(majority, unit.right, raw));
  }
  const hedge = parseLeadingHedge(c);
  const between = acceptWords(c, ['between']) || acceptWords(c, ['from']);
  const first = parseAmount(c, text);
  if (E.isLeft(first)) return first;
  let amount = first.right;
  if (isRangeJoiner(c, between)) {
    const second = parseAmount(c, text);
    if (E.isLeft(second)) return second;
    const joined = joinRange(amount, second.right, text);
    if (E.isLeft(joined)) return joined;
    amount = joined.right;
  } else if (between) {
    return E.left(normalizeDiagnostic('invalid-range', text, 'a range "between X and Y" needs its second number', 'write e.g. "between 10 and 12"'));
  }
  const trailing = hedge === undefined ? parseTrailingHedge(c) : undefined;
  const kind: HedgeKind | undefined = hedge ?? trailing ?? (amount.plus ? 'atLeast' : undefined);
  const unit = unitAfter(c, text, amount.percent);
  if (E.isLeft(unit)) return unit;
  return E.right(build(applyHedge(kind, amount, delta), unit.right, raw, amount.currency));
};

interface Interval {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

const build = (interval: Interval, u: string | undefined, raw: string, currency?: string): QuantityValue => {
  return {
    type: 'quantity',
    low: interval.low === null ? null : round(interval.low),
    high: interval.high === null ? null : round(interval.high),
    lowInclusive: interval.low !== null && interval.lowInclusive,
    highInclusive: interval.high !== null && interval.highInclusive,
    ...(u !== undefined ? { unit: u } : {}),
    ...(currency !== undefined ? { currency } : {}),
    raw,
  };
};

/** Twelve significant digits: 12e9 × 0.9 is 10.8e9, not 10800000000.000002. */
const round = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(12)));

/** "nearly X" etc. applied to an amount [a, b]. */
const applyHedge = (kind: HedgeKind | undefined, a: Amount, delta: number): Interval => {
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

// ---------------------------------------------------------------- cursor helpers

const peek = (c: Cursor, offset = 0): QuantityToken | undefined => c.tokens[c.pos + offset];

const wordAt = (c: Cursor, offset = 0): string | undefined => {
  const t = peek(c, offset);
  return t?.kind === 'word' ? t.text : undefined;
};

const symbolAt = (c: Cursor, offset = 0): string | undefined => {
  const t = peek(c, offset);
  return t?.kind === 'symbol' ? t.text : undefined;
};

/** Consume the words if they come next, in order. */
const acceptWords = (c: Cursor, words: readonly string[]): boolean => {
  for (let i = 0; i < words.length; i += 1) if (wordAt(c, i) !== words[i]) return false;
  c.pos += words.length;
  return true;
};

const parseLeadingHedge = (c: Cursor): HedgeKind | undefined => {
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

const parseTrailingHedge = (c: Cursor): HedgeKind | undefined => {
  for (const [words, kind] of SORTED_TRAILING) if (acceptWords(c, words)) return kind;
  return undefined;
};

/** "a majority" → (50, 100] %, "a minority" → [0, 50) %. */
const parseMajority = (c: Cursor): Interval | undefined => {
  const start = c.pos;
  if (wordAt(c) === 'a' || wordAt(c) === 'the') c.pos += 1;
  if (acceptWords(c, ['majority'])) return { low: 50, high: 100, lowInclusive: false, highInclusive: true };
  if (acceptWords(c, ['minority'])) return { low: 0, high: 50, lowInclusive: true, highInclusive: false };
  c.pos = start;
  return undefined;
};

/** After a first amount: "–", "-", "to", or "and" (after "between"), followed by a second amount. */
const isRangeJoiner = (c: Cursor, between: boolean): boolean => {
  const sym = symbolAt(c);
  const word = wordAt(c);
  const joins = (sym !== undefined && DASHES.has(sym)) || word === 'to' || (between && word === 'and');
  if (!joins) return false;
  if (!startsAmount(c, 1)) return false;
  c.pos += 1;
  return true;
};

/** Whether an amount can start `offset` tokens ahead. */
const startsAmount = (c: Cursor, offset: number): boolean => {
  const t = peek(c, offset);
  if (t === undefined) return false;
  if (t.kind === 'number') return true;
  if (t.kind === 'symbol') return CURRENCY_SYMBOLS.has(t.text) || (MINUS.has(t.text) && peek(c, offset + 1)?.kind === 'number');
  return (
    UNITS.has(t.text) ||
    TENS.has(t.text) ||
    VAGUE_PLURALS.has(t.text) ||
    (t.text === 'a' && wordAt(c, offset + 1) === 'dozen') ||
    DOLLAR_PREFIXES.has(t.text) ||
    isCurrencyCode(t.original)
  );
};

const joinRange = (a: Amount, b: Amount, text: string): Step<Amount> => {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) {
    return E.left(normalizeDiagnostic('invalid-range', text, `a range cannot go from ${a.currency} to ${b.currency}`));
  }
  // "$10-12 billion": the scale written once applies to both ends
  const factor = a.scale === 1 ? b.scale : 1;
  const low = a.low * factor;
  if (low > b.high) {
    return E.left(
      normalizeDiagnostic('invalid-range', text, `the range starts above where it ends (${low} > ${b.high})`, 'write the smaller number first'),
    );
  }
  return E.right({
    low,
    high: b.high,
    highInclusive: b.highInclusive,
    currency: a.currency ?? b.currency,
    percent: a.percent || b.percent,
    scale: b.scale,
    plus: b.plus,
  });
};

// ---------------------------------------------------------------- amounts

const parseAmount = (c: Cursor, text: string): Step<Amount> => {
  const startToken = peek(c);
  let currency = parseCurrencyPrefix(c);
  let sign = 1;
  const sym = symbolAt(c);
  if (sym !== undefined && MINUS.has(sym) && peek(c, 1)?.kind === 'number' && !peek(c, 1)?.spaceBefore) {
    sign = -1;
    c.pos += 1;
  }
  if (currency === undefined) currency = parseCurrencyPrefix(c);
  const base = parseBase(c);
  if (base === undefined) {
    const at = startToken === undefined ? 'nothing' : `"${text.slice(startToken.start, Math.min(startToken.end, startToken.start + 30))}"`;
    const code = c.tokens.some((t) => t.kind === 'number') ? 'unrecognized' : 'no-number';
    return E.left(
      normalizeDiagnostic(
        code,
        text,
        `expected a number at ${at}`,
        'write a number, optionally after a hedge: "nearly $12 billion", "more than 50 countries", "54–55%"',
      ),
    );
  }
  let { low, high } = base;
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    return E.left(normalizeDiagnostic('unrecognized', text, 'the number is too large'));
  }
  let plus = false;
  const plusToken = peek(c);
  if (plusToken?.kind === 'symbol' && plusToken.text === '+' && !plusToken.spaceBefore) {
    plus = true;
    c.pos += 1;
  }
  // scale chain: "12 billion", "12bn", "hundreds of billions", "two dozen"
  let scale = 1;
  for (;;) {
    const t = peek(c);
    if (t?.kind !== 'word') break;
    const factor = SCALE_WORDS.get(t.text);
    const isShort = SHORT_SCALES.has(t.text);
    if (t.text === 'dozen') {
      low *= 12;
      high *= 12;
      c.pos += 1;
      continue;
    }
    if (factor === undefined || (isShort && t.spaceBefore && currency === undefined)) break;
    low *= factor;
    high *= factor;
    scale *= factor;
    c.pos += 1;
    if (wordAt(c) === 'of' && t.text.endsWith('s')) c.pos += 1;
    if (!plus) {
      const p = peek(c);
      if (p?.kind === 'symbol' && p.text === '+' && !p.spaceBefore) {
        plus = true;
        c.pos += 1;
      }
    }
  }
  const percent = parsePercent(c);
  if (!percent) {
    const suffix = parseCurrencySuffix(c);
    if (suffix !== undefined) {
      if (currency !== undefined && suffix !== currency) {
        return E.left(normalizeDiagnostic('unrecognized', text, `the amount names two currencies, ${currency} and ${suffix}`));
      }
      currency = suffix;
    }
  }
  return E.right({
    low: sign * (sign < 0 ? high : low),
    high: sign * (sign < 0 ? low : high),
    highInclusive: base.highInclusive,
    currency,
    percent,
    scale,
    plus,
  });
};

interface Base {
  readonly low: number;
  readonly high: number;
  readonly highInclusive: boolean;
}

/** A number, number words, "a dozen", or a vague plural ("hundreds of"). */
const parseBase = (c: Cursor): Base | undefined => {
  const t = peek(c);
  if (t === undefined) return undefined;
  if (t.kind === 'number') {
    c.pos += 1;
    return { low: t.value, high: t.value, highInclusive: true };
  }
  if (t.kind !== 'word') return undefined;
  const vague = VAGUE_PLURALS.get(t.text);
  if (vague !== undefined) {
    c.pos += 1;
    if (wordAt(c) === 'of') c.pos += 1;
    return { low: 2 * vague, high: 10 * vague, highInclusive: false };
  }
  const words = parseNumberWords(c);
  return words === undefined ? undefined : { low: words, high: words, highInclusive: true };
};

const BIG_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * Number words: "nine", "twenty-six", "a hundred", "one hundred and twenty",
 * "two hundred thousand", "a dozen", "half a million". Stops before anything else.
 */
const parseNumberWords = (c: Cursor): number | undefined => {
  const start = c.pos;
  let total = 0;
  let current = 0;
  let any = false;
  let afterTens = false;
  for (;;) {
    const w = wordAt(c);
    if (w === undefined) break;
    const next = wordAt(c, 1);
    if ((w === 'a' || w === 'an') && !any && next !== undefined && (next === 'hundred' || next === 'dozen' || BIG_WORDS.has(next))) {
      current = 1;
      any = true;
      c.pos += 1;
      continue;
    }
    // "half a million" → 0.5, then the scale chain multiplies
    if (w === 'half' && !any && (next === 'a' || next === 'an') && BIG_WORDS.has(wordAt(c, 2) ?? '')) {
      c.pos += 2;
      return 0.5;
    }
    const unit = UNITS.get(w);
    const tens = TENS.get(w);
    if (unit !== undefined && (current % 100 === 0 || (afterTens && unit >= 1 && unit <= 9))) {
      afterTens = false;
      current += unit;
      any = true;
      c.pos += 1;
      continue;
    }
    if (tens !== undefined && current % 100 === 0) {
      current += tens;
      any = true;
      afterTens = true;
      c.pos += 1;
      // "twenty-six"
      const dash = peek(c);
      const after = wordAt(c, 1);
      const u = after === undefined ? undefined : UNITS.get(after);
      if (dash?.kind === 'symbol' && DASHES.has(dash.text) && !dash.spaceBefore && u !== undefined && u >= 1 && u <= 9) {
        current += u;
        afterTens = false;
        c.pos += 2;
      }
      continue;
    }
    if (w === 'hundred' && any && current % 100 !== 0) {
      current = current * 100;
      c.pos += 1;
      continue;
    }
    if (w === 'dozen' && any) {
      current *= 12;
      c.pos += 1;
      continue;
    }
    const big = BIG_WORDS.get(w);
    if (big !== undefined && any && current > 0 && (total === 0 || total > current * big)) {
      // only as part of a longer number ("two hundred thousand five hundred"); a
      // trailing scale is left to the scale chain so "12 billion" and
      // "twelve billion" go the same way
      const following = wordAt(c, 1);
      if (following === undefined || !(UNITS.has(following) || TENS.has(following) || following === 'and')) break;
      total += current * big;
      current = 0;
      c.pos += 1;
      continue;
    }
    if (w === 'and' && any && current >= 100 && next !== undefined && (UNITS.has(next) || TENS.has(next))) {
      c.pos += 1;
      continue;
    }
    break;
  }
  if (!any) {
    c.pos = start;
    return undefined;
  }
  return total + current;
};

const parsePercent = (c: Cursor): boolean => {
  const sym = symbolAt(c);
  if (sym === '%' || sym === '٪') {
    c.pos += 1;
    return true;
  }
  for (const words of PERCENT_WORDS) if (acceptWords(c, words)) return true;
  return false;
};

const parseCurrencyPrefix = (c: Cursor): string | undefined => {
  const t = peek(c);
  if (t === undefined) return undefined;
  if (t.kind === 'symbol') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    if (code !== undefined) c.pos += 1;
    return code;
  }
  if (t.kind !== 'word') return undefined;
  const next = peek(c, 1);
  const dollar = DOLLAR_PREFIXES.get(t.text);
  if (dollar !== undefined && next?.kind === 'symbol' && next.text === '$' && !next.spaceBefore) {
    c.pos += 2;
    return dollar;
  }
  if (isCurrencyCode(t.original) && next !== undefined && (next.kind === 'number' || next.kind === 'symbol')) {
    c.pos += 1;
    return t.original;
  }
  return undefined;
};

const parseCurrencySuffix = (c: Cursor): string | undefined => {
  const start = c.pos;
  if (wordAt(c) === 'of') c.pos += 1;
  const t = peek(c);
  if (t?.kind === 'word') {
    if (isCurrencyCode(t.original)) {
      c.pos += 1;
      return t.original;
    }
    const adjective = DOLLAR_ADJECTIVES.get(t.text);
    const after = wordAt(c, 1);
    if (adjective !== undefined && (after === 'dollars' || after === 'dollar')) {
      c.pos += 2;
      return adjective;
    }
    const word = CURRENCY_WORDS.get(t.text);
    if (word !== undefined) {
      c.pos += 1;
      return word;
    }
  }
  c.pos = start;
  return undefined;
};

/**
 * The words after the amount, lower-cased with single spaces, as the unit
 * ("countries and organizations"). A percentage's unit starts with "%".
 * Another number there means the text is not one quantity.
 */
const unitAfter = (c: Cursor, text: string, percent: boolean): Step<string | undefined> => {
  let first: number | undefined;
  let last: number | undefined;
  for (let i = c.pos; i < c.tokens.length; i += 1) {
    const t = c.tokens[i] as QuantityToken;
    if (t.kind === 'number') {
      return E.left(
        normalizeDiagnostic('unrecognized', text, `found another number after the amount, at "${text.slice(t.start, t.start + 20)}"`, 'give one quantity per value'),
      );
    }
    if (t.kind === 'symbol' && TRAILING_PUNCTUATION.has(t.text)) continue;
    if (first === undefined) {
      if (!percent && t.kind === 'word' && t.text === 'of') continue;
      first = t.start;
    }
    last = t.end;
  }
  c.pos = c.tokens.length;
  const words = first === undefined || last === undefined ? '' : collapseSpaces(text.slice(first, last).toLowerCase());
  if (percent) return E.right(words.length > 0 ? `% ${words}` : '%');
  return E.right(words.length > 0 ? words : undefined);
};

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', '(', '"', '”', '“']);

const collapseSpaces = (s: string): string => {
  let out = '';
  let space = false;
  for (const ch of s) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
};
