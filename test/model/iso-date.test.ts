/**
 * The one module of ISO 8601 dates: the schemas that validate dates where
 * they enter the data model, and the reader built on the same check — the
 * strict form the exports write and the source files record (`--date`,
 * `--retrieved`, `retrievedAt`), and the lenient form pages write in their
 * metadata (`publishedAt` from a capture). test/hardening/dates.test.ts
 * holds the calendar property and the boundaries of the files and the CLI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasIsoDateForm, isIsoDate, IsoDayOrTimeSchema, isoMinute, parseIsoDate, utcDateTimes } from '../../src/model/iso-date.js';

describe('parseIsoDate', () => {
  it.each([
    ['2026-01-15', { day: '2026-01-15', hasTime: false, hasOffset: false }],
    ['2026-01-15T09:30', { day: '2026-01-15', hasTime: true, hasOffset: false, time: '09:30' }],
    ['2026-01-15T09:30:05.123Z', { day: '2026-01-15', hasTime: true, hasOffset: true, time: '09:30', seconds: '05', offset: 'Z' }],
    ['2026-01-15T09:30-04:00', { time: '09:30', offset: '-04:00' }],
    ['2024-02-29', { day: '2024-02-29' }],
  ])('reads %s', (text, expected) => {
    expect(parseIsoDate(text)).toMatchObject({ ...expected, text });
  });

  it.each([
    ['2025-02-29', 'a day that does not exist', true],
    ['2026-01-15T24:00', 'an hour past 23', true],
    ['2026-01-15T09:30:60', 'a second past 59', true],
    ['2026-01-15T09:30+15:00', 'an offset past 14 hours', true],
    ['2026-01-15T09:30+14:30', 'an offset past ±14:00', true],
    ['2026-01-15T09:60', 'a minute past 59', true],
    ['0000-06-15', 'year 0000', true],
    ['2026-01-15 09:30', 'a space for the T', false],
    ['2026-01-15T09:30+0100', 'an offset without its colon', false],
    ['2026-01-15t09:30z', 'lower-case letters', false],
    ['2026-01', 'a month', false],
    ['January 15, 2026', 'words', false],
  ])('refuses %s (%s) in the strict form', (text, _why, form) => {
    expect(parseIsoDate(text)).toBeUndefined();
    expect(hasIsoDateForm(text)).toBe(form);
  });

  it.each([
    ['2026-01-15 09:30', { time: '09:30' }],
    ['2026-01-15T09:30+0100', { offset: '+01:00' }],
    ['2026-01-15t09:30:00,5z', { seconds: '00', offset: 'Z' }],
    ['2026-01-15T09:30 -0330', { offset: '-03:30' }],
  ])('reads %s in the lenient form pages write', (text, expected) => {
    expect(parseIsoDate(text)).toBeUndefined();
    expect(parseIsoDate(text, { lenient: true })).toMatchObject(expected);
  });

  it('refuses, in the lenient form too, what does not exist', () => {
    expect(parseIsoDate('2026-02-30 09:30', { lenient: true })).toBeUndefined();
    expect(hasIsoDateForm('2026-02-30 09:30', { lenient: true })).toBe(true);
    expect(parseIsoDate('2026-01-15 09:30 +1430', { lenient: true })).toBeUndefined();
  });
});

describe('the reader and the schemas agree', () => {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  /** Dates in the strict form with parts past every bound: day 0–31, month 0–13, hour 0–25, offsets to ±15:59. */
  const strictForm = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 31 }),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })))),
      fc.option(fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`))),
    )
    .map(([y, mo, d, time, zone]) => {
      const day = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
      if (time === null) return day;
      const [h, mi, sec] = time;
      return `${day}T${pad(h, 2)}:${pad(mi, 2)}${sec === null ? '' : `:${pad(sec, 2)}`}${zone ?? ''}`;
    });

  it('parseIsoDate reads exactly what IsoDayOrTimeSchema accepts (property)', () => {
    fc.assert(
      fc.property(strictForm, (text) => {
        expect(parseIsoDate(text) !== undefined).toBe(IsoDayOrTimeSchema.safeParse(text).success);
        expect(isIsoDate(text)).toBe(IsoDayOrTimeSchema.safeParse(text).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('a lenient variant reads as its strict spelling does (property)', () => {
    fc.assert(
      fc.property(strictForm.filter((t) => t.includes('T')), (text) => {
        const variant = text.replace('T', ' ').replace(/([+-]\d{2}):(\d{2})$/, ' $1$2').replace(/Z$/, 'z');
        expect(parseIsoDate(variant, { lenient: true })?.offset).toBe(parseIsoDate(text)?.offset);
        expect(parseIsoDate(variant, { lenient: true }) !== undefined).toBe(isIsoDate(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('utcDateTimes', () => {
  const utc = (text: string, lenient = false) => {
    const date = parseIsoDate(text, { lenient });
    if (date === undefined) throw new Error(`${text} does not read`);
    return utcDateTimes(date);
  };
  it.each([
    ['2026-01-15', false, { start: '2026-01-15T00:00:00Z', end: '2026-01-15T23:59:59Z' }],
    ['2026-01-15T09:30', false, { at: '2026-01-15T09:30:00Z' }],
    ['2026-01-15T09:30:59.999+01:00', false, { at: '2026-01-15T08:30:59Z' }],
    ['2026-01-01T00:30+01:00', false, { at: '2025-12-31T23:30:00Z' }],
    ['2026-01-15 09:30 +0530', true, { at: '2026-01-15T04:00:00Z' }],
  ])('%s → %j', (text, lenient, expected) => {
    expect(utc(text, lenient)).toEqual(expected);
  });
});

describe('isoMinute', () => {
  it.each([
    ['2026-03-05T10:04:59.999Z', '2026-03-05T10:04Z'],
    ['2026-12-31T23:59:00.000Z', '2026-12-31T23:59Z'],
    ['2026-01-01T00:00:30+02:00', '2025-12-31T22:00Z'],
  ])('%s is written as %s, a date-time the schemas accept', (instant, written) => {
    expect(isoMinute(new Date(instant))).toBe(written);
    expect(isIsoDate(written)).toBe(true);
  });
});
