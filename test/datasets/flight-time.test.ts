import { describe, expect, it } from 'vitest';
import { arrivalAfterDeparture, flightTimeSimilarity, minutesBetween, normalizeGate, parseFlightTime, withinMinutes } from '../../src/datasets/index.js';

const DAY = '2011-12-01';

describe('parseFlightTime: every format of the flight sources to the local minute', () => {
  it.each([
    ['12/01/2011 02:07 PM', '2011-12-01T14:07'],
    ['12/1/2011 2:07PM EST', '2011-12-01T14:07'],
    ['12/1/11 2:06 PM (-05:00)', '2011-12-01T14:06'],
    ['Thu., Dec.01, 2011 1:55 p.m.', '2011-12-01T13:55'],
    ['Thu., Dec.01, 2011 12:05 a.m.', '2011-12-01T00:05'],
    ['9:55 PMDec 01', '2011-12-01T21:55'],
    ['2:05 PM, Dec 01', '2011-12-01T14:05'],
    ['10:15 PM  Thu 01-Dec-2011', '2011-12-01T22:15'],
    ['2011-12-01 12:15 PM', '2011-12-01T12:15'],
    ['2011-12-01 02:07PM EST', '2011-12-01T14:07'],
    ['2011-12-01 11/30 5:20 PM', '2011-11-30T17:20'],
    ['3:00P 12-01-11', '2011-12-01T15:00'],
    ['2011-12-01  2:57P', '2011-12-01T14:57'],
    ['2011-12-01 Wed  23:55', '2011-11-30T23:55'],
    ['2011-12-01 13:52 ', '2011-12-01T13:52'],
    ['1:55pDec 1', '2011-12-01T13:55'],
    ['12:05aDec 2', '2011-12-02T00:05'],
    ['Dec 01 - 1:55pm', '2011-12-01T13:55'],
    ['Thu, Dec 1 2:05 PM            Delayed', '2011-12-01T14:05'],
    ['Sat, Dec 3 2:05 PM', '2011-12-03T14:05'],
  ])('%j → %s', (text, expected) => {
    expect(parseFlightTime(text, DAY)).toBe(expected);
  });

  it.each(['Dec 01 - Contact Airline', 'Dec 01 - Not Available', 'Not Available', '2011-12-01 Cancelled', '', '13:75', '13:05 PM'])(
    '%j → no time',
    (text) => {
      expect(parseFlightTime(text, DAY)).toBeUndefined();
    },
  );
});

describe('normalizeGate', () => {
  it.each([
    ['Term C - C12', 'C12'],
    ['Terminal D - D14', 'D14'],
    ['Terminal 3 - 12', '12'],
    ['Main Term - 9', '9'],
    ['Terminal T4 - 21a', '21A'],
    [' D5 ', 'D5'],
    ['C20/C', 'C20'],
    ['39?', '39'],
    ['Terminal 3', undefined],
    ['Not provided by airline', undefined],
    [' -', undefined],
    ['--', undefined],
    ['TBA', undefined],
  ])('%j → %s', (text, expected) => {
    expect(normalizeGate(text)).toBe(expected);
  });
});

describe('time similarity', () => {
  const v = (key: string) => ({ valueKey: key, value: { type: 'text' as const, text: key } });
  it.each([
    ['2011-12-01T14:07', '2011-12-01T14:07', 1],
    ['2011-12-01T14:07', '2011-12-01T14:09', 0.8],
    ['2011-12-01T23:58', '2011-12-02T00:03', 0.5],
    ['2011-12-01T14:07', '2011-12-01T14:30', 0],
    ['C12', 'C14', 0],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(flightTimeSimilarity(10)(v(a), v(b))).toBeCloseTo(expected, 10);
  });

  it('measures minutes across midnight', () => {
    expect(minutesBetween('2011-12-01T23:58', '2011-12-02T00:03')).toBe(5);
  });
});

describe('withinMinutes (diagnostic equivalence)', () => {
  it.each([
    ['2011-12-01T14:07', '2011-12-01T14:08', true],
    ['2011-12-01T14:07', '2011-12-01T14:09', false],
    ['2011-12-01T23:59', '2011-12-02T00:00', true],
    ['C12', 'C12', true],
    ['C12', 'C13', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(withinMinutes(1)(a, b)).toBe(expected);
  });
});

describe('arrivalAfterDeparture', () => {
  it.each([
    ['red-eye printed with the departure date', '2011-12-08T00:15', '2011-12-08T21:00', '2011-12-09T00:15'],
    ['westbound, lands "before" it left', '2011-12-08T09:50', '2011-12-08T10:00', '2011-12-08T09:50'],
    ['ordinary', '2011-12-08T14:07', '2011-12-08T12:00', '2011-12-08T14:07'],
    ['already the next day', '2011-12-09T00:15', '2011-12-08T21:00', '2011-12-09T00:15'],
    ['more than a day off: not a date slip', '2011-12-05T10:00', '2011-12-08T21:00', '2011-12-05T10:00'],
  ] as const)('%s', (_case, arrival, departure, expected) => {
    expect(arrivalAfterDeparture(arrival, departure)).toBe(expected);
  });

  it('leaves an arrival without a departure alone', () => {
    expect(arrivalAfterDeparture('2011-12-08T00:15', undefined)).toBe('2011-12-08T00:15');
  });
});
