/**
 * Value kind `partial-date`: a date without a year — a month and day
 * ("on March 3") or a month ("in December") on a page that states no
 * publication date, so no year can be inferred. It compares with full
 * dates: "March 3" is compatible with any interval that contains a March 3
 * (2026-03-03, "March 2026", "2026"), and conflicts with one that does not;
 * with another partial date by month and day; with a weekday it is always
 * compatible (some year puts March 3 on a Friday). How far apart a partial
 * date and a dated day are is graded in the nearest year ("March 3" vs
 * 2026-03-04: one day apart, a minor tension).
 *
 * Predicates take it as a date. Written `{ date: "March 3" }` in a source
 * without a publication date (the date shorthand reads it), or
 * `{ type: partial-date, month: 3, day: 3 }`.
 */
import { z } from 'zod';
import { addDays, daysBetween, dayOfIso, daysInMonth, type CalendarDay } from '../../normalize/calendar-day.js';
import type { Comparison } from '../comparison.js';
import { graded, type Discrepancy } from '../discrepancy.js';
import { exportStyle, quotedStyle } from '../describe-styles.js';
import type { ValueKindModule } from '../value-kind.js';
import { numberWord } from '../words.js';
import { dateStretches, quotedDate, YEAR_APART_DAYS, type DateValue } from './date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const PartialDateValueSchema = z
  .object({
    type: z.literal('partial-date').describe('The value kind: a month-day or a month without a year ("on March 3" on an undated page); it compares with full dates in any year.'),
    /** 1–12. */
    month: z.number().int().min(1).max(12).describe('The month, 1–12.'),
    /** Day of the month, when the source gives one. */
    day: z.number().int().min(1).max(31).optional().describe('The day of the month, when the source gives one (absent for "in December").'),
    raw: z.string().optional().describe('The words of the source this value was read from.'),
  })
  // a leap year has every month-day there is
  .refine((d) => d.day === undefined || d.day <= daysInMonth(2024, d.month), { error: 'no month has that day', path: ['day'] });
export type PartialDateValue = z.infer<typeof PartialDateValueSchema>;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "March 3", "December". */
const monthDay = (d: PartialDateValue): string => `${MONTHS[d.month - 1] ?? d.month}${d.day !== undefined ? ` ${d.day}` : ''}`;

/** "March 3, no year". */
const normalized = (d: PartialDateValue): string => `${monthDay(d)}, no year`;

const quoted = (d: PartialDateValue): string => quotedStyle(d.raw, normalized(d));

/** Whether a calendar day is the partial date (in its year). */
const matches = (p: PartialDateValue, day: CalendarDay): boolean => day.month === p.month && (p.day === undefined || day.day === p.day);

/** The days of year `year` the partial date covers: [first, last] (undefined when that year has no such day: Feb 29). */
const inYear = (p: PartialDateValue, year: number): readonly [CalendarDay, CalendarDay] | undefined => {
  if (p.day !== undefined) return p.day <= daysInMonth(year, p.month) ? [{ year, month: p.month, day: p.day }, { year, month: p.month, day: p.day }] : undefined;
  return [
    { year, month: p.month, day: 1 },
    { year, month: p.month, day: daysInMonth(year, p.month) },
  ];
};

/** Days between the partial date, placed in the year nearest to the date, and the date (0 when it falls inside); of a date of two days, the nearer. */
const nearestGap = (p: PartialDateValue, d: DateValue): number => {
  let best = Number.POSITIVE_INFINITY;
  for (const [first, last] of dateStretches(d)) best = Math.min(best, stretchGap(p, dayOfIso(first), dayOfIso(last)));
  return best;
};

/** Days between the partial date, placed in the year nearest to the stretch of days, and the stretch (0 when it falls inside). */
const stretchGap = (p: PartialDateValue, start: CalendarDay, end: CalendarDay): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let year = start.year - 1; year <= end.year + 1; year += 1) {
    const span = inYear(p, year);
    if (span === undefined) continue;
    const [first, last] = span;
    const gap = daysBetween(last, start) > 0 ? daysBetween(last, start) : daysBetween(end, first) > 0 ? daysBetween(end, first) : 0;
    best = Math.min(best, gap);
  }
  return best;
};

