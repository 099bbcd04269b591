/**
 * Dates as the data model stores them, validated where they enter (claim
 * and source files, baselines, `--date`, parsed values): a real calendar day
 * (no 2025-02-30, no month 13), a real time (no T25:99), a real offset
 * (−14:00 to +14:00, the range xsd:dateTime allows), four-digit years from
 * 0001 to 9999 (never read as 19xx). zod's ISO checks do the calendar; the
 * offset and year bounds are ours. Exports write these strings as xsd:date
 * and xsd:dateTime, so what passes here is valid there.
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
 * Whether `value` is a real ISO 8601 calendar date or date-time.
 *
 * @example
 * isIsoDate('2026-01-15'); // true
 * isIsoDate('2026-13-45'); // false
 * isIsoDate('2025-12-12T25:99'); // false
 */
export const isIsoDate = (value: string): boolean => IsoDayOrTimeSchema.safeParse(value).success;
