/**
 * Flight times as the flight-status sites write them, to one canonical
 * local minute `YYYY-MM-DDThh:mm`.
 *
 * Every site in the benchmark gives the airport's local wall-clock time
 * (the ones that print a zone, "2:07PM EST" or "(-05:00)", print the
 * airport's own zone; checked against the gold: no source is off by whole
 * hours), so the zone label is kept in the claim's raw text but not applied:
 * two sites agree exactly when their local minutes agree. Dates come from
 * the text when it has one (ISO, m/d/y, "Dec 01", "01-Dec-2011"); a year or
 * a whole date that is missing is taken from the snapshot day; a weekday
 * that contradicts the date ("2011-12-01 Wed 23:55") moves the date to the
 * nearest day with that weekday.
 */

import type { ValueSimilarity } from '../resolve/value-similarity.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const TIME = /(\d{1,2}):(\d{2})(?:\s?([AaPp])\.?\s?[Mm]?\.?)?/;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?/;
const DASH_DATE = /\b(\d{1,2})-(\d{1,2})-(\d{2})\b/;
const DAY_MON_YEAR = /\b(\d{1,2})-([A-Za-z]{3})-(\d{4})/;
const MON_DAY = /\b([A-Za-z]{3})[a-z]*\.?\s?(\d{1,2})(?:,\s?(\d{4}))?/;
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;

/** Texts that say the time is not known. */
const NO_TIME = /not available|contact airline|not provided|n\/a|unknown/i;

const pad = (n: number): string => String(n).padStart(2, '0');

const utcDay = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * Parse a flight time to `YYYY-MM-DDThh:mm` (airport local time), or
 * `undefined` when the text gives no time.
 *
 * @example
 * parseFlightTime('12/1/11 2:06 PM (-05:00)', '2011-12-01') // '2011-12-01T14:06'
 * parseFlightTime('1:55pDec 1', '2011-12-01')               // '2011-12-01T13:55'
 * parseFlightTime('Dec 01 - Contact Airline', '2011-12-01') // undefined
 */
export const parseFlightTime = (text: string, day: string): string | undefined => {
  if (NO_TIME.test(text)) return undefined;
  const t = TIME.exec(text);
  if (t === null) return undefined;
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  const meridiem = t[3]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;

  const [dy, dm, dd] = day.split('-').map(Number) as [number, number, number];
  let y = dy;
  let m = dm;
  let d = dd;
  // Look for the date outside the time itself.
  const rest = text.slice(0, t.index) + ' ' + text.slice(t.index + t[0].length);
  const iso = ISO_DATE.exec(rest);
  if (iso !== null) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  }
  const restNoIso = iso !== null ? rest.replace(iso[0], ' ') : rest;
  const slash = SLASH_DATE.exec(restNoIso);
  const dash = DASH_DATE.exec(restNoIso);
  const dmy = DAY_MON_YEAR.exec(restNoIso);
  const md = MON_DAY.exec(restNoIso);
  if (slash !== null) {
    m = Number(slash[1]);
    d = Number(slash[2]);
    if (slash[3] !== undefined) y = slash[3].length === 2 ? 2000 + Number(slash[3]) : Number(slash[3]);
  } else if (dmy !== null && MONTHS.includes(dmy[2]!.toLowerCase())) {
    d = Number(dmy[1]);
    m = MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1;
    y = Number(dmy[3]);
  } else if (dash !== null && iso === null) {
    m = Number(dash[1]);
    d = Number(dash[2]);
    y = 2000 + Number(dash[3]);
  } else if (md !== null && MONTHS.includes(md[1]!.toLowerCase())) {
    m = MONTHS.indexOf(md[1]!.toLowerCase()) + 1;
    d = Number(md[2]);
    if (md[3] !== undefined) y = Number(md[3]);
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  let date = utcDay(y, m, d);
  const wd = WEEKDAY.exec(text);
  if (wd !== null) {
    const stated = WEEKDAYS.indexOf(wd[1]!.toLowerCase());
    const diff = (stated - date.getUTCDay() + 7) % 7;
    if (diff !== 0) date = utcDay(y, m, d + (diff <= 3 ? diff : diff - 7));
  }
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(hour)}:${pad(minute)}`;
};

/** Minutes between two canonical times (`YYYY-MM-DDThh:mm`), or `undefined` if either is malformed. */
export const minutesBetween = (a: string, b: string): number | undefined => {
  const ta = Date.parse(`${a}:00Z`);
  const tb = Date.parse(`${b}:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return undefined;
  return Math.abs(ta - tb) / 60000;
};

