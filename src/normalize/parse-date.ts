/**
 * Dates as sources write them → calendar intervals with a precision, or a
 * weekday constraint when there is no publication date to place it.
 *
 * The common written forms ("Dec 12, 2025", "2025-12-12", "October 29",
 * "today") are read exactly by `written-date.ts`; chrono-node reads the rest
 * (and is loaded only then in the CLI, see `chrono-engine.ts`). Everything
 * relative ("Friday", "today", "last year", "October 29" without a year) is
 * resolved against the source's publication day in calendar days (UTC
 * arithmetic), with our own past-tense step for weekdays and year-less dates.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { DateValue } from '../values/kinds/date.js';
import type { PartialDateValue } from '../values/kinds/partial-date.js';
import type { WeekdayValue } from '../values/kinds/weekday.js';
import {
  addDays,
  compareDays,
  daysBetween,
  daysInMonth,
  formatDay,
  isValidDay,
  WEEKDAYS,
  weekdayIndex,
  type CalendarDay,
} from './calendar-day.js';
import type { Message } from '../model/message.js';
import { fromEither, type Result } from '../model/result.js';
import { normalizeMessage } from './diagnostic.js';
import { readPublicationDay, type PublicationDateInput } from './publication-day.js';
import { relationInPhrase, weekdayPhrase, weekdayReadings } from './weekday-phrase.js';
import type { ChronoEnglish } from './chrono-engine.js';
import { englishDates } from './english-dates.js';
import { readWrittenDate, type WrittenDate } from './written-date.js';
import { readYearPart, type YearPart } from './year-part.js';

/**
 * Longest date text handed to chrono-node. Claim values are short; chrono's
 * own regular expressions are not ours to vouch for on unbounded input.
 */
export const MAX_DATE_TEXT_LENGTH = 200;

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /** When the source was published: a `PublishedAt`, a `Date` or an ISO 8601 string. */
  readonly publishedAt?: PublicationDateInput;
  /**
   * Which way relative words point from publication: `past` (default; news
   * reports what happened: "Friday" is the latest Friday on or before
   * publication) or `future` (an announcement: the earliest on or after).
   */
  readonly direction?: 'past' | 'future';
}

/** What a date in words becomes: a calendar interval, or, without a publication date, a weekday or a date without a year. */
export type ParsedDate = DateValue | WeekdayValue | PartialDateValue;

type Step = E.Either<Message, ParsedDate>;

/**
 * Parse a date as a source writes it.
 *
 * - Absolute dates ("Dec 12, 2025", "February 4, 2026", "2025-12-12",
 *   "December 2025", "2025") → an interval of days with precision
 *   `day` / `month` / `year`; "Dec 12-14, 2025" → a range of days.
 * - Weekdays ("Friday", "on Wednesday", "last Monday") → with a publication
 *   date, the latest such day on or before publication ("last X": strictly
 *   before); without one, a `weekday` constraint that can still be compared.
 * - "today", "yesterday", "last year", "last month", "this week" → resolved
 *   against the publication day; without one → a `needs-publication-date` message.
 * - A month-day or month without a year takes the year that puts it on or
 *   before publication, or at most {@link NEAR_AHEAD_DAYS} after it (with
 *   `direction: 'future'`: on or after publication, at most
 *   {@link MAX_FORWARD_DAYS} after it, else the year before); without a
 *   publication date it stays a `partial-date` ("March 3" → month 3, day 3),
 *   which still compares with full dates.
 *
 * @example
 * parseDate('Friday', { publishedAt: { precision: 'day', value: '2025-12-12' } })
 * // value: { type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day', raw: 'Friday' }
 * parseDate('Wednesday')
 * // value: { type: 'weekday', weekday: 'wednesday', raw: 'Wednesday' }
 * parseDate('October 29', { publishedAt: '2025-12-24' })
 * // value: { type: 'date', start: '2025-10-29', end: '2025-10-29', precision: 'day', … }
 */
export const parseDate = (text: string, options: ParseDateOptions = {}): Result<ParsedDate> =>
  fromEither(readDate(text, options, true));

