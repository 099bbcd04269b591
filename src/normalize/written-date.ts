/**
 * The common ways a date is written, read exactly and without chrono-node:
 * "2025-12-12", "Dec 12, 2025", "February 4, 2026", "12 December 2025",
 * "December 2025", "Dec 12-14, 2025", "October 29", "3 March", "today",
 * "yesterday", "tomorrow". A claim file's dates are nearly always one of
 * these; chrono-node (loaded only when needed, see `chrono-engine.ts`) reads
 * everything else.
 *
 * The reader is deliberately narrow: a text it does not match whole, a day
 * that does not exist, a range without a year, or "Feb 29" without a year is
 * `undefined` — chrono-node's to read. What it does read, it reads as chrono
 * does: a differential test (test/normalize/written-date.test.ts) compares
 * `parseDate` with and without this reader over thousands of generated texts.
 */
import { isValidDay } from './calendar-day.js';

/** A date as written: which parts the text states. */
export interface WrittenDay {
  readonly year: number | undefined;
  readonly month: number;
  /** Undefined: the text names a month ("December 2025"). */
  readonly day: number | undefined;
}

/** What the reader made of a text. */
export type WrittenDate =
  | { readonly kind: 'day'; readonly start: WrittenDay; readonly end?: WrittenDay }
  /** "today" and "this morning" (0), "yesterday" (-1), "tomorrow" (1): days from the publication day. */
  | { readonly kind: 'relative-day'; readonly offset: -1 | 0 | 1 };

/** Month names as chrono-node's English locale spells them (a trailing period allowed on abbreviations). */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)`;
const DAY = String.raw`(0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?`;
const YEAR = String.raw`([12][0-9]{3})`;
// chrono-node reads a hyphen between the days as a range, but not an en dash ("Dec 12–14" is ambiguous to it).
const DASH = String.raw` ?- ?`;

type Form = { readonly pattern: RegExp; readonly read: (m: RegExpExecArray) => WrittenDate | undefined };

/** Forms that start with a digit (the text is lower-cased first: the patterns need no `i` flag, and only one group is tried). */
const DIGIT_FIRST: readonly Form[] = [
  // 2025-12-12
  { pattern: /^([12][0-9]{3})-([01][0-9])-([0-3][0-9])$/, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
  // 12 december 2025 · 12th dec, 2025
  { pattern: new RegExp(`^${DAY} ${MONTH},? ${YEAR}$`), read: (m) => day(Number(m[3]), month(m[2]), Number(m[1])) },
  // 3 march · 3rd mar. (no year)
  { pattern: new RegExp(`^${DAY} ${MONTH}$`), read: (m) => yearless(month(m[2]), Number(m[1])) },
];

/** Forms that start with a month's name. */
const MONTH_FIRST: readonly Form[] = [
  // dec 12, 2025 · december 12 2025 · dec. 12th, 2025
  { pattern: new RegExp(`^${MONTH} ${DAY},? ${YEAR}$`), read: (m) => day(Number(m[3]), month(m[1]), Number(m[2])) },
  // december 2025 · dec. 2025 · december, 2025
  { pattern: new RegExp(`^${MONTH},? ${YEAR}$`), read: (m) => ({ kind: 'day', start: { year: Number(m[2]), month: month(m[1]), day: undefined } }) },
  // dec 12-14, 2025 · december 12 - 14 2025
  { pattern: new RegExp(`^${MONTH} ${DAY}${DASH}${DAY},? ${YEAR}$`), read: (m) => range(Number(m[4]), month(m[1]), Number(m[2]), Number(m[3])) },
  // october 29 · oct. 29th (no year)
  { pattern: new RegExp(`^${MONTH} ${DAY}$`), read: (m) => yearless(month(m[1]), Number(m[2])) },
];

const RELATIVE_DAYS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['today', 0],
  // A part of the publication day: chrono-node reads only a time of day in these, no day.
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

const month = (name: string | undefined): number => MONTHS[(name ?? '').replace(/\.$/, '')] ?? 0;

const day = (year: number, m: number, d: number): WrittenDate | undefined =>
  isValidDay(year, m, d) ? { kind: 'day', start: { year, month: m, day: d } } : undefined;

/** Feb 29 exists only in some years, so without a year it is chrono-node's (and the leap-year step's) to read. */
const yearless = (m: number, d: number): WrittenDate | undefined =>
  isValidDay(2023, m, d) ? { kind: 'day', start: { year: undefined, month: m, day: d } } : undefined;

const range = (year: number, m: number, from: number, to: number): WrittenDate | undefined =>
  isValidDay(year, m, from) && isValidDay(year, m, to) ? { kind: 'day', start: { year, month: m, day: from }, end: { year, month: m, day: to } } : undefined;

/**
 * Read `text` (whitespace already collapsed to single spaces) when it is
 * written in one of the common forms; `undefined` otherwise.
 *
 * @example
 * readWrittenDate('Dec 12, 2025'); // { kind: 'day', start: { year: 2025, month: 12, day: 12 } }
 * readWrittenDate('next Tuesday at noon'); // undefined: chrono-node reads it
 */
export const readWrittenDate = (text: string): WrittenDate | undefined => {
  if (text.length > 40) return undefined;
  const lower = text.toLowerCase();
  const relative = RELATIVE_DAYS.get(lower);
  if (relative !== undefined) return { kind: 'relative-day', offset: relative };
  const first = lower.charCodeAt(0);
  const forms = first >= 0x30 && first <= 0x39 ? DIGIT_FIRST : first >= 0x61 && first <= 0x7a ? MONTH_FIRST : [];
  for (const form of forms) {
    const match = form.pattern.exec(lower);
    if (match !== null) return form.read(match);
  }
  return undefined;
};
