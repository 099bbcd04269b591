/**
 * Hedged quantities → intervals. Written by hand (no library turns
 * "nearly $12 billion" or "hundreds of billions" into an interval): a linear
 * lexer (`quantity-tokens.ts`) and a small recursive-descent parser over
 * its tokens, so no input can make it backtrack.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { QuantityValue } from '../values/kinds/quantity.js';
import { CURRENCY_SYMBOLS, DOLLAR_PREFIXES, isCurrencyCode } from './currency.js';
import type { Message } from '../model/message.js';
import { fromEither, type Result } from '../model/result.js';
import { normalizeMessage } from './diagnostic.js';
import { mixedStep, parseDigitFraction, spaceVulgarFractions } from './digit-fractions.js';
import { parseNumberWords } from './number-words.js';
import { acceptWords, DASHES, MINUS, peek, symbolAt, wordAt, type Cursor } from './quantity-cursor.js';
import { parseCurrencyPrefix, parseCurrencySuffix } from './quantity-currency.js';
import {
  applyHedge,
  oddInterval,
  parseFraction,
  parseOddSuffix,
  parseLeadingHedge,
  parseProportion,
  parseTrailingHedge,
  type Interval,
  type PlainAmount,
} from './quantity-hedges.js';
import { tokenizeQuantity, type QuantityToken } from './quantity-tokens.js';
import {
  FRACTION_DIGITS,
  FRACTION_STEP,
  isMeasureUnit,
  MEASURE_UNITS,
  PERCENT_WORDS,
  SCALE_WORDS,
  SHORT_SCALES,
  TENS,
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

/** An amount before hedges apply, with what was written around it. */
interface Amount extends PlainAmount {
  readonly currency: string | undefined;
  readonly percent: boolean;
  /** The product of the scale words written ("billion" → 1e9); 1 when none. */
  readonly scale: number;
  /** A "+" written against the number ("50+"). */
  readonly plus: boolean;
  /** The place value of the last significant digit written (scaled); undefined for vague amounts ("dozens of"). */
  readonly step: number | undefined;
  /** The significant digits to show a fraction in words at (`FRACTION_DIGITS`); undefined for digits written. */
  readonly shown: number | undefined;
  /** The figure written in digits, when the amount is one ("1.2 billion"); read as a decimal, never multiplied. */
  readonly figure: Figure | undefined;
  /** The ends that are figures written (each the double nearest the decimal written): kept to the last bit, not tidied by `round`. */
  readonly exact: readonly number[];
}

/**
 * A figure as written in digits and scaled by powers of ten ("1.2 billion":
 * digits "1.2", exponent 9): its value is the double nearest that decimal,
 * read at once from the decimal (`Number("1.2e9")`), not 1.2 × 10^9 computed
 * in doubles (1200000000.0000002 for some figures).
 */
interface Figure {
  readonly digits: string;
  readonly exponent: number;
  readonly negative: boolean;
}

/** The double nearest the figure's decimal value. */
const figureValue = (f: Figure, exponent = f.exponent): number => Number(`${f.negative ? '-' : ''}${f.digits}e${exponent}`);

/** The power of ten a scale word is ("billion" → 9); every scale word is one. */
const powerOfTen = (factor: number): number => Math.round(Math.log10(factor));

