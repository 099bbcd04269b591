/**
 * ISO 8601 dates: the one place they are validated and read. A date is a
 * calendar day (`2026-01-15`) or a date-time to the minute or finer with an
 * optional offset (`2026-01-15T09:30`, `2026-01-15T09:30:00Z`, `…+01:00`),
 * and it must exist: a real calendar day (no 2025-02-30, no month 13), a real
 * time (no T25:99), a real offset (−14:00 to +14:00, the range xsd:dateTime
 * allows), a four-digit year from 0001 to 9999 (never read as 19xx). zod's
 * ISO checks do the calendar and the clock; the offset and year bounds are
 * ours. Exports write these strings as xsd:date and xsd:dateTime, so what
 * passes here is valid there.
 *
 * The schemas validate where dates enter the data model (claim and source
 * files, baselines, parsed values); `parseIsoDate` reads one into its parts
 * through the same check — strictly for `--date`, `--retrieved` and
 * `retrievedAt`, leniently for the dates pages state in their metadata.
 */
import { z } from 'zod';

/** The offset of an ISO date-time (`Z`, `+01:00`), if any, is within ±14:00. */
const offsetInRange = (value: string): boolean => {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value.slice(16));
  if (offset === null) return true;
  const minutes = Number(offset[2]) * 60 + Number(offset[3]);
  return minutes <= 14 * 60;
};
const notYearZero = (value: string): boolean => !value.startsWith('0000');

const DAY_ERROR = 'expected a real calendar date as YYYY-MM-DD (year 0001–9999)';
const MINUTE_ERROR = 'expected a real date and time as YYYY-MM-DDThh:mm, optionally with an offset from −14:00 to +14:00 (Z, +01:00)';
const DATETIME_ERROR = 'expected a real date and time as YYYY-MM-DDThh:mm[:ss[.sss]], optionally with an offset from −14:00 to +14:00';

/** A calendar day: `2025-12-24`. */
export const IsoDaySchema = z.iso.date({ error: DAY_ERROR }).refine(notYearZero, { error: DAY_ERROR });

/** A date-time to the minute, with or without an offset: `2025-12-12T19:45`, `2025-12-12T19:45+08:00`. */
export const IsoMinuteSchema = z.iso
  .datetime({ local: true, offset: true, precision: -1, error: MINUTE_ERROR })
  .refine((v) => notYearZero(v) && offsetInRange(v), { error: MINUTE_ERROR });

/** A date-time with any precision of seconds: `2026-01-14T10:00:00Z`. */
export const IsoDateTimeSchema = z.iso
  .datetime({ local: true, offset: true, error: DATETIME_ERROR })
  .refine((v) => notYearZero(v) && offsetInRange(v), { error: DATETIME_ERROR });

/** A day or a date-time (to the minute or finer). */
export const IsoDayOrTimeSchema = z.union([IsoDaySchema, IsoMinuteSchema, IsoDateTimeSchema], { error: DATETIME_ERROR });

/**
 * An instant as an ISO 8601 date-time to the minute, UTC (the form `retrievedAt` is written in).
 *
 * @example
 * isoMinute(new Date('2026-03-05T10:04:59.999Z')) // '2026-03-05T10:04Z'
 */
export const isoMinute = (instant: Date): string => `${instant.toISOString().slice(0, 16)}Z`;

/**
 * Whether `value` is a real ISO 8601 calendar date or date-time in the strict
 * form (the forms the exports write and the files record).
 *
 * @example
 * isIsoDate('2026-01-15'); // true
 * isIsoDate('2026-13-45'); // false
 * isIsoDate('2025-12-12T25:99'); // false
 */
export const isIsoDate = (value: string): boolean => IsoDayOrTimeSchema.safeParse(value).success;

/** The strict form, split into parts: exactly what `IsoDayOrTimeSchema` takes. */
const STRICT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;
/** What pages write in their metadata besides: a space for the `T`, a comma fraction, `+0530`, lower-case `z`. */
const LENIENT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})([.,]\d+)?)?\s*(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

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
 * a day, time or offset that does not exist. The lenient variants are
 * rewritten in the strict form and checked by the same schema as the strict
 * form, so both agree on what exists.
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
  const [, day = '', hours, minutes, seconds, fraction, offset, offsetHours, offsetMinutes] = match;
  const zone = offset === undefined ? undefined : offset.toUpperCase() === 'Z' ? 'Z' : `${offset.charAt(0)}${offsetHours}:${offsetMinutes}`;
  const time = hours === undefined ? '' : `T${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}${(fraction ?? '').replace(',', '.')}`}${zone ?? ''}`;
  if (!isIsoDate(`${day}${time}`)) return undefined;
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
