import { describe, expect, it } from 'vitest';
import type { PublishedAt } from '../../src/model/source.js';
import { parseDate, type ParseDateOptions } from '../../src/normalize/index.js';

// Parts of a year as business news writes them. Publication: Thursday 12 March 2026.
const mar12: PublishedAt = { precision: 'day', value: '2026-03-12' };
const future: ParseDateOptions = { publishedAt: mar12, direction: 'future' };

type Expected = [start: string, end: string, precision: 'day' | 'month' | 'year'];

const cases: [string, ParseDateOptions, Expected][] = [
  // quarters: three months
  ['Q3 2026', {}, ['2026-07-01', '2026-09-30', 'month']],
  ['Q1 of 2027', {}, ['2027-01-01', '2027-03-31', 'month']],
  ['the third quarter of 2025', {}, ['2025-07-01', '2025-09-30', 'month']],
  ['in the fourth quarter of 2025', {}, ['2025-10-01', '2025-12-31', 'month']],
  ['second-quarter 2026', {}, ['2026-04-01', '2026-06-30', 'month']],
  // a quarter without a year: like a month without one, on or before publication (after it, looking ahead)
  ['Q3', { publishedAt: mar12 }, ['2025-07-01', '2025-09-30', 'month']],
  ['Q1', { publishedAt: mar12 }, ['2026-01-01', '2026-03-31', 'month']],
  ['Q3', future, ['2026-07-01', '2026-09-30', 'month']],
  // looking ahead at most MAX_FORWARD_DAYS (183): October 1 is 203 days off, so the last one
  ['the fourth quarter', future, ['2025-10-01', '2025-12-31', 'month']],
  ['the third quarter', future, ['2026-07-01', '2026-09-30', 'month']],
  // halves
  ['H1 2027', {}, ['2027-01-01', '2027-06-30', 'month']],
  ['the second half of 2027', {}, ['2027-07-01', '2027-12-31', 'month']],
  ['in the first half of 2026', {}, ['2026-01-01', '2026-06-30', 'month']],
  // early / mid / late (thirds of a year), the start (first quarter) and the end (last quarter)
  ['early 2026', {}, ['2026-01-01', '2026-04-30', 'month']],
  ['mid-2027', {}, ['2027-05-01', '2027-08-31', 'month']],
  ['in mid-2027', {}, ['2027-05-01', '2027-08-31', 'month']],
  ['late 2025', {}, ['2025-09-01', '2025-12-31', 'month']],
  ['end-2026', {}, ['2026-10-01', '2026-12-31', 'month']],
  ['the end of 2026', {}, ['2026-10-01', '2026-12-31', 'month']],
  ['the start of 2028', {}, ['2028-01-01', '2028-03-31', 'month']],
  ['the middle of 2027', {}, ['2027-05-01', '2027-08-31', 'month']],
  // a fiscal year across two calendar years: every twelve-month year from Feb 2025 to Nov 2026 fits
  ['the 2025-26 fiscal year', {}, ['2025-02-01', '2026-11-30', 'month']],
  ['the 2025–26 financial year', {}, ['2025-02-01', '2026-11-30', 'month']],
  ['fiscal year 2025/26', {}, ['2025-02-01', '2026-11-30', 'month']],
  ['FY2025/2026', {}, ['2025-02-01', '2026-11-30', 'month']],
  ['fiscal 1999-00', {}, ['1999-02-01', '2000-11-30', 'month']],
  // deadlines: from publication to the end of the period
  ['by the end of 2027', { publishedAt: mar12 }, ['2026-03-12', '2027-12-31', 'month']],
  ['by 2030', { publishedAt: mar12 }, ['2026-03-12', '2030-12-31', 'month']],
  ['by Q3 2026', { publishedAt: mar12 }, ['2026-03-12', '2026-09-30', 'month']],
  // a deadline already past at publication is the period itself
  ['by the end of 2025', { publishedAt: mar12 }, ['2025-10-01', '2025-12-31', 'month']],
  // the end of the decade: in the 2020s, 2029 or 2030 (writers mean both)
  ['the end of the decade', { publishedAt: mar12 }, ['2029-01-01', '2030-12-31', 'year']],
  ['by the end of the decade', { publishedAt: mar12 }, ['2026-03-12', '2030-12-31', 'year']],
];

describe('parseDate: parts of a year', () => {
  it.each(cases)('%s %j', (text, options, [start, end, precision]) => {
    const r = parseDate(text, options);
    expect(r.ok ? r.value : r.messages).toEqual({ type: 'date', start, end, precision, raw: text });
  });

  it.each([
    // no year and no publication date: we never invent one
    ['Q3', 'needs-publication-date'],
    ['the second half', 'needs-publication-date'],
    ['by 2030', 'needs-publication-date'],
    ['by the end of the decade', 'needs-publication-date'],
    // not parts of a year
    ['Q5 2026', 'no-date'],
    ['the fifth quarter of 2026', 'no-date'],
    ['H3 2027', 'no-date'],
    // a fiscal year must span consecutive years
    ['the 2025-27 fiscal year', 'no-date'],
  ])('%s is refused (%s)', (text, code) => {
    const r = parseDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages[0]?.code).toBe(code);
  });
});
