/**
 * "last Tuesday" said on a Wednesday is yesterday to some readers and the
 * Tuesday of the week before to others (British usage often means the
 * latter). The phrase is ambiguous when the nearest such day falls in the
 * publication's own week (weeks start on Monday); its value is then either
 * day — a date of precision `either` — so a source giving either day agrees
 * with it and one giving a third day does not. When the nearest such day is
 * in the week before already ("last Thursday" said on a Wednesday), it is
 * that day alone. "next" is the same forward; "this" is the day of the
 * publication's own week; "on Tuesday" / "Tuesday" the latest on or before
 * publication (past tense); "this past" / "this coming" the nearest strictly
 * before / after, never ambiguous.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/parse-date.js';
import { compareValues } from '../../src/values/index.js';
import type { DateValue } from '../../src/values/kinds/date.js';
import type { Value } from '../../src/model/value.js';

/** The week of Monday 16 to Sunday 22 November 2026, a publication day each. */
const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const dayOfWeek = (i: number, offset = 0): string => {
  const d = new Date(Date.UTC(2026, 10, 16 + i + offset));
  return d.toISOString().slice(0, 10);
};

const read = (text: string, published: string): DateValue => {
  const r = parseDate(text, { publishedAt: published });
  if (!r.ok || r.value.type !== 'date') throw new Error(`${text}: not read as a date`);
  return r.value;
};

/**
 * "last <named>" said on each day of the week: the days back it can mean.
 * Rows: the publication day, Monday first; columns: the weekday named,
 * Monday first. "1/8": one or eight days back (ambiguous).
 */
const LAST: Readonly<Record<(typeof WEEK)[number], readonly string[]>> = {
  monday: ['7', '6', '5', '4', '3', '2', '1'],
  tuesday: ['1/8', '7', '6', '5', '4', '3', '2'],
  wednesday: ['2/9', '1/8', '7', '6', '5', '4', '3'],
  thursday: ['3/10', '2/9', '1/8', '7', '6', '5', '4'],
  friday: ['4/11', '3/10', '2/9', '1/8', '7', '6', '5'],
  saturday: ['5/12', '4/11', '3/10', '2/9', '1/8', '7', '6'],
  sunday: ['6/13', '5/12', '4/11', '3/10', '2/9', '1/8', '7'],
};

const cases = WEEK.flatMap((published, p) => WEEK.map((named, n) => ({ published, named, p, back: (LAST[published][n] as string).split('/').map(Number) })));

const cap = (w: string): string => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

describe('"last <weekday>" said on every day of the week', () => {
  it.each(cases)('said on a $published, "last $named" is $back days back', ({ named, p, back }) => {
    const value = read(`last ${cap(named)}`, dayOfWeek(p));
    const days = back.map((b) => dayOfWeek(p, -b)).sort();
    expect([value.start, value.end, value.precision]).toEqual([days[0], days[days.length - 1], back.length === 2 ? 'either' : 'day']);
  });

  it.each(cases.filter((c) => c.back.length === 2))('said on a $published, "last $named" agrees with either day and with no day between', ({ named, p, back }) => {
    const value = read(`last ${cap(named)}`, dayOfWeek(p));
    const [near, far] = back as [number, number];
    const day = (b: number): Value => ({ type: 'date', start: dayOfWeek(p, -b), end: dayOfWeek(p, -b), precision: 'day' });
    expect(compareValues(value, day(near)).verdict).toBe('compatible');
    expect(compareValues(day(far), value).verdict).toBe('compatible');
    for (let b = near + 1; b < far; b += 1) expect(compareValues(value, day(b)).verdict, `${b} days back`).toBe('conflict');
    expect(compareValues(value, day(far + 7)).verdict).toBe('conflict');
    expect(compareValues(value, day(near - 1 >= 0 ? near - 1 : 0)).verdict).toBe('conflict');
  });
});

