/**
 * Day arithmetic on `YYYY-MM-DD` strings in UTC, for the date-tension rule.
 */
import { WEEKDAYS, type Weekday } from '../../model/value.js';
import type { PublishedAt } from '../../model/source.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day. */
export const epochDay = (iso: string): number => Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);

/** The ISO day of an epoch day. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The weekday of an ISO day. */
export const weekdayOfDay = (iso: string): Weekday => WEEKDAYS[new Date(epochDay(iso) * DAY_MS).getUTCDay()] as Weekday;

/** The publication day of a source, when it states one (the local date of a minute-precision time). */
export const publicationDay = (publishedAt: PublishedAt): string | undefined =>
  publishedAt.precision === 'unknown' ? undefined : publishedAt.value.slice(0, 10);

/**
 * The latest `weekday` on or before `iso`: how a news text's "on Friday"
 * reads against its publication date (news reports the past).
 *
 * @example
 * latestWeekdayOnOrBefore('friday', '2025-12-24') // '2025-12-19'
 */
export const latestWeekdayOnOrBefore = (weekday: Weekday, iso: string): string => {
  const day = epochDay(iso);
  const today = new Date(day * DAY_MS).getUTCDay();
  const back = (today - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return isoDay(day - back);
};
