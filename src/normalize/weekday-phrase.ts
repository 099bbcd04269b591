/**
 * Weekday phrases ("Friday", "on Wednesday", "last Monday", "next Tue.")
 * and the past-tense step that places them on the calendar.
 *
 * chrono-node resolves a bare weekday to the NEAREST such day, which can be
 * after the publication date. A news report in the past tense means the
 * latest such day on or before publication, so we resolve weekdays here.
 *
 * "last Tuesday" and "next Tuesday" are ambiguous when the nearest such day
 * falls in the publication's own week (weeks start on Monday): said on a
 * Wednesday, "last Tuesday" is yesterday to some readers and the Tuesday of
 * the week before to others (British usage often means the latter). Such a
 * phrase has two readings, a week apart, and its value is either day
 * (`weekdayReadings`); it is one day when the nearest such day is in another
 * week already ("last Thursday" said on a Wednesday is six days before).
 */
import { addDays, WEEKDAYS, weekdayIndex, type CalendarDay, type Weekday } from './calendar-day.js';

/**
 * How the phrase relates the weekday to the reference day: `plain` ("Friday",
 * "on Friday"), `this` (the one in the reference's own week), `last` / `next`
 * (the week's before or after, maybe ambiguous: see the module note),
 * `past` / `coming` ("this past Friday", "this coming Friday": the nearest
 * strictly before or after, never ambiguous).
 */
export type WeekdayRelation = 'plain' | 'this' | 'last' | 'next' | 'past' | 'coming';

/** A recognised weekday phrase. */
export interface WeekdayPhrase {
  readonly weekday: Weekday;
  readonly relation: WeekdayRelation;
}

const NAMES: ReadonlyMap<string, Weekday> = new Map(
  WEEKDAYS.flatMap((w): [string, Weekday][] => [
    [w, w],
    [w.slice(0, 3), w],
  ]).concat([
    ['tues', 'tuesday'],
    ['weds', 'wednesday'],
    ['thur', 'thursday'],
    ['thurs', 'thursday'],
  ]),
);

const PREFIXES: readonly (readonly [string, WeekdayRelation])[] = [
  ['this past ', 'past'],
  ['this coming ', 'coming'],
  ['on ', 'plain'],
  ['last ', 'last'],
  ['past ', 'past'],
  ['next ', 'next'],
  ['coming ', 'coming'],
  ['this ', 'this'],
];

/**
 * The relation the words of a longer phrase with a weekday give ("last
 * Friday at noon", "this coming Monday morning", "at noon last Friday"): the
 * first of `PREFIXES` the text starts with, else "last" or "next" anywhere
 * in it; `plain` when none ("past" elsewhere is a time: "half past ten").
 */
export const relationInPhrase = (lowerText: string): WeekdayRelation => {
  for (const [prefix, relation] of PREFIXES) if (lowerText.startsWith(prefix)) return relation;
  return lowerText.includes(' last ') ? 'last' : lowerText.includes(' next ') ? 'next' : 'plain';
};

const PARTS_OF_DAY = ['', ' morning', ' afternoon', ' evening', ' night'];

/**
 * Recognise a whole text that is a weekday phrase. Works on a lower-cased,
 * space-collapsed copy with plain string operations (no regular expressions).
 * @example
 * weekdayPhrase('on Wednesday') // { weekday: 'wednesday', relation: 'plain' }
 * weekdayPhrase('last Fri.')    // { weekday: 'friday', relation: 'last' }
 */
export const weekdayPhrase = (text: string): WeekdayPhrase | undefined => {
  let s = text.toLowerCase();
  while (s.endsWith('.') || s.endsWith(',')) s = s.slice(0, -1);
  let relation: WeekdayRelation = 'plain';
  for (const [prefix, rel] of PREFIXES) {
    if (s.startsWith(prefix)) {
      relation = rel;
      s = s.slice(prefix.length);
      break;
    }
  }
  // "on Friday" after "this past" etc. is not English; only one prefix
  for (const part of PARTS_OF_DAY) {
    if (part.length > 0 && !s.endsWith(part)) continue;
    let name = s.slice(0, s.length - part.length);
    if (name.endsWith('.')) name = name.slice(0, -1);
    const weekday = NAMES.get(name);
    if (weekday !== undefined) return { weekday, relation };
  }
  return undefined;
};

/**
 * The days a weekday phrase can mean, read against a reference day (the
 * publication day): one day, or two a week apart when the phrase is
 * ambiguous (nearest first).
 * - `plain`: in the `past` direction (news reports what happened) the latest
 *   such day ON OR BEFORE the reference; in the `future` direction
 *   (announcements) the earliest on or after;
 * - `this`: the such day of the reference's own week (Monday to Sunday),
 *   before or after it;
 * - `past` / `coming`: the nearest such day strictly before / after;
 * - `last`: the nearest such day strictly before, and also the one a week
 *   earlier when the nearest is in the reference's own week ("last Tuesday"
 *   said on a Wednesday: yesterday or eight days before; said on a Monday it
 *   is six days before, in the week before, and only that);
 * - `next`: the same forward ("next Tuesday" said on a Monday: tomorrow or
 *   eight days after; said on a Friday, four days after).
 * @example
 * // published Wednesday 2025-12-24
 * weekdayReadings({ weekday: 'tuesday', relation: 'last' }, { year: 2025, month: 12, day: 24 }, 'past')
 * // [2025-12-23, 2025-12-16]
 * weekdayReadings({ weekday: 'friday', relation: 'last' }, { year: 2025, month: 12, day: 24 }, 'past')
 * // [2025-12-19]
 */
export const weekdayReadings = (
  phrase: WeekdayPhrase,
  reference: CalendarDay,
  direction: 'past' | 'future',
): readonly [CalendarDay] | readonly [CalendarDay, CalendarDay] => {
  const target = WEEKDAYS.indexOf(phrase.weekday);
  const current = weekdayIndex(reference);
  const back = (current - target + 7) % 7; // days back to the latest such day on or before
  const forward = (target - current + 7) % 7; // days forward to the earliest on or after
  // Days from the week's Monday: Monday 0 … Sunday 6.
  const fromMonday = (current + 6) % 7;
  const targetFromMonday = (target + 6) % 7;
  switch (phrase.relation) {
    case 'this':
      return [addDays(reference, targetFromMonday - fromMonday)];
    case 'past':
      return [addDays(reference, -(back === 0 ? 7 : back))];
    case 'coming':
      return [addDays(reference, forward === 0 ? 7 : forward)];
    case 'last': {
      const nearest = back === 0 ? 7 : back;
      // The nearest is in this week when it is fewer days back than the week has run.
      return nearest <= fromMonday ? [addDays(reference, -nearest), addDays(reference, -nearest - 7)] : [addDays(reference, -nearest)];
    }
    case 'next': {
      const nearest = forward === 0 ? 7 : forward;
      return nearest <= 6 - fromMonday ? [addDays(reference, nearest), addDays(reference, nearest + 7)] : [addDays(reference, nearest)];
    }
    default:
      return [direction === 'past' ? addDays(reference, -back) : addDays(reference, forward)];
  }
};

/**
 * The nearest day a weekday phrase can mean (the first of `weekdayReadings`).
 * @example
 * // published Wednesday 2025-12-24: "Friday" → 2025-12-19
 * resolveWeekday({ weekday: 'friday', relation: 'plain' }, { year: 2025, month: 12, day: 24 }, 'past')
 */
export const resolveWeekday = (phrase: WeekdayPhrase, reference: CalendarDay, direction: 'past' | 'future'): CalendarDay =>
  weekdayReadings(phrase, reference, direction)[0];
