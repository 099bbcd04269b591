/**
 * Value kind `date`: a calendar date as an inclusive interval of days with
 * the precision the source gave ("Dec 12, 2025" → 2025-12-12 (day);
 * "December 2025" → 2025-12-01..2025-12-31 (month)). Relative dates
 * ("Friday", "last year") are placed against the source's publication date
 * when it is read. Two dates conflict when their intervals do not overlap; a
 * date and a weekday conflict when no day of the interval has that weekday.
 * A phrase with two readings ("last Tuesday" said on a Wednesday: yesterday,
 * or the Tuesday of the week before) is precision `either`: `start` or `end`,
 * one of the two days and none between; it conflicts with a date that is
 * neither.
 *
 * Written `{ date: "Dec 12, 2025" }` (or "Friday", "last month", "2025").
 */
import { z } from 'zod';
import { ok } from '../../model/result.js';
import { addDays, dayOfIso, daysBetween, isoDaysBetween, weekdayName, weekdayOf } from '../../normalize/calendar-day.js';
import { parseDate } from '../../normalize/parse-date.js';
import type { Comparison } from '../comparison.js';
import { graded, type Discrepancy } from '../discrepancy.js';
import { numberWord } from '../words.js';
import { exportStyle, quotedStyle } from '../describe-styles.js';
import { invalidValue } from '../invalid-value.js';
import type { ValueKindModule } from '../value-kind.js';
import type { WeekdayValue } from './weekday.js';
import { IsoDaySchema } from '../../model/iso-date.js';

/**
 * A calendar date as an inclusive interval of days with the precision the
 * source gave: "Dec 12, 2025" → 2025-12-12..2025-12-12 (day);
 * "December 2025" → 2025-12-01..2025-12-31 (month).
 */
export const DateValueSchema = z
  .object({
    type: z.literal('date').describe('The value kind: a calendar date as an interval of days.'),
    start: IsoDaySchema.describe('The first day the date can be, YYYY-MM-DD.'),
    end: IsoDaySchema.describe('The last day the date can be, YYYY-MM-DD (inclusive; equal to start for a day).'),
    precision: z
      .enum(['day', 'month', 'year', 'either'])
      .describe('How precisely the source gives the date; `either`: one of two days, `start` or `end`, not a day between (an ambiguous phrase: "last Tuesday" said on a Wednesday).'),
    raw: z.string().optional().describe('The words of the source this value was read from.'),
  })
  .refine((d) => d.start <= d.end, { error: 'a date interval must have start <= end' });
export type DateValue = z.infer<typeof DateValueSchema>;

export const DateShorthandSchema = z.strictObject({
  date: z.string().min(1, { error: 'must not be empty' }).describe('A date in words ("Dec 12, 2025", "Friday", "last year"), read against the source’s publication date.'),
});

/** "2025-12-12", "2025-12-01..2025-12-31", "2025-12-16 or 2025-12-23". */
const normalized = (d: DateValue): string => (d.start === d.end ? d.start : d.precision === 'either' ? `${d.start} or ${d.end}` : `${d.start}..${d.end}`);

/** A date as messages quote it: its words, else its days ("2025-12-12", "2025-12-16 or 2025-12-23"). */
export const quotedDate = (d: DateValue): string => quotedStyle(d.raw, normalized(d));

/**
 * The stretches of days a date can be, as [first, last] ISO days: its interval, or for precision
 * `either` its two days apart.
 */
export const dateStretches = (d: DateValue): readonly (readonly [string, string])[] =>
  d.precision === 'either' && d.start !== d.end ? [[d.start, d.start], [d.end, d.end]] : [[d.start, d.end]];

/** Days between two stretches of days, or `undefined` when they overlap. */
const stretchGap = (a: readonly [string, string], b: readonly [string, string]): number | undefined => {
  if (a[0] <= b[1] && b[0] <= a[1]) return undefined;
  return a[1] < b[0] ? daysBetween(dayOfIso(a[1]), dayOfIso(b[0])) : daysBetween(dayOfIso(b[1]), dayOfIso(a[0]));
};