type Step<T> = E.Either<Message, T>;

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
 * ¥, ISO codes, "dollars"); percentages; proportions in words ("nearly
 * all" → [90, 100) %, "most" and "a majority" → (50, 100] %) and fractions
 * ("half" → 50 % ±5). Words after the amount are kept as the `unit`
 * ("countries and organizations"), so different measures are not compared
 * as one. `step` records the precision the words imply: the place of the
 * last significant digit ("$12 billion" → 1e9, "1.67" → 0.01; trailing zeros
 * of a whole number count as rounding down to two significant digits, so
 * "$100 billion" → 1e10); a whole count of things ("54 countries",
 * "five members": no currency, percentage, scale word or measuring unit)
 * is exact and has no step unless its trailing zeros go past two
 * significant digits ("1,200 homes" → 100). Mixed numbers and fractions in
 * digits are read too ("1½ miles", "1 1/2 miles", "3/4 inch").
 *
 * @example
 * parseQuantity('nearly $12 billion')
 * // { ok: true, value: { type: 'quantity', low: 10.8e9, high: 12e9, lowInclusive: true,
 * //                      highInclusive: true, currency: 'USD', raw: 'nearly $12 billion' }, messages: [] }
 * parseQuantity('more than 50 countries').value
 * // { …, low: 50, high: null, lowInclusive: false, highInclusive: false, unit: 'countries' }
 * parseQuantity('several')
 * // { ok: false, messages: [{ source: 'normalize', code: 'no-number', … }] }
 */
export const parseQuantity = (text: string, options: ParseQuantityOptions = {}): Result<QuantityValue> =>
  fromEither(readQuantity(text, options));

/** {@link parseQuantity} as an fp-ts chain, for the parsers that build on it. */
export const readQuantity = (text: string, options: ParseQuantityOptions = {}): Step<QuantityValue> => {
  const delta = options.delta ?? DEFAULT_HEDGE_DELTA;
  if (!(delta >= 0 && delta < 1)) {
    return E.left(normalizeMessage('unrecognized', text, `delta must be at least 0 and below 1, got ${delta}`));
  }
  // "1½" is one and a half: spaced before NFKC, which would run its digits together ("11⁄2")
  const normalized = spaceVulgarFractions(text).normalize('NFKC').trim();
  if (normalized.length === 0) {
    return E.left(normalizeMessage('empty', text, 'the quantity is empty', 'write a number, e.g. "nearly $12 billion"'));
  }
  const cursor: Cursor = { tokens: tokenizeQuantity(normalized), pos: 0 };
  return E.chain(finiteBounds(text))(parseTokens(cursor, normalized, delta, text.trim()));
};

/**
 * Every bound a number (or open): scale words can multiply past the largest
 * double ("1 billion billion … billion" is Infinity), and a value with
 * Infinity bounds would serialize as null and compare as anything.
 */
const finiteBounds =
  (text: string) =>
  (value: QuantityValue): Step<QuantityValue> =>
    (value.low === null || Number.isFinite(value.low)) && (value.high === null || Number.isFinite(value.high))
      ? E.right(value)
      : E.left(normalizeMessage('unrecognized', text, 'the number is too large (beyond about 1.8 × 10^308)', 'write the amount with fewer scale words'));

const parseTokens = (c: Cursor, text: string, delta: number, raw: string): Step<QuantityValue> => {
  const proportion = parseProportion(c);
  if (proportion !== undefined) {
    const unit = unitAfter(c, text, true);
    return E.isLeft(unit) ? unit : E.right(build(proportion, unit.right, raw, undefined, undefined));
  }
  const hedge = parseLeadingHedge(c);
  skipArticle(c);
  const between = acceptWords(c, ['between']) || acceptWords(c, ['from']);
  const first = parseAmount(c, text);
  if (E.isLeft(first)) return first;
  let amount = first.right;
  const joiner = isRangeJoiner(c, between);
  if (joiner !== undefined) {
    const second = parseAmount(c, text);
    if (E.isLeft(second)) return second;
    const joined = joinRange(amount, second.right, text, joiner);
    if (E.isLeft(joined)) return joined;
    amount = joined.right;
  } else if (between) {
    return E.left(normalizeMessage('invalid-range', text, 'a range "between X and Y" needs its second number', 'write e.g. "between 10 and 12"'));
  }
  const odd = parseOddSuffix(c, skipJoiningHyphen(c));
  // "£30-odd million": the scale comes after the hedge
  const oddScale = odd ? scaleWordAt(c, amount.currency) : undefined;
  const scaleAfterOdd = oddScale ?? 1;
  if (oddScale !== undefined) c.pos += 1;
  if (odd) skipJoiningHyphen(c); // "a 40-odd-page report"
  const trailing = hedge === undefined && !odd ? parseTrailingHedge(c) : undefined;
  const kind: HedgeKind | undefined = hedge ?? trailing ?? (amount.plus ? 'atLeast' : undefined);
  const unit = unitAfter(c, text, amount.percent);
  if (E.isLeft(unit)) return unit;
  // "1,200-odd": its interval is its vagueness (a leading hedge, "about 1,200-odd", says the same and wins)
  if (odd && kind === undefined) return E.right(build(oddInterval(amount, scaleAfterOdd), unit.right, raw, amount.currency, undefined));
  const step = roundingStep(amount, unit.right);
  const interval = applyHedge(kind, amount, delta);
  if (kind === undefined || step === undefined) return E.right(build(interval, unit.right, raw, amount.currency, step, undefined, amount.exact));
  // Widened once, without its step: a fraction's ends are then shown to the digits of its words ("more than 66.7%").
  return E.right(build(widenedOnce(kind, interval, amount, step), unit.right, raw, amount.currency, undefined, amount.shown, amount.exact));
};

/**
 * A hedged amount with a rounding step is widened once and carries no step.
 * An end the hedge makes approximate ("about $4 million" both, the low end
 * of "nearly $12 billion", the high end of "just over 40%") is widened by
 * the hedge or by half the step, whichever is wider — not by both, once
 * when it is read and again when it is compared ("about $4 million" was
 * 3.1–4.9 million). An end the hedge makes a bound — the written figure of
 * "more than two billion euros", "nearly", "up to", "under" — stays the
 * written figure: "more than two billion" is more than two billion, not
 * more than 1.5 billion, so "about €1.8bn" is in tension with it. A
 * share's bound is its written figure too: "more than a third" is more
 * than 33.3%, so "30%" conflicts with it.
 */
const widenedOnce = (kind: HedgeKind, hedged: Interval, amount: PlainAmount, step: number): Interval => {
  const half = step / 2;
  const ends = APPROXIMATE_ENDS[kind];
  return {
    ...hedged,
    low: hedged.low === null || !ends.low ? hedged.low : Math.min(hedged.low, amount.low - half),
    high: hedged.high === null || !ends.high ? hedged.high : Math.max(hedged.high, amount.high + half),
  };
};

/** Which ends of its interval each hedge leaves approximate; the others are bounds at the written figure (or open, or zero). */
const APPROXIMATE_ENDS: Readonly<Record<HedgeKind, { readonly low: boolean; readonly high: boolean }>> = {
  around: { low: true, high: true },
  below: { low: true, high: false },
  justOver: { low: false, high: true },
  over: { low: false, high: false },
  atLeast: { low: false, high: false },
  upTo: { low: false, high: false },
  under: { low: false, high: false },
};

/**
 * The precision of an amount: its step, unless it is exact —
 *
 * - a count of things (a whole number with no currency, percentage, scale
 *   word or measuring unit: "54 countries", "five members", "1,180 homes")
 *   is exact unless its trailing zeros go past two significant digits:
 *   "1,200 homes" and "200 homes" may be rounded to their hundreds and
 *   tens and are read as 1,150–1,250 and 195–205 (`digitStep`), "180
 *   homes" as 175–185, but "50 countries" keeps its zero within two digits
 *   and is the count 50 (a rounding to a unit is no rounding of whole
 *   things);
 * - a lone digit of a unit: a whole number from 0 to 9 written without a
 *   scale word ("one mile", "2 miles", "3 days", "$5"; not "7%"). Rounding
 *   lives in trailing zeros ("200 tons" ±5, "1,200 km" ±50), scale words
 *   ("$12 billion" ±0.5 billion), decimal places ("0.5 miles" ±0.05) and the
 *   last of two or more digits ("54%" ±0.5, "12 km" ±0.5) — each at most a
 *   twentieth of the figure. A lone digit's own place would be ±0.5 on 1 to
 *   9, a tenth to a half of it: "one mile" would take in half a mile and
 *   "2 miles" one mile, which no reader grants. A writer who means a rough
 *   figure says so ("about a mile"), and the hedge widens it;
 * - a figure written to more decimal places than a double can widen
 *   (below about 2.2 × 10^-308, "0.000…5" as YAML writes 5e-324): its
 *   rounding would be 0 or lost, so it is read as exact. Every step is
 *   finite and positive, or there is none.
 */
const roundingStep = (amount: Amount, unit: string | undefined): number | undefined => {
  if (amount.step === undefined) return undefined;
  const measured = amount.currency !== undefined || amount.percent || amount.scale !== 1 || isMeasureUnit(unit);
  const whole = Number.isInteger(amount.low) && Number.isInteger(amount.high);
  if (whole && !measured) return isZerosStep(amount.step) ? usableStep(amount.step) : undefined;
  if (whole && isLoneDigit(amount) && !amount.percent) return undefined;
  return usableStep(round(amount.step));
};

/** Whether a count's step comes from trailing zeros past two significant digits: a power of ten of at least 10 ("1,200" → 100; not "2 dozen" → 12). */
const isZerosStep = (step: number): boolean => step >= 10 && 10 ** Math.round(Math.log10(step)) === step;

/** The smallest normal double: a step below it cannot be halved and added to a figure reliably. */
const SMALLEST_STEP = 2 ** -1022;

/** A step that is finite and positive and can be used, else none (the figure is exact). */
const usableStep = (step: number): number | undefined => (Number.isFinite(step) && step >= SMALLEST_STEP ? step : undefined);

/**
 * Every end a whole number below ten, written to the unit (step 1, no scale
 * word): "one mile", "2–3 days". A percentage is not one: "per cent" is a
 * scale (hundredths), and "4%" is how "4.2%" is rounded.
 */
const isLoneDigit = (amount: Amount): boolean =>
  amount.step === 1 && amount.scale === 1 && Math.abs(amount.low) < 10 && Math.abs(amount.high) < 10;

/**
 * The place value of the last significant digit of digits as written:
 * "1.67" → 0.01, "12" → 1, "120" → 10, "2300" → 100. Trailing zeros of a
 * whole number are read as rounding, but never below two significant
 * digits ("100" → 10, "40" → 1, "2" → 1).
 */
const digitStep = (digits: string): number => {
  const point = digits.indexOf('.');
  if (point >= 0) return 10 ** -(digits.length - point - 1);
  const whole = digits.replace(/^0+(?=\d)/, '');
  let zeros = 0;
  while (zeros < whole.length - 1 && whole[whole.length - 1 - zeros] === '0') zeros += 1;
  const significant = Math.max(whole.length - zeros, Math.min(2, whole.length));
  return 10 ** (whole.length - significant);
};

const build = (
  interval: Interval,
  u: string | undefined,
  raw: string,
  currency: string | undefined,
  step: number | undefined,
  shown?: number,
  exact: readonly number[] = [],
): QuantityValue => {
  return {
    type: 'quantity',
    low: interval.low === null ? null : tidy(interval.low, exact),
    high: interval.high === null ? null : tidy(interval.high, exact),
    lowInclusive: interval.low !== null && interval.lowInclusive,
    highInclusive: interval.high !== null && interval.highInclusive,
    ...(u !== undefined ? { unit: u } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(step !== undefined ? { step } : {}),
    ...(shown !== undefined ? { shownDigits: shown } : {}),
    raw,
  };
};

/** Twelve significant digits: 12e9 × 0.9 is 10.8e9, not 10800000000.000002. */
const round = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(12)));

