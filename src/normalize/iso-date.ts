/**
 * ISO 8601 dates: a calendar day (`2026-01-15`) or a date-time to the minute
 * or second with an optional offset (`2026-01-15T09:30`,
 * `2026-01-15T09:30:00Z`, `…+01:00`). Days are checked against the calendar
 * (no 2026-02-30), times against the clock. The one reader of the form: the
 * exports read `--date` and `retrievedAt` with it, capture reads the dates a
 * page states (`lenient`) and the `retrievedAt` it is given.
 */
import { parseDay } from './calendar-day.js';

/** The form the exports write and the source files record. */
const STRICT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;
/** What pages write in their metadata besides: a space for the `T`, a comma fraction, `+0530`, lower-case `z`. */
const LENIENT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

/** How strictly to read. */
export interface IsoDateOptions {
  /** Also take the variants pages write (see `LENIENT`); default: the strict form only. */
  readonly lenient?: boolean;
}

/** A date read, split into its parts. */
export interface IsoDate {
  /** The calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Whether a time of day is given. */
  readonly hasTime: boolean;
  /** Whether the time carries an offset (`Z` or `±hh:mm`). */
  readonly hasOffset: boolean;
  /** The time to the minute, `hh:mm`, when given. */
  readonly time?: string;
  /** The seconds, `ss`, when given (a fraction is dropped). */
  readonly seconds?: string;
  /** The offset as `Z` or `±hh:mm`, when given. */
  readonly offset?: string;
  /** The text as given. */
  readonly text: string;
}

const formOf = (options: IsoDateOptions): RegExp => (options.lenient === true ? LENIENT : STRICT);

/**
 * Whether `text` is written in the form at all, whether or not the day and time exist
 * (`2026-02-30` is; `March 4, 2026` is not).
 */
export const hasIsoDateForm = (text: string, options: IsoDateOptions = {}): boolean => formOf(options).test(text);

/**
 * Read an ISO 8601 date or date-time; `undefined` when it is not one or names
 * a day or time that does not exist.
 *
 * @example
 * parseIsoDate('2026-01-15')?.day                          // '2026-01-15'
 * parseIsoDate('2026-02-30')                               // undefined
 * parseIsoDate('2026-01-15T25:00')                         // undefined
 * parseIsoDate('2026-01-15 09:30 +0530', { lenient: true })?.offset // '+05:30'
 */
export const parseIsoDate = (text: string, options: IsoDateOptions = {}): IsoDate | undefined => {
  const match = formOf(options).exec(text);
  if (match === null) return undefined;
  const [, day = '', hours, minutes, seconds, offset, offsetHours, offsetMinutes] = match;
  if (parseDay(day) === undefined) return undefined;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59))) return undefined;
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) return undefined;
  const zone = offset === undefined ? undefined : offset.toUpperCase() === 'Z' ? 'Z' : `${offset.charAt(0)}${offsetHours}:${offsetMinutes}`;
  return {
    day,
    hasTime: hours !== undefined,
    hasOffset: zone !== undefined,
    ...(hours !== undefined ? { time: `${hours}:${minutes}` } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    ...(zone !== undefined ? { offset: zone } : {}),
    text,
  };
};

/** Whether a string is an ISO 8601 calendar date or date-time that exists (the strict form: what the exports write). */
export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== undefined;

/**
 * The instant or the day of a date as UTC `xsd:dateTime` values, the form
 * the Web Annotation model requires for `sourceDate`: a date-time with an
 * offset is one instant; a day, or a time without an offset, is read as UTC
 * (a day becomes its first and last second).
 *
 * @example
 * utcDateTimes(parseIsoDate('2026-01-15T09:30+01:00')) // { at: '2026-01-15T08:30:00Z' }
 * utcDateTimes(parseIsoDate('2026-01-15'))             // { start: '2026-01-15T00:00:00Z', end: '2026-01-15T23:59:59Z' }
 */
export const utcDateTimes = (date: IsoDate): { readonly at: string } | { readonly start: string; readonly end: string } => {
  if (date.time === undefined) return { start: `${date.day}T00:00:00Z`, end: `${date.day}T23:59:59Z` };
  const instant = new Date(`${date.day}T${date.time}:${date.seconds ?? '00'}${date.offset ?? 'Z'}`);
  return { at: `${instant.toISOString().slice(0, 19)}Z` };
};
