/**
 * Weekday phrases ("Friday", "on Wednesday", "last Monday", "next Tue.")
 * and the past-tense step that places them on the calendar.
 *
 * chrono-node resolves a bare weekday to the NEAREST such day, which can be
 * after the publication date. A news report in the past tense means the
 * latest such day on or before publication, so we resolve weekdays here.
 */
import { addDays, WEEKDAYS, weekdayIndex, type CalendarDay, type Weekday } from './calendar-day.js';

/** How the phrase relates the weekday to the reference day. */
export type WeekdayRelation = 'plain' | 'last' | 'next';

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
  ['this past ', 'last'],
  ['this coming ', 'next'],
  ['on ', 'plain'],
  ['last ', 'last'],
  ['past ', 'last'],
  ['next ', 'next'],
  ['coming ', 'next'],
  ['this ', 'plain'],
];

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
 * Place a weekday relative to a reference day (the publication day).
 * - `past` direction (news reports what happened): a plain weekday is the
 *   latest such day ON OR BEFORE the reference; "last X" is the latest
 *   STRICTLY before it;
 * - `future` direction (announcements): a plain weekday is the earliest such
 *   day on or after; "next X" is always the earliest strictly after.
 * @example
 * // published Wednesday 2025-12-24: "Friday" → 2025-12-19
 * resolveWeekday({ weekday: 'friday', relation: 'plain' }, { year: 2025, month: 12, day: 24 }, 'past')
 */
export const resolveWeekday = (
  phrase: WeekdayPhrase,
  reference: CalendarDay,
  direction: 'past' | 'future',
): CalendarDay => {
  const target = WEEKDAYS.indexOf(phrase.weekday);
  const current = weekdayIndex(reference);
  const back = (current - target + 7) % 7; // days back to the latest such day on or before
  const forward = (target - current + 7) % 7; // days forward to the earliest on or after
  if (phrase.relation === 'last') return addDays(reference, -(back === 0 ? 7 : back));
  if (phrase.relation === 'next') return addDays(reference, forward === 0 ? 7 : forward);
  return direction === 'past' ? addDays(reference, -back) : addDays(reference, forward);
};
