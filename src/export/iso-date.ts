/**
 * ISO 8601 dates as the exports read and write them: a calendar day
 * (`2026-01-15`) or a date-time to the minute or second with an optional
 * offset (`2026-01-15T09:30`, `2026-01-15T09:30:00Z`, `…+01:00`). Days are
 * checked against the calendar (no 2026-02-30), times against the clock.
 */
import { parseDay } from '../normalize/calendar-day.js';

const FORM = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/** A date the exports accept, split into its parts. */
export interface IsoDate {
  /** The calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Whether a time of day is given. */
  readonly hasTime: boolean;
  /** Whether the time carries an offset (`Z` or `±hh:mm`). */
  readonly hasOffset: boolean;
  /** The text as given. */
  readonly text: string;
}

/**
 * Read an ISO 8601 date or date-time; `undefined` when it is not one or names
 * a day or time that does not exist.
 *
 * @example
 * parseIsoDate('2026-01-15')?.day      // '2026-01-15'
 * parseIsoDate('2026-02-30')           // undefined
 * parseIsoDate('2026-01-15T25:00')     // undefined
 */
export const parseIsoDate = (text: string): IsoDate | undefined => {
  const match = FORM.exec(text);
  if (match === null) return undefined;
  const [, day = '', hours, minutes, seconds, offset, offsetHours, offsetMinutes] = match;
  if (parseDay(day) === undefined) return undefined;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59))) return undefined;
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) return undefined;
  return { day, hasTime: hours !== undefined, hasOffset: offset !== undefined, text };
};

/** Whether a string is an ISO 8601 calendar date or date-time that exists (the forms the exports write). */
export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== undefined;

/**
 * The instant or the day of a date as UTC `xsd:dateTime` values, the form
 * the Web Annotation model requires for `sourceDate`: a date-time with an
 * offset is one instant; a day, or a time without an offset, is read as UTC
 * (a day becomes its first and last second).
 *
 * @example
 * utcDateTimes('2026-01-15T09:30+01:00') // { at: '2026-01-15T08:30:00Z' }
 * utcDateTimes('2026-01-15')             // { start: '2026-01-15T00:00:00Z', end: '2026-01-15T23:59:59Z' }
 */
export const utcDateTimes = (date: IsoDate): { readonly at: string } | { readonly start: string; readonly end: string } => {
  if (!date.hasTime) return { start: `${date.day}T00:00:00Z`, end: `${date.day}T23:59:59Z` };
  const text = date.hasOffset ? date.text : `${date.text}Z`;
  const instant = new Date(text);
  return { at: `${instant.toISOString().slice(0, 19)}Z` };
};