/**
 * {@link parseDate} with every date that is not a weekday, a year or a week
 * read by chrono-node, as before the exact reader of common forms existed:
 * what the differential test compares `parseDate` with. Not exported by the
 * package.
 */
export const parseDateWithChrono = (text: string, options: ParseDateOptions = {}): Result<ParsedDate> =>
  fromEither(readDate(text, options, false));

/** {@link parseDate} as an fp-ts chain. */
const readDate = (text: string, options: ParseDateOptions, exactForms: boolean): Step => {
  const direction = options.direction ?? 'past';
  const raw = text.trim();
  const normalized = collapse(text.normalize('NFKC'));
  if (normalized.length === 0) {
    return E.left(normalizeMessage('empty', text, 'the date is empty', 'write a date, e.g. "Dec 12, 2025" or "Friday"'));
  }
  if (normalized.length > MAX_DATE_TEXT_LENGTH) {
    return E.left(
      normalizeMessage('too-long', text, `a date value is at most ${MAX_DATE_TEXT_LENGTH} characters; this one has ${normalized.length}`, 'give only the date words'),
    );
  }
  const pub = readPublicationDay(options.publishedAt);
  if (E.isLeft(pub)) return pub;
  const reference = pub.right;

  const phrase = weekdayPhrase(normalized);
  if (phrase !== undefined) {
    if (reference === undefined) return E.right({ type: 'weekday', weekday: phrase.weekday, raw });
    return E.right(readingsValue(weekdayReadings(phrase, reference, direction), raw));
  }

  const year = yearOnly(normalized);
  if (year !== undefined) return E.right(yearValue(year, raw));

  const part = readYearPart(normalized);
  if (part !== undefined) return viaYearPart(part, text, raw, reference, direction);

  const week = weekPhrase(normalized);
  if (week !== undefined) {
    if (reference === undefined) return E.left(needsPublication(text));
    const monday = addDays(reference, -((weekdayIndex(reference) + 6) % 7) + (week === 'last' ? -7 : week === 'next' ? 7 : 0));
    return E.right(rangeValue(monday, addDays(monday, 6), 'day', raw));
  }

  const written = exactForms ? readWrittenDate(normalized) : undefined;
  if (written !== undefined) return viaWritten(written, raw, reference, direction);
  return viaChrono(normalized, raw, reference, direction);
};

/**
 * A part of a year ("Q3 2026", "mid-2027", "the 2025-26 fiscal year", "by
 * the end of the decade") as a span of months. Without a stated year the
 * span goes to the year that puts it on or before publication (on or after,
 * `direction: 'future'`), as a month without a year does; "by …" runs from
 * publication to the span's end. Both need a publication date.
 */
const viaYearPart = (part: YearPart, text: string, raw: string, reference: CalendarDay | undefined, direction: 'past' | 'future'): Step => {
  if (part.kind === 'decade-end') {
    if (reference === undefined) return E.left(needsPublication(text));
    const decade = Math.floor(reference.year / 10) * 10;
    const end: CalendarDay = { year: decade + 10, month: 12, day: 31 };
    return E.right(part.by ? rangeValue(reference, end, 'year', raw) : rangeValue({ year: decade + 9, month: 1, day: 1 }, end, 'year', raw));
  }
  const span = (year: number): readonly [CalendarDay, CalendarDay] => {
    const endYear = year + part.yearsSpanned - 1;
    return [
      { year, month: part.firstMonth, day: 1 },
      { year: endYear, month: part.lastMonth, day: daysInMonth(endYear, part.lastMonth) },
    ];
  };
  let year = part.year;
  if (year === undefined) {
    if (reference === undefined) return E.left(needsPublication(text));
    year = nearestYearOnSide(span, reference, direction);
  }
  const [start, end] = span(year);
  if (!part.by) return E.right(rangeValue(start, end, 'month', raw));
  if (reference === undefined) return E.left(needsPublication(text));
  return E.right(rangeValue(compareDays(reference, end) <= 0 ? reference : start, end, 'month', raw));
};

const needsPublication = (text: string): Message =>
  normalizeMessage(
    'needs-publication-date',
    text,
    `"${text.slice(0, 40)}" is relative to when the source was published, and the source has no publication date`,
    'give the source a publishedAt, or write the absolute date',
  );

