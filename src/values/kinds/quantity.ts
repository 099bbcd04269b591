/**
 * Value kind `quantity`: an amount as an interval, so hedges keep their
 * meaning ("nearly $12 billion" → [10.8, 12] billion USD; "more than 50
 * countries" → (50, ∞) countries). `unit` keeps the measure's words and
 * `currency` its ISO 4217 code, so different measures are never compared as
 * one. `step` is the precision the words imply: the place of the last
 * significant digit ("$2 billion" → 1 billion, "1.67" → 0.01); counts of
 * things have none (they are exact) unless their trailing zeros go past two
 * significant digits ("1,200 homes" → 100). Two quantities conflict when
 * their intervals, each widened by half its step (what rounds to the figure,
 * half up), share no value; a different
 * currency or unit is a different measure. How far apart conflicting
 * quantities are is graded (`numberDiscrepancy`): a few percent is a minor
 * tension, a tenfold or sign-level difference an order of magnitude.
 *
 * Written `{ quantity: "nearly $12 billion" }`, optionally with `unit` and
 * `currency` (they override what the words say).
 */
import { z } from 'zod';
import { ok } from '../../model/result.js';
import { nameKey } from '../../normalize/name-key.js';
import { parseQuantity } from '../../normalize/parse-quantity.js';
import type { Comparison } from '../comparison.js';
import { exportStyle, quotedStyle } from '../describe-styles.js';
import { numberDiscrepancy, type Discrepancy } from '../discrepancy.js';
import { intervalsOverlap, type Bounds } from '../interval.js';
import { invalidValue } from '../invalid-value.js';
import { formatFullNumber, formatNumber, toPrecisionOf } from '../number-format.js';
import type { ValueKindModule } from '../value-kind.js';

/**
 * A quantity as an interval. `null` is an unbounded end. A point value has
 * low === high with both ends inclusive. `unit` keeps the measure's words
 * ("countries", "countries and organizations", "%") so that different
 * measures are not compared as if they were one.
 */
export const QuantityValueSchema = z
  .object({
    type: z.literal('quantity').describe('The value kind: a number as an interval (hedges widen it).'),
    low: z.number().nullable().describe('The lowest the quantity can be; null when unbounded ("up to 50").'),
    high: z.number().nullable().describe('The highest the quantity can be; null when unbounded ("more than 50").'),
    lowInclusive: z.boolean().describe('Whether `low` itself is possible.'),
    highInclusive: z.boolean().describe('Whether `high` itself is possible.'),
    unit: z.string().optional().describe('What is measured, in the source’s words ("countries", "%"); quantities of different units are not compared.'),
    /** ISO 4217 code, e.g. "USD". */
    currency: z.string().regex(/^[A-Z]{3}$/).optional().describe('ISO 4217 currency code, e.g. "USD".'),
    /**
     * The precision the words imply: the place value of the last significant
     * digit ("$12 billion" → 1e9, "1.67" → 0.01, "54%" → 1). Comparison
     * widens each finite end by half of it. Absent: exact (a count of things
     * without trailing zeros past two digits, a lone digit of a unit).
     */
    step: z
      .number()
      .positive()
      .optional()
      .describe('The precision the words imply: the place value of the last significant digit ("$12 billion" → 1e9, "1.67" → 0.01, "54%" → 1); comparison widens each finite end by half of it. Absent: exact (a count of things without trailing zeros past two digits, a lone digit of a unit).'),
    /**
     * The significant digits a display shows of the ends when they are not
     * figures written in digits: "more than two thirds" is shown as more
     * than 66.7% (its bound is 66.666…). Display only: comparison and keys
     * ignore it. Absent: the ends as they are.
     */
    shownDigits: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The significant digits a display shows of the ends when they are not figures written in digits ("more than two thirds": more than 66.7%); display only, comparison ignores it.'),
    raw: z.string().optional().describe('The words of the source this value was read from.'),
  })
  .refine((q) => q.low === null || q.high === null || q.low <= q.high, {
    error: 'a quantity interval must have low <= high',
  });
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

export const QuantityShorthandSchema = z.strictObject({
  quantity: z
    .union([z.string().min(1, { error: 'must not be empty' }), z.number()], {
      error: 'expected the amount in words ("nearly $12 billion", "more than 50") or a finite number',
    })
    .describe('The quantity in words ("nearly $12 billion", "more than 50") or a number.'),
  unit: z.string().optional().describe('What is measured, when the words do not say ("countries").'),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as USD' }).optional().describe('ISO 4217 currency code, when the words do not say ("USD").'),
});

/**
 * The comparison key of a unit: lower-case words, plurals made singular
 * ("countries" → "country", "people" → "person") and a few true synonyms
 * folded to one word ("vessels" → "ship"), so "1 country" and "5
 * countries" are one measure, "12 ships" and "more than 20 vessels" are
 * one, and "countries" and "countries and organizations" are two.
 *
 * @example
 * unitKey('Countries') // 'country'
 * unitKey('vessels')   // 'ship'
 */
