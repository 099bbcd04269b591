/**
 * The one reader of ISO 8601 dates: the strict form the exports write and
 * the source files record (`--date`, `retrievedAt`), and the lenient form
 * pages write in their metadata (`publishedAt` from a capture).
 */
import { describe, expect, it } from 'vitest';
import { hasIsoDateForm, parseIsoDate, utcDateTimes } from '../../src/normalize/iso-date.js';

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