/** Compare a partial date with a full date interval. */
export const comparePartialWithDate = (p: PartialDateValue, d: DateValue): Comparison => {
  const stretches = dateStretches(d);
  for (const [first, last] of stretches) {
    const start = dayOfIso(first);
    const length = daysBetween(start, dayOfIso(last)) + 1;
    if (length >= 366) return { verdict: 'compatible', reason: `${quotedDate(d)} spans a whole year, so it contains ${monthDay(p)}` };
    for (let i = 0; i < length; i += 1) {
      if (matches(p, addDays(start, i))) return { verdict: 'compatible', reason: `${quotedDate(d)} ${stretches.length > 1 ? 'can be' : length === 1 ? 'is' : 'includes'} ${monthDay(p)}` };
    }
  }
  return { verdict: 'conflict', reason: `${quotedDate(d)} is not ${quoted(p)}` };
};

/** Compare two partial dates. */
export const comparePartialDates = (a: PartialDateValue, b: PartialDateValue): Comparison => {
  if (a.month !== b.month) return { verdict: 'conflict', reason: `${quoted(a)} and ${quoted(b)} are in different months` };
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) {
    return { verdict: 'conflict', reason: `${quoted(a)} and ${quoted(b)} are ${numberWord(Math.abs(a.day - b.day))} day${Math.abs(a.day - b.day) === 1 ? '' : 's'} apart` };
  }
  return { verdict: 'compatible', reason: `${quoted(a)} and ${quoted(b)} ${a.day === b.day ? 'are the same day' : 'overlap'}` };
};

/**
 * How far apart a partial date and another date are, in the nearest year:
 * a day is a minor tension, otherwise substantial.
 */
export const partialDateDiscrepancy = (p: PartialDateValue, other: DateValue | PartialDateValue): Discrepancy | undefined => {
  let gap: number;
  if (other.type === 'date') {
    if (comparePartialWithDate(p, other).verdict !== 'conflict') return undefined;
    gap = nearestGap(p, other);
  } else {
    if (comparePartialDates(p, other).verdict !== 'conflict') return undefined;
    if (p.month !== other.month || p.day === undefined || other.day === undefined) return graded('substantial', 0.1, 'different months');
    gap = Math.abs(p.day - other.day);
  }
  if (!Number.isFinite(gap)) return graded('substantial', 0.5, 'different days');
  const days = `${numberWord(gap)} day${gap === 1 ? '' : 's'} apart`;
  return gap <= 1 ? graded('minor', 0.5, `minor tension: ${days}`) : graded('substantial', gap / YEAR_APART_DAYS, days);
};

export const partialDateKind: ValueKindModule<'partial-date', PartialDateValue, 'date'> = {
  type: 'partial-date',
  noun: 'a date without a year',
  predicateType: 'date',
  schema: PartialDateValueSchema,
  // The date shorthand ({ date: "March 3" }) reads partial dates on undated pages.
  shorthands: [],
  key: (d) => `pd:${pad(d.month)}-${d.day !== undefined ? pad(d.day) : ''}`,
  compare: (self, other, context) => {
    if (other.type === 'partial-date') {
      const b = other as PartialDateValue;
      return context.selfFirst ? comparePartialDates(self, b) : comparePartialDates(b, self);
    }
    if (other.type === 'date') return comparePartialWithDate(self, other as DateValue);
    if (other.type === 'weekday') return { verdict: 'compatible', reason: `${quoted(self)} has no year, so it may fall on any weekday` };
    return undefined;
  },
  discrepancy: (self, other) =>
    other.type === 'date' || other.type === 'partial-date' ? partialDateDiscrepancy(self, other as DateValue | PartialDateValue) : undefined,
  // ISO 8601 writes a month-day without a year as --MM-DD.
  describe: (d, style) =>
    style === 'normalized' ? normalized(d) : style === 'message' ? (d.raw ?? monthDay(d)) : exportStyle(d.raw, `--${pad(d.month)}${d.day !== undefined ? `-${pad(d.day)}` : ''}`),
};