export const unitKey = (unit: string): string =>
  unit
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => {
      const singular = IRREGULAR_PLURALS.get(w) ?? singularWord(w);
      return UNIT_SYNONYMS.get(singular) ?? singular;
    })
    .join(' ');

/** Plurals the simple rules do not make singular. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
]);

/**
 * Counted things news names two ways with one meaning, folded to one word
 * (docs/normalization.md, "Units"). Kept to true synonyms: "workers" and
 * "employees", or "ships" and "boats", are not the same count. A claims
 * folder adds its own in predicates.yaml (`units:`, unit-table.ts).
 */
const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map([['vessel', 'ship']]);

const singularWord = (w: string): string => {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
};

/**
 * A number written in a claim file as a YAML number, in plain digits: YAML
 * reads `1e308` as a number whose `String` is "1e+308", which the amount
 * reader would take for "1" followed by something else.
 */
const inDigits = (n: number): string => {
  const written = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(written);
  if (m === null) return written;
  const [, sign = '', first = '', rest = '', exponent = '0'] = m;
  const digits = first + rest;
  const shift = Number(exponent);
  if (shift < 0) return `${sign}0.${'0'.repeat(-shift - 1)}${digits}`;
  return shift >= rest.length ? `${sign}${digits}${'0'.repeat(shift - rest.length)}` : `${sign}${digits.slice(0, shift + 1)}.${digits.slice(shift + 1)}`;
};

/** Whether a quantity is a percentage ("%", "% of the market"). */
export const isPercentage = (q: QuantityValue): boolean => q.unit?.startsWith('%') ?? false;

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

/** The interval in words, with its rounding: "12 billion USD ±0.5 billion", "[10.8 billion, 12 billion] USD ±0.05 billion", "more than 50 countries". */
const normalized = (q: QuantityValue): string => {
  if (q.step === undefined) {
    // a bound from words, shown to their digits: "more than 66.7%", not "more than 66.6667%"
    const digits = q.shownDigits;
    return normalizedInterval(q, digits === undefined ? formatNumber : (x) => formatNumber(Number(x.toPrecision(digits))));
  }
  // the ends no finer than the rounding they carry: "two-thirds" is "67% ±5", not "66.6667% ±5"
  const half = q.step / 2;
  return `${normalizedInterval(q, (x) => formatNumber(toPrecisionOf(x, half)))} ±${formatNumber(half)}`;
};

const normalizedInterval = (q: QuantityValue, num: (x: number) => string): string => {
  const suffix = [q.currency, q.unit].filter((s) => s !== undefined && s.length > 0).join(' ');
  const tail = suffix.length === 0 ? '' : suffix.startsWith('%') ? suffix : ` ${suffix}`;
  if (q.low !== null && q.high !== null && q.low === q.high) return `${num(q.low)}${tail}`;
  if (q.low !== null && q.high === null) return `${q.lowInclusive ? 'at least' : 'more than'} ${num(q.low)}${tail}`;
  if (q.low === null && q.high !== null) return `${q.highInclusive ? 'at most' : 'less than'} ${num(q.high)}${tail}`;
  if (q.low === null || q.high === null) return `any amount${tail}`;
  return `${q.lowInclusive ? '[' : '('}${num(q.low)}, ${num(q.high)}${q.highInclusive ? ']' : ')'}${tail}`;
};

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

const money = (n: number, currency: string | undefined): string =>
  currency === undefined ? formatNumber(n) : CURRENCY_SIGNS[currency] !== undefined ? `${CURRENCY_SIGNS[currency]}${formatNumber(n)}` : `${currency} ${formatNumber(n)}`;

/** As a message says it: the source's words, else "$10.8 billion–$12 billion countries". */
const inMessage = (q: QuantityValue): string => {
  if (q.raw !== undefined) return q.raw;
  const { low, high, currency } = q;
  const range =
    low !== null && high !== null
      ? low === high
        ? money(low, currency)
        : `${money(low, currency)}–${money(high, currency)}`
      : low !== null
        ? `${q.lowInclusive ? 'at least' : 'more than'} ${money(low, currency)}`
        : high !== null
          ? `${q.highInclusive ? 'at most' : 'less than'} ${money(high, currency)}`
          : 'any amount';
  return q.unit !== undefined ? `${range} ${q.unit}` : range;
};

/** Every digit: "USD 12,000,000,000", "[USD 10,800,000,000, 12,000,000,000]". */
const complete = (q: QuantityValue): string => {
  const amount = (n: number | null): string => (n === null ? '∞' : formatFullNumber(n));
  const unit = q.unit !== undefined ? ` ${q.unit}` : '';
  const currency = q.currency !== undefined ? `${q.currency} ` : '';
  if (q.low !== null && q.low === q.high) return `${currency}${amount(q.low)}${unit}`;
  if (q.high === null) return `${q.lowInclusive ? 'at least' : 'more than'} ${currency}${amount(q.low)}${unit}`;
  if (q.low === null) return `${q.highInclusive ? 'at most' : 'less than'} ${currency}${amount(q.high)}${unit}`;
  return `${q.lowInclusive ? '[' : '('}${currency}${amount(q.low)}, ${amount(q.high)}${q.highInclusive ? ']' : ')'}${unit}`;
};