/**
 * An end of the interval: a figure as written is kept to the last bit of its
 * double (`exact`: "0.30000000000000004", "1.7976931348623157e308" stay what
 * they are); an end computed from one (a hedge's 10% off, "-odd"'s next step)
 * is tidied to twelve significant digits (`round`). -0 is 0.
 */
const tidy = (x: number, exact: readonly number[]): number => (x === 0 ? 0 : exact.includes(x) ? x : round(x));

/** After a first amount: "–", "-", "to", or "and" (after "between"), followed by a second amount. */
const isRangeJoiner = (c: Cursor, between: boolean): RangeJoiner | undefined => {
  const sym = symbolAt(c);
  const word = wordAt(c);
  const joiner = sym !== undefined && DASHES.has(sym) ? 'dash' : word === 'to' || (between && word === 'and') ? 'word' : undefined;
  if (joiner === undefined || !startsAmount(c, 1)) return undefined;
  c.pos += 1;
  return joiner;
};

/** How the two ends of a range are joined: a dash ("10-12 million", one figure) or a word ("500 to 2 million", "between 10 and 12"). */
type RangeJoiner = 'dash' | 'word';

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

const joinRange = (a: Amount, b: Amount, text: string, joiner: RangeJoiner): Step<Amount> => {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) {
    return E.left(normalizeMessage('invalid-range', text, `a range cannot go from ${a.currency} to ${b.currency}`));
  }
  // "$10-12 billion": the scale written once applies to both ends. Joined
  // by a word, the first end may stand alone when sharing the scale would
  // put it above the high one ("500 to 2 million"); joined by a dash the
  // range is one figure, so "10-5 million" runs backwards and is refused.
  const factor = a.scale === 1 && (joiner === 'dash' || a.low * b.scale <= b.high) ? b.scale : 1;
  // The first end scaled as written ("10" and "billion": 10e9, read as a decimal, exactly).
  const low = factor === 1 ? a.low : a.figure !== undefined ? figureValue(a.figure, a.figure.exponent + powerOfTen(factor)) : a.low * factor;
  if (low > b.high) {
    return E.left(
      normalizeMessage('invalid-range', text, `the range starts above where it ends (${low} > ${b.high})`, 'write the smaller number first'),
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
    // the coarser precision of the two ends; the first end takes the scale written once ("$10-12 billion");
    // a lone digit of a unit is exact, so beside a finer end it adds no rounding ("1½–2 miles" is 1.5–2 ±0.05)
    step: a.step === undefined || b.step === undefined ? undefined : rangeStep(a, b, factor),
    shown: a.shown === undefined ? b.shown : b.shown === undefined ? a.shown : Math.max(a.shown, b.shown),
    figure: undefined,
    exact: [...(a.figure !== undefined ? [low] : []), ...b.exact],
  });
};