describe('the other weekday phrases, said on Wednesday 18 November 2026', () => {
  const WED = dayOfWeek(2);
  it.each([
    // [text, the days, precision]
    ['last Tuesday', ['2026-11-10', '2026-11-17'], 'either'],
    ['last Monday', ['2026-11-09', '2026-11-16'], 'either'],
    ['last Wednesday', ['2026-11-11', '2026-11-11'], 'day'],
    ['last Thursday', ['2026-11-12', '2026-11-12'], 'day'],
    ['last Sunday', ['2026-11-15', '2026-11-15'], 'day'],
    ['last Tuesday at noon', ['2026-11-10', '2026-11-17'], 'either'],
    // "this": the day of the publication's own week, before or after it
    ['this Tuesday', ['2026-11-17', '2026-11-17'], 'day'],
    ['this Friday', ['2026-11-20', '2026-11-20'], 'day'],
    // "on" / bare: past tense, the latest on or before publication
    ['on Tuesday', ['2026-11-17', '2026-11-17'], 'day'],
    ['Tuesday', ['2026-11-17', '2026-11-17'], 'day'],
    ['on Wednesday', ['2026-11-18', '2026-11-18'], 'day'],
    ['on Friday', ['2026-11-13', '2026-11-13'], 'day'],
    // "next": the next such day, and a week later when the next is in this week
    ['next Thursday', ['2026-11-19', '2026-11-26'], 'either'],
    ['next Sunday', ['2026-11-22', '2026-11-29'], 'either'],
    ['next Tuesday', ['2026-11-24', '2026-11-24'], 'day'],
    ['next Wednesday', ['2026-11-25', '2026-11-25'], 'day'],
    // "this past" / "this coming": the nearest strictly before / after
    ['this past Tuesday', ['2026-11-17', '2026-11-17'], 'day'],
    ['past Monday', ['2026-11-16', '2026-11-16'], 'day'],
    ['this coming Thursday', ['2026-11-19', '2026-11-19'], 'day'],
    ['coming Tuesday', ['2026-11-24', '2026-11-24'], 'day'],
    // "past" as a time is no relation
    ['Tuesday at half past ten', ['2026-11-17', '2026-11-17'], 'day'],
  ] as const)('%s → %j (%s)', (text, [start, end], precision) => {
    expect(read(text, WED)).toMatchObject({ start, end, precision });
  });
});

describe('a date of two readings against other kinds of date', () => {
  const either = read('last Tuesday', dayOfWeek(2)); // 2026-11-10 or 2026-11-17
  it.each([
    ['a weekday it is', { type: 'weekday', weekday: 'tuesday' }, 'compatible'],
    ['another weekday', { type: 'weekday', weekday: 'friday' }, 'conflict'],
    ['the month of both', { type: 'date', start: '2026-11-01', end: '2026-11-30', precision: 'month' }, 'compatible'],
    ['a week holding one of them', { type: 'date', start: '2026-11-16', end: '2026-11-22', precision: 'day' }, 'compatible'],
    ['the days between them', { type: 'date', start: '2026-11-11', end: '2026-11-16', precision: 'day' }, 'conflict'],
    ['the same two readings', either, 'compatible'],
    ['a date of two other readings', { type: 'date', start: '2026-11-11', end: '2026-11-18', precision: 'either' }, 'conflict'],
    ['a date of two readings sharing one', { type: 'date', start: '2026-11-17', end: '2026-11-24', precision: 'either' }, 'compatible'],
    ['a day without a year it can be', { type: 'partial-date', month: 11, day: 10 }, 'compatible'],
    ['a day without a year between them', { type: 'partial-date', month: 11, day: 14 }, 'conflict'],
  ] as const)('%s: %s', (_, other, verdict) => {
    expect(compareValues(either, other as Value).verdict).toBe(verdict);
    expect(compareValues(other as Value, either).verdict).toBe(verdict);
  });

  it('is shown as its two days', () => {
    expect(compareValues(either, { type: 'date', start: '2026-11-14', end: '2026-11-14', precision: 'day' }).reason).toContain('2026-11-10 or 2026-11-17');
  });
});