/** Days between two dates (the nearest of their stretches), or `undefined` when they overlap. */
const gapBetween = (a: DateValue, b: DateValue): number | undefined => {
  if (a.precision !== 'either' && b.precision !== 'either') return stretchGap([a.start, a.end], [b.start, b.end]);
  let gap = Number.POSITIVE_INFINITY;
  for (const x of dateStretches(a)) {
    for (const y of dateStretches(b)) {
      const g = stretchGap(x, y);
      if (g === undefined) return undefined;
      gap = Math.min(gap, g);
    }
  }
  return gap;
};

/** Compare two date intervals. */
export const compareDateIntervals = (a: DateValue, b: DateValue): Comparison => {
  const gap = gapBetween(a, b);
  if (gap === undefined) {
    return {
      verdict: 'compatible',
      reason: `${quotedDate(a)} and ${quotedDate(b)} ${a.start === b.start && a.end === b.end && a.precision === b.precision ? 'are the same date' : a.precision === 'either' || b.precision === 'either' ? 'can be the same day' : 'overlap'}`,
      details: { kind: 'date', gapDays: 0 },
    };
  }
  return {
    verdict: 'conflict',
    reason: `${quotedDate(a)} and ${quotedDate(b)} are ${gap} day${gap === 1 ? '' : 's'} apart`,
    details: { kind: 'date', gapDays: gap },
  };
};

const EPOCH = '1970-01-01';

/** Dates this many days apart or more are a year apart: a wrong year, like a slipped digit. */
export const YEAR_APART_DAYS = 365;

/**
 * How far apart two dates are: a day apart is a minor tension (time zones,
 * a report filed overnight); a year or more an order of magnitude (a wrong
 * year); different months or years at month or year precision, and
 * anything between, substantial. `undefined` when the intervals overlap.
 *
 * @example
 * dateDiscrepancy(dec12, dec24) // { grade: 'substantial', label: 'twelve days apart', … }
 */
export const dateDiscrepancy = (a: DateValue, b: DateValue): Discrepancy | undefined => {
  // The gap alone: the comparison's reason is not read here.
  const gap = gapBetween(a, b);
  if (gap === undefined) return undefined;
  if (gap >= YEAR_APART_DAYS) return graded('magnitude', gap / (10 * YEAR_APART_DAYS), `a year or more apart (${gap} days)`);
  if (a.precision === 'year' || b.precision === 'year') return graded('substantial', gap / YEAR_APART_DAYS, 'different years');
  if (a.precision === 'month' || b.precision === 'month') return graded('substantial', gap / YEAR_APART_DAYS, 'different months');
  const days = `${numberWord(gap)} day${gap === 1 ? '' : 's'} apart`;
  if (gap <= 1) return graded('minor', 0.5, `minor tension: ${days}`);
  return graded('substantial', gap / YEAR_APART_DAYS, days);
};

/** A date interval against a weekday, worked out (see `compareDateWithWeekday`). */
const weekdayComparison = (d: DateValue, w: WeekdayValue): Comparison => {
  const name = weekdayName(w.weekday);
  if (d.precision === 'either' && d.start !== d.end) {
    const days = [d.start, d.end].map((iso) => weekdayName(weekdayOf(dayOfIso(iso))));
    return days.includes(name)
      ? { verdict: 'compatible', reason: `${quotedDate(d)} can be a ${name}` }
      : { verdict: 'conflict', reason: `${quotedDate(d)} is a ${[...new Set(days)].join(' or a ')}, not a ${name}` };
  }
  const start = dayOfIso(d.start);
  const length = daysBetween(start, dayOfIso(d.end)) + 1;
  if (length >= 7) {
    return { verdict: 'compatible', reason: `${quotedDate(d)} spans a whole week, so it contains a ${name}` };
  }
  for (let i = 0; i < length; i += 1) {
    if (weekdayOf(addDays(start, i)) === w.weekday) {
      return { verdict: 'compatible', reason: length === 1 ? `${d.start} is a ${name}` : `${quotedDate(d)} includes a ${name}` };
    }
  }
  const days = Array.from({ length }, (_, i) => weekdayName(weekdayOf(addDays(start, i))));
  return {
    verdict: 'conflict',
    reason: length === 1 ? `${d.start} is a ${days[0] ?? ''}, not a ${name}` : `${quotedDate(d)} has no ${name} (only ${days.join(', ')})`,
  };
};