const collapse = (s: string): string => s.trim().split(/\s+/).join(' ');

/** "2025", "in 2025" → 2025. */
const yearOnly = (s: string): number | undefined => {
  const t = s.toLowerCase().startsWith('in ') ? s.slice(3) : s;
  if (t.length !== 4) return undefined;
  for (const ch of t) if (ch < '0' || ch > '9') return undefined;
  return Number(t);
};

/** "last week", "this week", "next week" (Monday to Sunday). */
const weekPhrase = (s: string): 'last' | 'this' | 'next' | undefined => {
  const t = s.toLowerCase();
  if (t === 'last week' || t === 'past week' || t === 'the past week' || t === 'the last week') return 'last';
  if (t === 'this week' || t === 'earlier this week') return 'this';
  if (t === 'next week') return 'next';
  return undefined;
};

const dayValue = (d: CalendarDay, raw: string): DateValue => rangeValue(d, d, 'day', raw);

/** The day a weekday phrase means, or its two readings as a date of precision `either` (earlier day first). */
const readingsValue = (days: readonly [CalendarDay] | readonly [CalendarDay, CalendarDay], raw: string): DateValue => {
  if (days.length === 1) return dayValue(days[0], raw);
  const [a, b] = compareDays(days[0], days[1]) <= 0 ? days : [days[1], days[0]];
  return rangeValue(a, b, 'either', raw);
};

const yearValue = (year: number, raw: string): DateValue =>
  rangeValue({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, 'year', raw);

const monthValue = (year: number, month: number, raw: string): DateValue =>
  rangeValue({ year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }, 'month', raw);

const rangeValue = (start: CalendarDay, end: CalendarDay, precision: DateValue['precision'], raw: string): DateValue => ({
  type: 'date',
  start: formatDay(start),
  end: formatDay(end),
  precision,
  raw,
});

/** Components chrono read, with which of them the text stated. */
interface Reading {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly certain: { readonly year: boolean; readonly month: boolean; readonly day: boolean; readonly weekday: boolean };
  readonly weekday: number | null;
  readonly end: { readonly year: number; readonly month: number; readonly day: number; readonly yearCertain: boolean } | undefined;
  readonly index: number;
  readonly text: string;
}

/** A fixed reference for texts with no publication date; only used to tell relative from absolute. */
const NEUTRAL_REFERENCES: readonly CalendarDay[] = [
  { year: 2001, month: 3, day: 14 },
  { year: 2013, month: 10, day: 27 },
];

const LEAP_REFERENCE: CalendarDay = { year: 2024, month: 6, day: 15 };

const read = (text: string, ref: CalendarDay): readonly Reading[] =>
  englishDates()
    .parse(text, { instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)), timezone: 0 })
    .map((r) => {
      const s = r.start;
      const end = r.end;
      return {
        year: s.get('year') ?? ref.year,
        month: s.get('month') ?? 1,
        day: s.get('day') ?? 1,
        weekday: s.get('weekday'),
        certain: {
          year: s.isCertain('year'),
          month: s.isCertain('month'),
          day: s.isCertain('day'),
          weekday: s.isCertain('weekday'),
        },
        end:
          end === undefined || end === null
            ? undefined
            : { year: end.get('year') ?? ref.year, month: end.get('month') ?? 1, day: end.get('day') ?? 1, yearCertain: end.isCertain('year') },
        index: r.index,
        text: r.text,
      };
    });

const sameReading = (a: Reading, b: Reading): boolean =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  (a.end === undefined) === (b.end === undefined) &&
  (a.end === undefined || b.end === undefined || (a.end.year === b.end.year && a.end.month === b.end.month && a.end.day === b.end.day));