/** The step of a range from its ends': the coarser, but an exact lone digit ("2" of "1½–2 miles") beside an end that is not one adds none. */
const rangeStep = (a: Amount, b: Amount, factor: number): number => {
  const aStep = a.step as number;
  const bStep = b.step as number;
  const aLone = factor === 1 && isLoneDigit(a) && !a.percent;
  const bLone = isLoneDigit(b) && !b.percent;
  if (aLone && !bLone) return bStep;
  if (bLone && !aLone) return aStep * factor;
  return Math.max(aStep * factor, bStep);
};

// ---------------------------------------------------------------- amounts

/**
 * The factor of the scale word at the cursor ("billion" 1e9, "bn", "crore"), or
 * undefined when there is none. A one-letter abbreviation ("k", "m", "b", "t")
 * is a scale only written against the number or in an amount with a currency:
 * "5m" and "£5 m" are five million, "5 m" is five metres. The one reader of "a
 * scale word here": the amount's scale chain ("12 billion", "hundreds of
 * billions") and the scale after "-odd" ("£30-odd million") both ask it.
 */
const scaleWordAt = (c: Cursor, currency: string | undefined): number | undefined => {
  const t = peek(c);
  if (t?.kind !== 'word') return undefined;
  const factor = SCALE_WORDS.get(t.text);
  if (factor === undefined || (SHORT_SCALES.has(t.text) && t.spaceBefore && currency === undefined)) return undefined;
  return factor;
};

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
      normalizeMessage(
        code,
        text,
        `expected a number at ${at}`,
        'write a number, optionally after a hedge: "nearly $12 billion", "more than 50 countries", "54–55%"',
      ),
    );
  }
  let { low, high } = base;
  let step = base.step;
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    return E.left(normalizeMessage('unrecognized', text, 'the number is too large'));
  }
  let plus = false;
  const plusToken = peek(c);
  if (plusToken?.kind === 'symbol' && plusToken.text === '+' && !plusToken.spaceBefore) {
    plus = true;
    c.pos += 1;
  }
  // scale chain: "12 billion", "12bn", "hundreds of billions", "two dozen"
  let scale = 1;
  // A figure in digits keeps its decimal: its scale words add to its exponent (a dozen makes it no figure).
  let figure: Figure | undefined = base.digits !== undefined ? { digits: base.digits, exponent: 0, negative: sign < 0 } : undefined;
  for (;;) {
    const t = peek(c);
    if (t?.kind !== 'word') break;
    if (t.text === 'dozen') {
      low *= 12;
      high *= 12;
      if (step !== undefined) step *= 12;
      figure = undefined;
      c.pos += 1;
      continue;
    }
    const factor = scaleWordAt(c, currency);
    if (factor === undefined) break;
    low *= factor;
    high *= factor;
    if (step !== undefined) step *= factor;
    scale *= factor;
    if (figure !== undefined) figure = { ...figure, exponent: figure.exponent + powerOfTen(factor) };
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
  const percent = base.percent === true || parsePercent(c);
  if (!percent) {
    const suffix = parseCurrencySuffix(c);
    if (suffix !== undefined) {
      if (currency !== undefined && suffix !== currency) {
        return E.left(normalizeMessage('unrecognized', text, `the amount names two currencies, ${currency} and ${suffix}`));
      }
      currency = suffix;
    }
  }
  // A figure's value is its decimal read at once: the double nearest what is written, to the last bit.
  const written = figure !== undefined ? figureValue(figure) : undefined;
  return E.right({
    low: written ?? sign * (sign < 0 ? high : low),
    high: written ?? sign * (sign < 0 ? low : high),
    highInclusive: base.highInclusive,
    currency,
    percent,
    scale,
    plus,
    step,
    shown: base.shown,
    figure,
    exact: written !== undefined ? [written] : [],
  });
};