/**
 * The comparisons of one date value with weekdays, made so far, and what they were made from (a
 * value changed since is worked out again).
 */
interface WeekdayComparisons {
  readonly start: string;
  readonly end: string;
  readonly raw: string | undefined;
  readonly byWeekday: Map<string, Comparison>;
}

/**
 * Comparisons with weekdays by date value: a run compares the same few shared date values
 * (`columns/value-table.ts`) with weekdays over and over — 17k comparisons of 47 date values at 250k
 * synthetic claims — and each one worked out anew cost calendar arithmetic and a reason in words
 * (41 MB of allocation at 250k). Keyed weakly: a value no longer used takes its comparisons with it.
 */
const withWeekdays = new WeakMap<DateValue, WeekdayComparisons>();

/**
 * Compare a date interval with a weekday constraint. The comparison depends only on the date's
 * interval and words and the weekday, so it is worked out once per date value and weekday and then
 * shared (frozen: the same object for every call with them).
 */
export const compareDateWithWeekday = (d: DateValue, w: WeekdayValue): Comparison => {
  let made = withWeekdays.get(d);
  if (made === undefined || made.start !== d.start || made.end !== d.end || made.raw !== d.raw) {
    made = { start: d.start, end: d.end, raw: d.raw, byWeekday: new Map() };
    withWeekdays.set(d, made);
  }
  let comparison = made.byWeekday.get(w.weekday);
  if (comparison === undefined) {
    comparison = Object.freeze(weekdayComparison(d, w));
    made.byWeekday.set(w.weekday, comparison);
  }
  return comparison;
};

export const dateKind: ValueKindModule<'date', DateValue, 'date'> = {
  type: 'date',
  noun: 'a date',
  predicateType: 'date',
  schema: DateValueSchema,
  shorthands: [
    {
      key: 'date',
      schema: DateShorthandSchema,
      read: (written: z.infer<typeof DateShorthandSchema>, context) => {
        // An expected claim reads words without a year forward (`nearestYearOnSide` caps how far).
        const parsed = parseDate(written.date, { publishedAt: context.publishedAt, direction: context.direction ?? 'past' });
        if (!parsed.ok) return invalidValue(parsed.messages, ['date'], 'write the date as the source words it, e.g. "Friday", "Dec 12, 2025", "February 4, 2026"');
        return ok({ ...parsed.value, raw: written.date });
      },
    },
  ],
  key: (d) => `d:${d.start}..${d.end}:${d.precision}`,
  compare: (self, other, context) => {
    if (other.type === 'date') {
      const b = other as DateValue;
      return context.selfFirst ? compareDateIntervals(self, b) : compareDateIntervals(b, self);
    }
    // The date comes first in the reason whatever the order of the call.
    if (other.type === 'weekday') return compareDateWithWeekday(self, other as WeekdayValue);
    return undefined;
  },
  discrepancy: (self, other) => (other.type === 'date' ? dateDiscrepancy(self, other as DateValue) : undefined),
  // days from 1970-01-01
  extent: (d) => [isoDaysBetween(EPOCH, d.start), isoDaysBetween(EPOCH, d.end)],
  describe: (d, style) =>
    style === 'normalized' || style === 'message'
      ? normalized(d)
      : exportStyle(d.raw, d.start === d.end ? d.start : d.precision === 'either' ? `${d.start} or ${d.end}` : `${d.start}/${d.end}`),
};