const viaChrono = (
  text: string,
  raw: string,
  reference: CalendarDay | undefined,
  direction: 'past' | 'future',
): Step => {
  const [refA, refB] = NEUTRAL_REFERENCES as [CalendarDay, CalendarDay];
  let first = read(text, reference ?? refA);
  if (first.length === 0) {
    // chrono drops "Feb 29" when the reference year has no Feb 29; read it
    // against a leap year and place it ourselves (it has no year of its own)
    const leap = read(text, LEAP_REFERENCE).filter((r) => !r.certain.year && r.certain.month && r.certain.day);
    if (leap.length === 1) first = leap;
  }
  if (first.length === 0) {
    return E.left(normalizeMessage('no-date', raw, `found no date in "${raw.slice(0, 40)}"`, 'write e.g. "Dec 12, 2025", "December 2025", "2025" or "Friday"'));
  }
  if (first.length > 1) {
    return E.left(
      normalizeMessage('ambiguous-date', raw, `found ${first.length} dates (${first.map((r) => `"${r.text}"`).join(', ')}); a value is one date`, 'give one date or a range such as "Dec 12-14, 2025"'),
    );
  }
  const r = first[0] as Reading;
  const leftover = text.slice(0, r.index) + text.slice(r.index + r.text.length);
  for (const ch of leftover) {
    if (ch >= '0' && ch <= '9') {
      return E.left(
        normalizeMessage('ambiguous-date', raw, `only "${r.text}" of "${raw.slice(0, 40)}" reads as a date`, 'give one date or a range such as "Dec 12-14, 2025"'),
      );
    }
  }
  const backwards = r.end !== undefined ? writtenBackwards(text, r, reference ?? refA) : false;
  if (backwards) return E.left(backwardsRange(raw));
  return interpret(r, text, raw, reference, direction, () => {
    // Relative to the reference ("last year", "today")? Read the text against a
    // reference in another year: an absolute date reads the same.
    const other = read(text, reference === undefined ? refB : reference.year === refA.year ? refB : refA);
    return other.length === 1 && sameReading(r, other[0] as Reading);
  });
};

/**
 * A single reading (chrono-node's, or the exact reader's) → the value.
 * `absolute` says whether a reading with its year stated reads the same
 * whatever the publication day (asked only for such readings).
 */
const interpret = (r: Reading, text: string, raw: string, reference: CalendarDay | undefined, direction: 'past' | 'future', absolute: () => boolean): Step => {
  if (!r.certain.year && !r.certain.month && !r.certain.day) {
    if (r.certain.weekday && r.weekday !== null) {
      // a weekday inside a longer phrase ("Friday at 5pm", "last Friday at noon"): same past-tense step
      const phrase = { weekday: WEEKDAYS[r.weekday] ?? 'sunday', relation: relationInPhrase(text.toLowerCase()) } as const;
      if (reference === undefined) return E.right({ type: 'weekday', weekday: phrase.weekday, raw });
      return E.right(readingsValue(weekdayReadings(phrase, reference, direction), raw));
    }
    return E.left(normalizeMessage('no-date', raw, `"${raw.slice(0, 40)}" names no day, month or year`));
  }

  const precision: DateValue['precision'] = r.certain.day ? 'day' : r.certain.month ? 'month' : 'year';
  if (!r.certain.year && r.certain.month) {
    // month-day or month without a year: the year that puts it on or before publication;
    // with no publication date, a date without a year (a range of days stays refused)
    if (reference === undefined) {
      if (r.end !== undefined) {
        return E.left(
          normalizeMessage('needs-publication-date', raw, `"${raw.slice(0, 40)}" is a range of days with no year and the source has no publication date`, 'write the year, or give the source a publishedAt'),
        );
      }
      return E.right({ type: 'partial-date', month: r.month, ...(precision === 'day' ? { day: r.day } : {}), raw });
    }
    return E.right(placeWithoutYear(r, reference, direction, precision, raw));
  }
  if (reference === undefined && !absolute()) return E.left(needsPublication(raw));
  return E.right(fromReading(r, r.year, precision, raw));
};

const backwardsRange = (raw: string): Message =>
  normalizeMessage('invalid-range', raw, `"${raw.slice(0, 40)}" is a range that ends before it starts`, 'write the earlier day first, e.g. "Dec 10-12, 2025"');

