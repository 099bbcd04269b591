/**
 * Calendar days as plain `YYYY-MM-DD` strings with UTC arithmetic, so that
 * no local time zone can shift a day (a day is a day wherever the code runs).
 */

/** The days of the week, Sunday first (the order of `Date.prototype.getUTCDay`). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekday's name as a heading writes it: `friday` → `Friday`. */
export const weekdayName = (weekday: Weekday): string => `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}`;

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
export const daysInMonth = (year: number, month: number): number => new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();

/** Whether year/month/day name a real calendar day. */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const DAY_MS = 86_400_000;

// setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
const toEpochDay = (d: CalendarDay): number => Math.floor(new Date(0).setUTCFullYear(d.year, d.month - 1, d.day) / DAY_MS);

const fromEpochDay = (n: number): CalendarDay => {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** Add (or with a negative number, subtract) whole days. */
export const addDays = (d: CalendarDay, days: number): CalendarDay => fromEpochDay(toEpochDay(d) + days);

/** Days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: CalendarDay, b: CalendarDay): number => toEpochDay(b) - toEpochDay(a);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayIndex = (d: CalendarDay): number => new Date(toEpochDay(d) * DAY_MS).getUTCDay();

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

/**
 * The calendar day of an ISO day the schemas have already checked
 * (`YYYY-MM-DD`); a day past the month's end rolls over into the next month
 * (`2025-02-30` → 2025-03-02), never fails.
 *
 * @example
 * dayOfIso('2025-12-24') // { year: 2025, month: 12, day: 24 }
 */
export const dayOfIso = (iso: string): CalendarDay =>
  fromEpochDay(toEpochDay({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }));

/**
 * Days from ISO day `from` to ISO day `to` (positive when `to` is later).
 *
 * @example
 * isoDaysBetween('2025-12-12', '2025-12-24') // 12
 */
export const isoDaysBetween = (from: string, to: string): number => daysBetween(dayOfIso(from), dayOfIso(to));