interface Base {
  readonly low: number;
  readonly high: number;
  readonly highInclusive: boolean;
  /** The place value of the last significant digit (undefined for vague amounts). */
  readonly step: number | undefined;
  /** A fraction in words ("half"): a percentage without a "%". */
  readonly percent?: boolean;
  /** The significant digits to show it at, when its figure is not written in digits ("two thirds", "one in three"). */
  readonly shown?: number;
  /** The digits written, when the base is one figure in digits ("1.2", "9007199254740993"). */
  readonly digits?: string;
}

/** A number, number words, "a dozen", a fraction ("half", "two-thirds"), or a vague plural ("hundreds of"). */
const parseBase = (c: Cursor): Base | undefined => {
  const t = peek(c);
  if (t === undefined) return undefined;
  if (t.kind === 'number') {
    const fraction = parseFractionInDigits(c);
    if (fraction !== undefined) return fraction;
    c.pos += 1;
    if (Number.isInteger(t.value) && !t.digits.includes('.')) {
      const ratio = parseRatio(c, t.value);
      if (ratio !== undefined) return ratio;
      // "1½ miles", "1 1/2 miles", "1 and a half miles" (not "1 and 2 miles": a list)
      const mixed = parseDigitMixed(c) ?? parseMixedFraction(c);
      if (mixed !== undefined) return { low: t.value + mixed.value, high: t.value + mixed.value, highInclusive: true, step: mixed.step };
    }
    return { low: t.value, high: t.value, highInclusive: true, step: digitStep(t.digits), digits: t.digits };
  }
  if (t.kind !== 'word') return undefined;
  const vague = VAGUE_PLURALS.get(t.text);
  if (vague !== undefined) {
    c.pos += 1;
    if (wordAt(c) === 'of') c.pos += 1;
    return { low: 2 * vague, high: 10 * vague, highInclusive: false, step: undefined };
  }
  // "a mile", "an hour": one of a measuring unit
  if ((t.text === 'a' || t.text === 'an') && MEASURE_UNITS.has(wordAt(c, 1) ?? '')) {
    c.pos += 1;
    return { low: 1, high: 1, highInclusive: true, step: 1 };
  }
  // a fraction ("half", "two-thirds") unless a scale follows ("half a million" is a number)
  const start = c.pos;
  const fraction = parseFraction(c);
  if (fraction !== undefined) {
    const next = wordAt(c) === 'a' || wordAt(c) === 'an' ? wordAt(c, 1) : wordAt(c);
    if (next === undefined || !SCALE_WORDS.has(next)) {
      if (skipToMeasureUnit(c)) return { low: fraction / 100, high: fraction / 100, highInclusive: true, step: undefined };
      return { low: fraction, high: fraction, highInclusive: true, step: FRACTION_STEP, percent: true, shown: FRACTION_DIGITS };
    }
    c.pos = start;
  }
  const words = parseNumberWords(c);
  if (words !== undefined) {
    const ratio = Number.isInteger(words) ? parseRatio(c, words) : undefined;
    const mixed = ratio === undefined && Number.isInteger(words) ? parseMixedFraction(c) : undefined;
    if (mixed !== undefined) return { low: words + mixed.value, high: words + mixed.value, highInclusive: true, step: mixed.step };
    // as precise as the figure in digits: "two hundred" is "200" (±5), "twenty-six" is "26"
    return ratio ?? { low: words, high: words, highInclusive: true, step: Number.isInteger(words) ? digitStep(String(words)) : 0.1 };
  }
  return undefined;
};

