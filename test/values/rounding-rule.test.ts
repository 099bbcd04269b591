/**
 * Where rounding lives in a figure as written (docs/normalization.md,
 * "Rounding"): in trailing zeros, scale words, decimal places and the last of
 * two or more digits — never in a lone digit of a unit ("one mile", "2
 * miles", "3 days"), which is exact unless a hedge widens it. Counts of
 * things are exact. And a fraction in words followed by a measuring unit is
 * a quantity of that unit ("half a mile" is 0.5 mile), not a share.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue } from '../../src/values/kinds/quantity.js';
import { parseQuantity } from '../../src/normalize/index.js';
import { compareValues } from '../../src/values/index.js';

const q = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok || r.value.type !== 'quantity') throw new Error(`not a quantity: ${text}`);
  return r.value;
};

const compatible = (a: string, b: string): boolean => {
  const verdict = compareValues(q(a), q(b)).verdict;
  // the same both ways round
  expect(compareValues(q(b), q(a)).verdict).toBe(verdict);
  return verdict !== 'conflict';
};

describe('a figure as written against another: compatible or a conflict', () => {
  it.each([
    // a lone digit of a unit is exact
    ['one mile', '0.5 miles', false],
    ['one mile', 'half a mile', false],
    ['2 miles', '1 mile', false],
    ['one mile', '1.2 miles', false],
    ['3 days', '2 days', false],
    ['5 firefighters', '3 firefighters', false],
    ['$5', '$4.50', false],
    ['one mile', '1 mile', true],
    ['one mile', '1.0 miles', true],
    ['a mile', 'one mile', true],
    // a mixed number is as precise as its decimal written out
    ['one and a half miles', '1.5 miles', true],
    ['one and a half miles', '1.54 miles', true],
    ['one and a half miles', 'one mile', false],
    ['two and a half million people', '2.5 million people', true],
    // a hedge widens it, by the hedge alone (±10%)
    ['about a mile', '1.05 miles', true],
    ['about one mile', '0.5 miles', false],
    ['about 2 miles', '1 mile', false],
    ['nearly 3 days', '2.8 days', true],
    // trailing zeros are rounding: ± half the place of the last digit before them (never finer than two digits)
    ['200 tons', '204 tons', true],
    ['200 tons', '180 tons', false], // 195–205 against 175–185: unhedged, ten tons apart is a difference
    ['about 200 tons', 'roughly 180 tons', true], // 180–220 against 162–198
    ['1,200 km', '1,240 km', true],
    ['1,200 km', '1,260 km', false],
    // scale words are rounding: "$12 billion" is 11.5–12.5 billion
    ['$12 billion', '$12.4 billion', true],
    // neighbouring round figures share no value: 11.5 up to 12.5 billion, and 12.5 up to 13.5 (a minor tension)
    ['$12 billion', '$13 billion', false],
    ['$12 billion', '$14 billion', false],
    ['$2 billion', '$2.4 billion', true],
    // decimals round at their last place
    ['0.5 miles', '0.54 miles', true],
    ['0.5 miles', '0.7 miles', false],
    // two or more digits keep ± half the last (at most a twentieth of the figure)
    ['54%', '54.3%', true],
    ['54%', '56%', false],
    // a percentage is not a lone digit: "per cent" is a scale (hundredths), and "4%" is how "4.2%" is rounded
    ['4%', '4.2%', true],
    ['7%', '7.5%', true],
    ['7%', '7.4%', true],
    ['7%', '8%', false], // neighbouring round figures
    ['7%', '9%', false],
    ['12 km', '12.4 km', true],
    ['10 miles', '10.4 miles', true],
    ['10 miles', '9 miles', false],
    // a count is exact unless its trailing zeros go past two significant digits (see round-figures.test.ts)
    ['1,200 homes', '1,200 homes', true],
    ['1,200 homes', '1,180 homes', true],
    ['1,200 homes', '1,100 homes', false],
    ['1,183 homes', '1,180 homes', true],
    ['1,183 homes', '1,186 homes', false],
  ])('%s against %s → compatible: %s', (a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
  });
});

describe('the interval a figure is read as', () => {
  it.each([
    ['one mile', 1, 1],
    ['2 miles', 2, 2],
    ['9 km', 9, 9],
    ['2–3 days', 2, 3],
    ['10 km', 9.5, 10.5],
    ['200 tons', 195, 205],
    ['0.5 miles', 0.45, 0.55],
    ['about a mile', 0.9, 1.1],
    ['about $4 million', 3.5e6, 4.5e6],
  ])('%s → %d to %d', (written, low, high) => {
    const [lo, hi] = bounds(q(written));
    expect(lo).toBeCloseTo(low, 9);
    expect(hi).toBeCloseTo(high, 9);
  });
});

/** The interval compared: the written ends widened by half the step, when there is one. */
const bounds = (v: QuantityValue): [number, number] => {
  const half = (v.step ?? 0) / 2;
  return [(v.low ?? Number.NaN) - half, (v.high ?? Number.NaN) + half];
};

describe('a fraction in words', () => {
  it.each([
    // followed by a measuring unit: a quantity of that unit
    ['half a mile', 0.5, 'mile'],
    ['half-mile', 0.5, 'mile'],
    ['a half-mile', 0.5, 'mile'],
    ['a quarter mile', 0.25, 'mile'],
    ['three-quarters of a mile', 0.75, 'mile'],
    ['half an hour', 0.5, 'hour'],
    ['a third of a mile', 0.333333333333, 'mile'],
    // after a whole number in words: a mixed number
    ['one and a half miles', 1.5, 'miles'],
    ['two and three quarters days', 2.75, 'days'],
    // alone, or of things: a share
    ['half', 50, '%'],
    ['half of the homes', 50, '% of the homes'],
    ['two-thirds of residents', 66.6666666667, '% of residents'],
  ])('%s → %d %s', (written, value, unit) => {
    const v = q(written);
    expect(v.low).toBeCloseTo(value, 9);
    expect(v.high).toBeCloseTo(value, 9);
    expect(v.unit).toBe(unit);
  });

  it('"half a million" stays a number', () => {
    expect(q('half a million')).toMatchObject({ low: 5e5, high: 5e5 });
    expect(q('half a million').unit).toBeUndefined();
  });

  it.each([
    ['nearly half a mile', 0.45, 0.5],
    ['more than a quarter mile', 0.25, null],
  ])('hedged: %s → %s to %s', (written, low, high) => {
    expect(q(written)).toMatchObject({ low, high, unit: 'mile' });
  });
});