/** The `quoted` style of a quantity (for reasons of other kinds). */
export const quotedQuantity = (q: QuantityValue): string => quotedStyle(q.raw, normalized(q));

/**
 * The interval a quantity is compared by: each finite end widened by half
 * the quantity's step (its rounding); the interval itself when exact. A
 * rounding takes in what rounds to the figure, half up: "1,200" rounded to
 * its hundreds is 1,150 up to but not including 1,250, and "54%" is 53.5 up
 * to 54.5 — so two neighbouring round figures ("1,100" and "1,200", "54%"
 * and "55%") share no value: they are a minor tension, not the same figure
 * (`numberDiscrepancy`). An end a rounding cannot move (half a step below
 * the double's own precision there) keeps what it was; an end widened past
 * the largest double stays at it.
 *
 * @example
 * roundedBounds(parsed('$12 billion')) // { low: 11.5e9, high: 12.5e9, lowInclusive: true, highInclusive: false, … }
 */
export const roundedBounds = (q: QuantityValue): Bounds => {
  if (q.step === undefined) return q;
  const half = q.step / 2;
  const low = q.low === null ? null : Math.max(q.low - half, -Number.MAX_VALUE);
  const high = q.high === null ? null : Math.min(q.high + half, Number.MAX_VALUE);
  return {
    ...q,
    low,
    high,
    highInclusive: high === q.high ? q.highInclusive : false,
  };
};

/** Compare two quantities. */
export const compareQuantities = (a: QuantityValue, b: QuantityValue): Comparison => {
  const different = measureDifference(a, b);
  if (different !== undefined) {
    return { verdict: 'different-measure', reason: `${quotedQuantity(a)} and ${quotedQuantity(b)}: ${different}` };
  }
  if (intervalsOverlap(a, b)) return { verdict: 'compatible', reason: `${quotedQuantity(a)} and ${quotedQuantity(b)} overlap` };
  if (intervalsOverlap(roundedBounds(a), roundedBounds(b))) {
    return { verdict: 'compatible', reason: `${quotedQuantity(a)} and ${quotedQuantity(b)} overlap once their rounding is allowed for` };
  }
  return { verdict: 'conflict', reason: `${quotedQuantity(a)} and ${quotedQuantity(b)} do not overlap` };
};

/** How far apart two quantities of one measure are; `undefined` when they are compatible or different measures. */
export const quantityDiscrepancy = (a: QuantityValue, b: QuantityValue): Discrepancy | undefined =>
  measureDifference(a, b) === undefined ? numberDiscrepancy([a, b], [roundedBounds(a), roundedBounds(b)], [inMessage(a), inMessage(b)]) : undefined;

const num = (n: number | null): string => (n === null ? '*' : String(n));

export const quantityKind: ValueKindModule<'quantity', QuantityValue, 'quantity'> = {
  type: 'quantity',
  noun: 'a quantity',
  predicateType: 'quantity',
  schema: QuantityValueSchema,
  shorthands: [
    {
      key: 'quantity',
      schema: QuantityShorthandSchema,
      read: (written: z.infer<typeof QuantityShorthandSchema>) => {
        const words = typeof written.quantity === 'number' ? inDigits(written.quantity) : written.quantity;
        const parsed = parseQuantity(words);
        if (!parsed.ok) {
          return invalidValue(parsed.messages, ['quantity'], 'write the amount as the source words it, e.g. "nearly $12 billion", "over 50", "54–55%"');
        }
        return ok({
          ...parsed.value,
          ...(written.unit !== undefined ? { unit: written.unit } : {}),
          ...(written.currency !== undefined ? { currency: written.currency } : {}),
          raw: words,
        });
      },
    },
  ],
  key: (q) =>
    `q:${q.lowInclusive ? '[' : '('}${num(q.low)},${num(q.high)}${q.highInclusive ? ']' : ')'}:${nameKey(q.unit ?? '')}:${q.currency ?? ''}${q.step !== undefined ? `~${q.step}` : ''}`,
  compare: (self, other, context) => {
    if (other.type !== 'quantity') return undefined;
    const b = other as QuantityValue;
    return context.selfFirst ? compareQuantities(self, b) : compareQuantities(b, self);
  },
  discrepancy: (self, other) => (other.type === 'quantity' ? quantityDiscrepancy(self, other as QuantityValue) : undefined),
  extent: (q) => {
    const b = roundedBounds(q);
    return [b.low ?? Number.NEGATIVE_INFINITY, b.high ?? Number.POSITIVE_INFINITY];
  },
  describe: (q, style) => (style === 'normalized' ? normalized(q) : style === 'message' ? inMessage(q) : exportStyle(q.raw, complete(q))),
};