/**
 * "and a half", "and three quarters" after a whole number in words or digits
 * ("one and a half miles", "2 and a quarter hours", "two and a half
 * million"): the fraction it adds, as precise as its decimal written out
 * ("1.5" → 0.1, "2.75" → 0.01: `mixedStep`).
 */
const parseMixedFraction = (c: Cursor): { readonly value: number; readonly step: number } | undefined => {
  if (wordAt(c) !== 'and') return undefined;
  const start = c.pos;
  c.pos += 1;
  const fraction = parseFraction(c);
  if (fraction === undefined) {
    c.pos = start;
    return undefined;
  }
  return { value: fraction / 100, step: mixedStep(fraction / 100) };
};

/**
 * A fraction in digits after a whole number, apart from it: "1 1/2 miles",
 * "1½ miles" (spaced to "1 1⁄2" before NFKC), "2¾ inches" — a mixed number,
 * as precise as its decimal written out. Not "11/2" (one figure).
 */
const parseDigitMixed = (c: Cursor): { readonly value: number; readonly step: number } | undefined => {
  if (peek(c)?.spaceBefore !== true) return undefined;
  const fraction = parseDigitFraction(c);
  if (fraction === undefined) return undefined;
  c.pos += fraction.tokens;
  const value = fraction.numerator / fraction.denominator;
  return { value, step: mixedStep(value) };
};