/** A date in one of the common written forms (`written-date.ts`), read as chrono-node would read it. */
const viaWritten = (written: WrittenDate, raw: string, reference: CalendarDay | undefined, direction: 'past' | 'future'): Step => {
  if (written.kind === 'relative-day') {
    if (reference === undefined) return E.left(needsPublication(raw));
    return E.right(dayValue(addDays(reference, written.offset), raw));
  }
  const { start, end } = written;
  const stated = start.year !== undefined;
  const r: Reading = {
    year: start.year ?? 0,
    month: start.month,
    day: start.day ?? 1,
    weekday: null,
    certain: { year: stated, month: true, day: start.day !== undefined, weekday: false },
    end: end === undefined ? undefined : { year: end.year ?? 0, month: end.month, day: end.day ?? 1, yearCertain: end.year !== undefined },
    index: 0,
    text: raw,
  };
  if (r.end !== undefined && endsBeforeStart({ day: r, yearCertain: stated }, { day: r.end, yearCertain: r.end.yearCertain })) return E.left(backwardsRange(raw));
  return interpret(r, raw, raw, reference, direction, () => stated);
};

/** A range across the new year ("Dec 30 - Jan 2") is read as one only when it is at most this long. */
const MAX_NEW_YEAR_RANGE_DAYS = 183;

interface WrittenDay {
  readonly day: CalendarDay;
  readonly yearCertain: boolean;
}

/**
 * Whether the second day of a range comes before the first as written. A
 * year-less end before its start is read across the new year ("Dec 30 -
 * Jan 2") when that makes a short range; otherwise ("Dec 12-10, 2025",
 * "Dec 12, 2025 - Dec 10, 2025") the range is backwards, never a year long
 * and never silently swapped.
 */
const endsBeforeStart = (from: WrittenDay, to: WrittenDay): boolean => {
  if (compareDays(from.day, to.day) <= 0) return false;
  if (from.yearCertain && to.yearCertain) return true;
  const [a, b] = to.yearCertain ? [{ ...from.day, year: to.day.year - 1 }, to.day] : [from.day, { ...to.day, year: from.day.year + 1 }];
  return compareDays(a, b) > 0 || daysBetween(a, b) > MAX_NEW_YEAR_RANGE_DAYS;
};

let unmergedParser: ChronoEnglish['casual'] | undefined;

/** chrono without its range merging, which swaps a backwards range silently: the days in the order written. */
const unmerged = (): ChronoEnglish['casual'] => {
  if (unmergedParser === undefined) {
    const parser = englishDates().clone();
    parser.refiners = parser.refiners.filter((refiner) => !/MergeDateRange/.test(refiner.constructor.name));
    unmergedParser = parser;
  }
  return unmergedParser;
};

/** Whether the range chrono read from `text` is written end first. */
const writtenBackwards = (text: string, r: Reading, ref: CalendarDay): boolean => {
  const written = (c: ReturnType<ChronoEnglish['parse']>[number]['start']): WrittenDay => ({
    day: { year: c.get('year') ?? ref.year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 },
    yearCertain: c.isCertain('year'),
  });
  const parts = unmerged().parse(text, { instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)), timezone: 0 });
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined && parts[0].end === null && parts[1].end === null) {
    return endsBeforeStart(written(parts[0].start), written(parts[1].start));
  }
  if (r.end === undefined) return false;
  return endsBeforeStart(
    { day: { year: r.year, month: r.month, day: r.day }, yearCertain: r.certain.year },
    { day: { year: r.end.year, month: r.end.month, day: r.end.day }, yearCertain: r.end.yearCertain },
  );
};

/** Pick the year for a year-less reading: on or before the reference (past), on or after (future). */
const placeWithoutYear = (
  r: Reading,
  reference: CalendarDay,
  direction: 'past' | 'future',
  precision: DateValue['precision'],
  raw: string,
): DateValue => {
  const pinned = precision === 'day' && r.end === undefined ? yearOfStatedWeekday(r, reference) : undefined;
  if (pinned !== undefined) return fromReading(r, pinned, precision, raw);
  const spanIn = (year: number): readonly [CalendarDay, CalendarDay] | undefined => {
    if (precision !== 'day') return [{ year, month: r.month, day: 1 }, { year, month: r.month, day: daysInMonth(year, r.month) }];
    if (!isValidDay(year, r.month, r.day)) return undefined;
    const day: CalendarDay = { year, month: r.month, day: r.day };
    return [day, day];
  };
  return fromReading(r, nearestYearOnSide(spanIn, reference, direction), precision, raw);
};

