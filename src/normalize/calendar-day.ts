/**
 * Calendar days as plain `YYYY-MM-DD` strings with UTC arithmetic, so that
 * no local time zone can shift a day (a day is a day wherever the code runs).
 */
import { WEEKDAYS, type Weekday } from '../model/value.js';

/** A calendar day as year, month (1–12) and day of month. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `{2025, 12, 24}` → `"2025-12-24"`. */
export const formatDay = (d: CalendarDay): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

/** `"2025-12-24"` → `{2025, 12, 24}`, or `undefined` when it is not a real day. */
export const parseDay = (iso: string): CalendarDay | undefined => {
  if (iso.length < 10) return undefined;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (iso[4] !== '-' || iso[7] !== '-' || !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return undefined;
  }
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
};

/** Number of days in a month (handles leap years). */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether year/month/day name a real calendar day. */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const toEpochDay = (d: CalendarDay): number => Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);

const fromEpochDay = (n: number): CalendarDay => {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** Add (or with a negative number, subtract) whole days. */
export const addDays = (d: CalendarDay, days: number): CalendarDay => fromEpochDay(toEpochDay(d) + days);

/** Days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: CalendarDay, b: CalendarDay): number => toEpochDay(b) - toEpochDay(a);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayIndex = (d: CalendarDay): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

/** Day of the week as its name. */
export const weekdayOf = (d: CalendarDay): Weekday => WEEKDAYS[weekdayIndex(d)] as Weekday;

/** `-1`, `0` or `1` as `a` is before, equal to or after `b`. */
export const compareDays = (a: CalendarDay, b: CalendarDay): number =>
  a.year !== b.year ? Math.sign(a.year - b.year) : a.month !== b.month ? Math.sign(a.month - b.month) : Math.sign(a.day - b.day);

/** The calendar day of an instant, read in UTC. */
export const dayOfInstant = (date: Date): CalendarDay => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});