/**
 * A fraction in digits standing alone: before a measuring unit a quantity
 * of it, exact like "half a mile" ("½ mile", "3/4 inch", "¼ of a mile");
 * before a scale word a number ("½ million"); otherwise, written as a
 * vulgar fraction, a share like "half" ("⅔ of voters" → 66.7 % ±5). "1/2"
 * with a plain slash before anything else is not read ("9/11"); the cursor
 * is then left where it was.
 */
const parseFractionInDigits = (c: Cursor): Base | undefined => {
  const fraction = parseDigitFraction(c);
  if (fraction === undefined) return undefined;
  const start = c.pos;
  c.pos += fraction.tokens;
  const value = fraction.numerator / fraction.denominator;
  if (skipToMeasureUnit(c)) return { low: value, high: value, highInclusive: true, step: undefined };
  if (fraction.vulgar) {
    const next = wordAt(c) === 'a' || wordAt(c) === 'an' ? wordAt(c, 1) : wordAt(c);
    if (next !== undefined && SCALE_WORDS.has(next)) {
      if (next !== wordAt(c)) c.pos += 1;
      return { low: value, high: value, highInclusive: true, step: mixedStep(value) };
    }
    return { low: 100 * value, high: 100 * value, highInclusive: true, step: FRACTION_STEP, percent: true, shown: FRACTION_DIGITS };
  }
  c.pos = start;
  return undefined;
};