/**
 * Normalize a gate: "Term C - C12" → "C12", " D5 " → "D5", "C20/C" → "C20",
 * "39?" → "39"; `undefined` for "Not provided by airline", "-", or a
 * terminal without a gate ("Terminal 3").
 *
 * @example
 * normalizeGate('Terminal D - D14') // 'D14'
 */
export const normalizeGate = (text: string): string | undefined => {
  let s = text.trim().replace(/\s+/g, ' ');
  if (s === '' || /^-+$/.test(s) || /not provided|n\/a|^tb[ad]$|contact/i.test(s)) return undefined;
  const dash = s.lastIndexOf(' - ');
  if (dash >= 0 && /term/i.test(s.slice(0, dash))) s = s.slice(dash + 3).trim();
  else if (/^term(inal)?\b/i.test(s)) return undefined;
  s = s.split('/')[0]!.replace(/\?+$/, '').trim().toUpperCase();
  if (s === '' || /^-+$/.test(s)) return undefined;
  return s;
};

/**
 * Similarity of two canonical flight times for TruthFinder's implication
 * and SIM: 1 − |Δ| / window for times less than `window` minutes apart
 * (default 10), else 0. Gates (anything that is not a time) are similar
 * only when equal.
 *
 * @example
 * flightTimeSimilarity(10)({ valueKey: '2011-12-01T14:07', value }, { valueKey: '2011-12-01T14:09', value }) // 0.8
 */
export const flightTimeSimilarity =
  (window = 10): ValueSimilarity =>
  (a, b) => {
    if (a.valueKey === b.valueKey) return 1;
    const d = minutesBetween(a.valueKey, b.valueKey);
    if (d === undefined || !/T\d{2}:\d{2}$/.test(a.valueKey)) return 0;
    return d < window ? 1 - d / window : 0;
  };

/**
 * `true` when two canonical flight values are within `minutes` of each
 * other (times) or equal (gates). A diagnostic for how many misses are
 * rounding differences; the headline precision compares exact minutes.
 *
 * @example
 * withinMinutes(1)('2011-12-01T14:07', '2011-12-01T14:08') // true
 */
export const withinMinutes =
  (minutes: number) =>
  (a: string, b: string): boolean => {
    if (a === b) return true;
    const d = minutesBetween(a, b);
    return d !== undefined && /T\d{2}:\d{2}$/.test(a) && d <= minutes;
  };

/**
 * How many hours an arrival's local clock may read earlier than its
 * departure's: a westbound flight shorter than the time-zone difference
 * (Eastern to Hawaii is up to 6 hours) lands "before" it left.
 */
export const ARRIVAL_ZONE_SLACK_HOURS = 6;

/**
 * An arrival time with its date corrected against the flight's departure.
 * Many sites print the flight's (departure) date next to every time of the
 * row, or no date at all, so a red-eye's "12:15 AM" arrival reads as the
 * morning of the departure day. An arrival more than
 * `ARRIVAL_ZONE_SLACK_HOURS` before the departure is moved to the next day;
 * anything else is left as it is. Applied to the claims and the gold alike.
 *
 * @example
 * arrivalAfterDeparture('2011-12-08T00:15', '2011-12-08T21:00') // '2011-12-09T00:15'
 * arrivalAfterDeparture('2011-12-08T09:50', '2011-12-08T10:00') // '2011-12-08T09:50' (westbound)
 */
export const arrivalAfterDeparture = (arrival: string, departure: string | undefined): string => {
  if (departure === undefined) return arrival;
  const ta = Date.parse(`${arrival}:00Z`);
  const td = Date.parse(`${departure}:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(td) || ta >= td - ARRIVAL_ZONE_SLACK_HOURS * 3_600_000) return arrival;
  const next = new Date(ta + 86_400_000);
  if (next.getTime() < td - ARRIVAL_ZONE_SLACK_HOURS * 3_600_000) return arrival; // more than a day off: not a date slip
  return `${next.toISOString().slice(0, 16)}`;
};
