import { describe, expect, it } from 'vitest';
import type { PublishedAt } from '../../src/model/source.js';
import { DateValueSchema, WeekdayValueSchema } from '../../src/model/value.js';
import { parseDate, type ParseDateOptions } from '../../src/normalize/index.js';
import { MAX_FORWARD_DAYS } from '../../src/normalize/parse-date.js';

// Publication dates of the seed articles: Friday 12 December 2025 (day and
// minute precision), Wednesday 24 December 2025, and none.
const fri12: PublishedAt = { precision: 'day', value: '2025-12-12' };
const fri12Evening: PublishedAt = { precision: 'minute', value: '2025-12-12T19:45+08:00' };
const wed24: PublishedAt = { precision: 'day', value: '2025-12-24' };
const unknown: PublishedAt = { precision: 'unknown' };

type Expected = [start: string, end: string, precision: 'day' | 'month' | 'year'];

const resolved: [string, ParseDateOptions, Expected][] = [
  // absolute dates
  ['Dec 12, 2025', {}, ['2025-12-12', '2025-12-12', 'day']],
  ['February 4, 2026', {}, ['2026-02-04', '2026-02-04', 'day']],
  ['12 December 2025', {}, ['2025-12-12', '2025-12-12', 'day']],
  ['2025-12-12', {}, ['2025-12-12', '2025-12-12', 'day']],
  ['Dec 12, 2025 07:45 PM', {}, ['2025-12-12', '2025-12-12', 'day']],
  ['December 2025', {}, ['2025-12-01', '2025-12-31', 'month']],
  ['February 2024', {}, ['2024-02-01', '2024-02-29', 'month']],
  ['2025', {}, ['2025-01-01', '2025-12-31', 'year']],
  ['in 2026', {}, ['2026-01-01', '2026-12-31', 'year']],
  ['Dec 12-14, 2025', {}, ['2025-12-12', '2025-12-14', 'day']],
  ['Dec 12, 2025', { publishedAt: wed24 }, ['2025-12-12', '2025-12-12', 'day']],
  // weekdays: the latest such day on or before publication (chrono alone would go forward)
  ['Friday', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['on Friday', { publishedAt: fri12Evening }, ['2025-12-12', '2025-12-12', 'day']],
  ['on Thursday', { publishedAt: fri12Evening }, ['2025-12-11', '2025-12-11', 'day']],
  ['Saturday', { publishedAt: fri12 }, ['2025-12-06', '2025-12-06', 'day']],
  ['Wednesday', { publishedAt: wed24 }, ['2025-12-24', '2025-12-24', 'day']],
  ['on Wednesday', { publishedAt: wed24 }, ['2025-12-24', '2025-12-24', 'day']],
  ['Monday', { publishedAt: wed24 }, ['2025-12-22', '2025-12-22', 'day']],
  ['Friday', { publishedAt: wed24 }, ['2025-12-19', '2025-12-19', 'day']],
  ['last Friday', { publishedAt: fri12 }, ['2025-12-05', '2025-12-05', 'day']],
  ['this past Monday', { publishedAt: wed24 }, ['2025-12-22', '2025-12-22', 'day']],
  ['next Friday', { publishedAt: fri12 }, ['2025-12-19', '2025-12-19', 'day']],
  ['Thu.', { publishedAt: fri12 }, ['2025-12-11', '2025-12-11', 'day']],
  ['Friday evening', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['Friday at 5pm', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['last Friday at noon', { publishedAt: fri12 }, ['2025-12-05', '2025-12-05', 'day']],
  ['Friday', { publishedAt: fri12, direction: 'future' }, ['2025-12-12', '2025-12-12', 'day']],
  ['Monday', { publishedAt: fri12, direction: 'future' }, ['2025-12-15', '2025-12-15', 'day']],
  // other forms of the publication date
  ['Friday', { publishedAt: '2025-12-12' }, ['2025-12-12', '2025-12-12', 'day']],
  ['Friday', { publishedAt: new Date(Date.UTC(2025, 11, 13, 1)) }, ['2025-12-12', '2025-12-12', 'day']],
  ['Friday', { publishedAt: '2025-12-13T01:00:00Z' }, ['2025-12-12', '2025-12-12', 'day']],
  // relative words
  ['today', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['yesterday', { publishedAt: fri12 }, ['2025-12-11', '2025-12-11', 'day']],
  ['this morning', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['This afternoon', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['this evening', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['tonight', { publishedAt: fri12 }, ['2025-12-12', '2025-12-12', 'day']],
  ['yesterday morning', { publishedAt: fri12 }, ['2025-12-11', '2025-12-11', 'day']],
  ['last year', { publishedAt: wed24 }, ['2024-01-01', '2024-12-31', 'year']],
  ['this year', { publishedAt: wed24 }, ['2025-01-01', '2025-12-31', 'year']],
  ['last month', { publishedAt: wed24 }, ['2025-11-01', '2025-11-30', 'month']],
  ['last week', { publishedAt: fri12 }, ['2025-12-01', '2025-12-07', 'day']],
  ['this week', { publishedAt: wed24 }, ['2025-12-22', '2025-12-28', 'day']],
  ['two weeks ago', { publishedAt: wed24 }, ['2025-12-10', '2025-12-10', 'day']],
  // British "fortnight" (chrono-node does not know it): fourteen days, as "two weeks"
  ['a fortnight ago', { publishedAt: wed24 }, ['2025-12-10', '2025-12-10', 'day']],
  ['A fortnight earlier', { publishedAt: wed24 }, ['2025-12-10', '2025-12-10', 'day']],
  ['two fortnights ago', { publishedAt: wed24 }, ['2025-11-26', '2025-11-26', 'day']],
  ['in a fortnight', { publishedAt: wed24 }, ['2026-01-07', '2026-01-07', 'day']],
  ['a fortnight from now', { publishedAt: wed24 }, ['2026-01-07', '2026-01-07', 'day']],
  // month-day without a year: the year that puts it on or before publication, or at most
  // NEAR_AHEAD_DAYS (31) after it — "January 6" in a page of 24 December is the coming one
  ['October 29', { publishedAt: wed24 }, ['2025-10-29', '2025-10-29', 'day']],
  ['November 1', { publishedAt: fri12 }, ['2025-11-01', '2025-11-01', 'day']],
  ['January 6', { publishedAt: wed24 }, ['2026-01-06', '2026-01-06', 'day']],
  ['December 24', { publishedAt: wed24 }, ['2025-12-24', '2025-12-24', 'day']],
  ['December 25', { publishedAt: wed24 }, ['2025-12-25', '2025-12-25', 'day']],
  ['January 24', { publishedAt: wed24 }, ['2026-01-24', '2026-01-24', 'day']],
  ['January 25', { publishedAt: wed24 }, ['2025-01-25', '2025-01-25', 'day']],
  ['January 12', { publishedAt: fri12 }, ['2026-01-12', '2026-01-12', 'day']],
  ['January 13', { publishedAt: fri12 }, ['2025-01-13', '2025-01-13', 'day']],
  ['in January', { publishedAt: wed24 }, ['2026-01-01', '2026-01-31', 'month']],
  ['in January', { publishedAt: '2025-11-30' }, ['2025-01-01', '2025-01-31', 'month']],
  ['Q1', { publishedAt: wed24 }, ['2026-01-01', '2026-03-31', 'month']],
  ['January 6', { publishedAt: '2025-01-05' }, ['2025-01-06', '2025-01-06', 'day']],
  ['February 28', { publishedAt: '2025-01-28' }, ['2025-02-28', '2025-02-28', 'day']],
  ['March 1', { publishedAt: '2025-01-28' }, ['2024-03-01', '2024-03-01', 'day']],
  ['January 6', { publishedAt: wed24, direction: 'future' }, ['2026-01-06', '2026-01-06', 'day']],
  ['in December', { publishedAt: fri12 }, ['2025-12-01', '2025-12-31', 'month']],
  ['Dec 12-14', { publishedAt: wed24 }, ['2025-12-12', '2025-12-14', 'day']],
  ['Feb 29', { publishedAt: wed24 }, ['2024-02-29', '2024-02-29', 'day']],
  // chrono reads "January 1" as the nearest one; ours: 12 days ahead is the coming one, as is
  // chrono's, but two months ahead is last year's (chrono's would be the coming one)
  ['January 1', { publishedAt: '2000-12-20' }, ['2001-01-01', '2001-01-01', 'day']],
  ['January 1', { publishedAt: '2013-12-20' }, ['2014-01-01', '2014-01-01', 'day']],
  ['January 1', { publishedAt: '2013-11-01' }, ['2013-01-01', '2013-01-01', 'day']],
  ['Dec 30 - Jan 2', { publishedAt: '2026-01-05' }, ['2025-12-30', '2026-01-02', 'day']],
];

// Read forward (`direction: 'future'`, an expected claim), a date without a year is the coming one
// unless it would start more than MAX_FORWARD_DAYS (183) after publication: then it is read back,
// the year before. The boundary for a day, a month and a quarter, each across the new year.
const forward = (publishedAt: string): ParseDateOptions => ({ publishedAt, direction: 'future' });
const readForward: [string, ParseDateOptions, Expected][] = [
  // a day: 2026-06-13 is 183 days after Friday 12 December 2025, 2026-06-14 is 184
  ['June 13', { publishedAt: fri12, direction: 'future' }, ['2026-06-13', '2026-06-13', 'day']],
  ['June 14', { publishedAt: fri12, direction: 'future' }, ['2025-06-14', '2025-06-14', 'day']],
  ['December 12', { publishedAt: fri12, direction: 'future' }, ['2025-12-12', '2025-12-12', 'day']],
  ['December 11', { publishedAt: fri12, direction: 'future' }, ['2025-12-11', '2025-12-11', 'day']],
  // a month: 1 January 2026 is 183 days after 2 July 2025 and 184 after 1 July
  ['in January', forward('2025-07-02'), ['2026-01-01', '2026-01-31', 'month']],
  ['in January', forward('2025-07-01'), ['2025-01-01', '2025-01-31', 'month']],
  // a month under way at publication is still this one
  ['in July', forward('2025-07-31'), ['2025-07-01', '2025-07-31', 'month']],
  // a quarter, likewise
  ['Q1', forward('2025-07-02'), ['2026-01-01', '2026-03-31', 'month']],
  ['Q1', forward('2025-07-01'), ['2025-01-01', '2025-03-31', 'month']],
  ['the first quarter', forward('2025-07-01'), ['2025-01-01', '2025-03-31', 'month']],
  // Feb 29 ahead by years is read back to the last one
  ['Feb 29', forward('2025-03-01'), ['2024-02-29', '2024-02-29', 'day']],
  ['Feb 29', forward('2027-09-01'), ['2028-02-29', '2028-02-29', 'day']],
  // a weekday read forward is the coming one, never capped
  ['Tuesday', { publishedAt: fri12, direction: 'future' }, ['2025-12-16', '2025-12-16', 'day']],
  ['on Thursday', { publishedAt: fri12, direction: 'future' }, ['2025-12-18', '2025-12-18', 'day']],
  // a stated year is never moved
  ['June 14, 2026', { publishedAt: fri12, direction: 'future' }, ['2026-06-14', '2026-06-14', 'day']],
];

describe('parseDate: a date without a year read forward, at most MAX_FORWARD_DAYS ahead', () => {
  it('the cap is about half a year', () => {
    expect(MAX_FORWARD_DAYS).toBe(183);
  });

  it.each(readForward)('%s %j', (text, options, [start, end, precision]) => {
    const result = parseDate(text, options);
    if (!result.ok) throw new Error(`expected a date, got ${JSON.stringify(result.messages[0])}`);
    expect(result.value).toEqual({ type: 'date', start, end, precision, raw: text });
  });
});

describe('parseDate: resolved to calendar days', () => {
  it.each(resolved)('%s %j', (text, options, [start, end, precision]) => {
    const result = parseDate(text, options);
    if (!result.ok) throw new Error(`expected a date, got ${JSON.stringify(result.messages[0])}`);
    expect(result.value).toEqual({ type: 'date', start, end, precision, raw: text });
    expect(DateValueSchema.safeParse(result.value).success).toBe(true);
  });
});

describe('parseDate: weekdays without a publication date stay constraints', () => {
  it.each([
    ['Wednesday', {}, 'wednesday'],
    ['on Wednesday', { publishedAt: unknown }, 'wednesday'],
    ['On Monday', {}, 'monday'],
    ['last Friday', {}, 'friday'],
    ['Tues', {}, 'tuesday'],
  ] as const)('%s', (text, options, weekday) => {
    const result = parseDate(text, options);
    expect(result).toEqual({ ok: true, value: { type: 'weekday', weekday, raw: text }, messages: [] });
    if (result.ok) expect(WeekdayValueSchema.safeParse(result.value).success).toBe(true);
  });
});

describe('parseDate: dates without a year on a page without a publication date', () => {
  it.each([
    ['January 6', { month: 1, day: 6 }],
    ['on March 3', { month: 3, day: 3 }],
    ['Feb 29', { month: 2, day: 29 }],
    ['3 March', { month: 3, day: 3 }],
    ['in December', { month: 12 }],
  ] as const)('%j → a partial date %j', (text, expected) => {
    const result = parseDate(text);
    expect(result.ok && result.value).toEqual({ type: 'partial-date', ...expected, raw: text });
  });

  it('with a publication date, the year is the one that puts the day on or before publication', () => {
    const result = parseDate('January 26', { publishedAt: wed24 });
    expect(result.ok && result.value).toMatchObject({ type: 'date', start: '2025-01-26' });
  });
});

describe('parseDate: refusals', () => {
  it.each([
    ['', {}, 'empty'],
    ['hello', {}, 'no-date'],
    ['soon', { publishedAt: fri12 }, 'no-date'],
    ['today', {}, 'needs-publication-date'],
    ['last year', { publishedAt: unknown }, 'needs-publication-date'],
    ['Dec 12-14', {}, 'needs-publication-date'],
    ['last week', {}, 'needs-publication-date'],
    ['December 12 and 14', {}, 'ambiguous-date'],
    ['Feb 30', { publishedAt: wed24 }, 'no-date'],
    ['Friday', { publishedAt: 'not a date' }, 'invalid-publication-date'],
    ['Friday', { publishedAt: new Date(Number.NaN) }, 'invalid-publication-date'],
  ] as const)('%j %j → %s', (text, options, code) => {
    const result = parseDate(text, options);
    expect(!result.ok && result.messages[0]?.code).toBe(code);
  });
});