/**
 * After a fraction in words, a measuring unit makes it a quantity of that
 * unit, not a share: "half a mile", "half-mile", "a quarter mile",
 * "three-quarters of a mile", "half an hour" (the cursor is left on the
 * unit). "half of the homes" and "half" alone stay shares.
 */
const skipToMeasureUnit = (c: Cursor): boolean => {
  let ahead = 0;
  const sym = symbolAt(c);
  if (sym !== undefined && DASHES.has(sym) && !peek(c)?.spaceBefore) ahead += 1;
  if (wordAt(c, ahead) === 'of') ahead += 1;
  if (wordAt(c, ahead) === 'a' || wordAt(c, ahead) === 'an') ahead += 1;
  if (!MEASURE_UNITS.has(wordAt(c, ahead) ?? '')) return false;
  c.pos += ahead;
  return true;
};

/**
 * "a 12% rise", "an 8,000-strong crowd": the article before a number says
 * nothing about the amount. Skipped only before a number or a currency
 * symbol written apart ("A$5" is Australian dollars).
 */
const skipArticle = (c: Cursor): void => {
  const word = wordAt(c);
  if (word !== 'a' && word !== 'an') return;
  const next = peek(c, 1);
  if (next?.kind === 'number' || (next?.kind === 'symbol' && next.spaceBefore && CURRENCY_SYMBOLS.has(next.text))) c.pos += 1;
};

/**
 * "3.5-fold", "8,000-strong", "€1.5bn-plus": a hyphen that joins the amount
 * to the next word is not part of the unit (or of the trailing hedge).
 */
const skipJoiningHyphen = (c: Cursor): boolean => {
  const t = peek(c);
  const next = peek(c, 1);
  if (t?.kind !== 'symbol' || !DASHES.has(t.text) || t.spaceBefore || next?.kind !== 'word' || next.spaceBefore) return false;
  c.pos += 1;
  return true;
};

/** Largest denominator of "N in M" read as a proportion: "1 in 2025" is not one. */
const MAX_RATIO_DENOMINATOR = 1000;

/**
 * "nine in ten", "one in five", "3 out of 4" → a percentage, as precise as
 * one part in M but never finer-claimed than a fraction in words (step
 * min(100/M, {@link FRACTION_STEP})): "nine in ten" is 85–95 %.
 */
const parseRatio = (c: Cursor, numerator: number): Base | undefined => {
  const start = c.pos;
  if (wordAt(c) === 'in') c.pos += 1;
  else if (wordAt(c) === 'out' && wordAt(c, 1) === 'of') c.pos += 2;
  else return undefined;
  const t = peek(c);
  let denominator: number | undefined;
  if (t?.kind === 'number') {
    denominator = t.value;
    c.pos += 1;
  } else denominator = parseNumberWords(c);
  if (denominator === undefined || !Number.isInteger(denominator) || denominator <= 0 || denominator > MAX_RATIO_DENOMINATOR || numerator > denominator) {
    c.pos = start;
    return undefined;
  }
  const value = (100 * numerator) / denominator;
  return { low: value, high: value, highInclusive: true, step: Math.min(100 / denominator, FRACTION_STEP), percent: true, shown: FRACTION_DIGITS };
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
        normalizeMessage('unrecognized', text, `found another number after the amount, at "${text.slice(t.start, t.start + 20)}"`, 'give one quantity per value'),
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