/**
 * How soon after publication a date without a year may fall and still be
 * read in the coming days rather than a year back, in a claim that looks
 * back (`past`): "on March 17th" in a page of 13 March is that 17 March, not
 * one 361 days earlier, and "in January" in a page of 20 December is the
 * coming January — news names a date that far back as "last March". A
 * month.
 */
export const NEAR_AHEAD_DAYS = 31;

/**
 * How far after publication a date without a year may fall when read
 * forward (`future`, an expected claim): about half a year. Further ahead,
 * the words are read back instead: "are set to sign on October 29" on a page
 * of 24 December is text from before the 29th carried by a later page, not a
 * date ten months off (a forecast that far ahead is written with its year).
 */
export const MAX_FORWARD_DAYS = 183;

/**
 * The one rule for placing a date written without a year (a day, a month, a
 * part of a year): the nearest year, from publication's own, in which it
 * stands on the publication's side — its span in that year starts on or
 * before publication (`past`) or ends on or after it (`future`). Looking
 * back, a span that starts at most {@link NEAR_AHEAD_DAYS} after
 * publication (in publication's year or the next) is taken first; looking
 * forward, a span that would start more than {@link MAX_FORWARD_DAYS} after
 * publication is read back instead (the year before, or the nearest one
 * before it in which the date exists). `spanIn` gives the span in a year, or
 * undefined when the date does not exist that year (Feb 29 only exists in
 * leap years, so a few years out are looked at).
 */
const nearestYearOnSide = (
  spanIn: (year: number) => readonly [CalendarDay, CalendarDay] | undefined,
  reference: CalendarDay,
  direction: 'past' | 'future',
): number => {
  if (direction === 'past') {
    for (const year of [reference.year, reference.year + 1]) {
      const span = spanIn(year);
      if (span === undefined) continue;
      const ahead = daysBetween(reference, span[0]);
      if (ahead > 0 && ahead <= NEAR_AHEAD_DAYS) return year;
    }
  }
  const step = direction === 'past' ? -1 : 1;
  let year = reference.year;
  for (let i = 0; i < 8; i += 1, year += step) {
    const span = spanIn(year);
    if (span === undefined) continue;
    if (direction === 'past' && compareDays(span[0], reference) <= 0) return year;
    if (direction === 'future' && compareDays(span[1], reference) >= 0) {
      return daysBetween(reference, span[0]) > MAX_FORWARD_DAYS ? nearestYearOnSide(spanIn, reference, 'past') : year;
    }
  }
  return year;
};

/**
 * "Tuesday, 17 March": a stated weekday says which year a date without one
 * is in, before or after publication — the year next to publication's
 * (the year before, of, or after) where that day falls on that weekday,
 * the nearest to publication if two do. Undefined when no weekday is stated
 * or none of the three years fits (the usual step decides).
 */
const yearOfStatedWeekday = (r: Reading, reference: CalendarDay): number | undefined => {
  if (!r.certain.weekday || r.weekday === null) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const day: CalendarDay = { year, month: r.month, day: r.day };
    if (!isValidDay(year, r.month, r.day) || weekdayIndex(day) !== r.weekday) continue;
    const distance = Math.abs(daysBetween(reference, day));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
};

const fromReading = (r: Reading, year: number, precision: DateValue['precision'], raw: string): DateValue => {
  if (precision === 'year') return yearValue(year, raw);
  if (precision === 'month') return monthValue(year, r.month, raw);
  const start: CalendarDay = { year, month: r.month, day: r.day };
  if (r.end === undefined) return dayValue(start, raw);
  // "Dec 12-14": the end takes the start's year when it has none of its own
  let end: CalendarDay = { year: r.end.yearCertain ? r.end.year : year, month: r.end.month, day: r.end.day };
  if (compareDays(end, start) < 0) end = { ...end, year: end.year + 1 };
  return rangeValue(start, end, 'day', raw);
};
