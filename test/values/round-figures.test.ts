/**
 * Round figures (docs/normalization.md, "Where rounding lives"): a whole
 * figure whose trailing zeros go past two significant digits may be rounded
 * to the place of its last kept digit — a count of things ("1,200 homes")
 * as much as a measure ("1,200 km") — and is read as what rounds to it,
 * half up: "1,200" is 1,150 up to 1,250, "200" 195 up to 205, "40,000"
 * 39,500 up to 40,500. A figure with no trailing zeros, or whose zero is
 * one of its two digits ("50 countries"), is an exact count. So another
 * source's figure inside that rounding is compatible; one beyond it is a
 * conflict graded by its gap (a tenth or less: a minor tension); and two
 * neighbouring round figures ("1,100" and "1,200") share no value and are a
 * minor tension, not the same figure.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue } from '../../src/values/kinds/quantity.js';
import { roundedBounds } from '../../src/values/kinds/quantity.js';
import { parseQuantity } from '../../src/normalize/index.js';
import { compareValues, valueKinds } from '../../src/values/index.js';

const q = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(`not a quantity: ${text}`);
  return r.value;
};

describe('a round figure against another: compatible, a minor tension or a conflict', () => {
  it.each<readonly [string, string, 'compatible' | 'conflict', 'minor' | 'substantial' | undefined, string | undefined]>([
    // inside the rounding of a round count: compatible
    ['1,200 homes', '1,180 homes', 'compatible', undefined, undefined],
    ['1,200 homes', '1,249 homes', 'compatible', undefined, undefined],
    ['1,200 homes', '1,150 homes', 'compatible', undefined, undefined],
    ['200 homes', '204 homes', 'compatible', undefined, undefined],
    ['40,000 people', '39,800 people', 'compatible', undefined, undefined],
    ['1,000,000 people', '1,040,000 people', 'compatible', undefined, undefined],
    ['two hundred homes', '204 homes', 'compatible', undefined, undefined], // words are as round as digits
    // past it: graded by the gap
    ['1,200 homes', '1,251 homes', 'conflict', 'minor', 'minor tension: 0.08% apart'],
    ['200 tons', '180 tons', 'conflict', 'minor', 'minor tension: 5.1% apart'], // "200" is not read to one digit: 180 is a tenth off
    ['200 homes', '180 homes', 'conflict', 'minor', 'minor tension: 5.1% apart'],
    ['40,000 people', '41,234 people', 'conflict', 'minor', 'minor tension: 1.8% apart'],
    ['1,200 homes', '1,000 homes', 'conflict', 'minor', 'minor tension: 8.7% apart'],
    ['200 tons', '150 tons', 'conflict', 'substantial', '21% apart'],
    ['200 homes', '150 homes', 'conflict', 'substantial', '21% apart'],
    ['40,000 people', '30,000 people', 'conflict', 'substantial', '23% apart'],
    // neighbouring round figures share no value: a minor tension, with the gap between the figures written
    ['1,200 homes', '1,100 homes', 'conflict', 'minor', 'minor tension: neighbouring round figures, 8.3% apart'],
    ['200 homes', '190 homes', 'conflict', 'minor', 'minor tension: neighbouring round figures, 5% apart'],
    ['40,000 people', '39,000 people', 'conflict', 'minor', 'minor tension: neighbouring round figures, 2.5% apart'],
    ['$12 billion', '$13 billion', 'conflict', 'minor', 'minor tension: neighbouring round figures, 7.7% apart'],
    ['1,200 km', '1,100 km', 'conflict', 'minor', 'minor tension: neighbouring round figures, 8.3% apart'],
    // no trailing zeros, or a zero within two digits: an exact count
    ['1,183 homes', '1,184 homes', 'conflict', 'minor', 'minor tension: 0.08% apart'],
    ['50 countries', '51 countries', 'conflict', 'minor', 'minor tension: 2% apart'],
    ['20 people', '19 people', 'conflict', 'minor', 'minor tension: 5% apart'],
    ['54 countries', '55 countries', 'conflict', 'minor', 'minor tension: 1.8% apart'],
    // measures as counts: trailing zeros round, and so do the last of two digits and decimals
    ['1,200 km', '1,180 km', 'compatible', undefined, undefined],
    ['12 km', '12.4 km', 'compatible', undefined, undefined],
    // a hedge widens a round count by the hedge or its rounding, whichever is wider
    ['about 1,200 homes', '1,300 homes', 'compatible', undefined, undefined],
  ])('%s against %s → %s (%s: %s)', (a, b, verdict, grade, label) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      expect(compareValues(q(x), q(y)).verdict).toBe(verdict);
      const d = valueKinds.discrepancy(q(x), q(y));
      expect(d?.grade).toBe(grade);
      if (label !== undefined) expect(d?.label).toBe(label);
    }
  });
});

describe('the interval a round figure is compared by: what rounds to it, half up', () => {
  it.each<readonly [string, number, number, boolean]>([
    ['1,200 homes', 1150, 1250, false],
    ['1,180 homes', 1175, 1185, false],
    ['200 homes', 195, 205, false],
    ['40,000 people', 39500, 40500, false],
    ['two hundred homes', 195, 205, false],
    ['1,200 km', 1150, 1250, false],
    ['54%', 53.5, 54.5, false],
    // exact: no rounding
    ['1,183 homes', 1183, 1183, true],
    ['50 countries', 50, 50, true],
    ['2 dozen eggs', 24, 24, true],
    ['3 km', 3, 3, true],
  ])('%s → from %d up to %d (upper end included: %s)', (written, low, high, highIncluded) => {
    const b = roundedBounds(q(written));
    expect(b.low).toBeCloseTo(low, 9);
    expect(b.high).toBeCloseTo(high, 9);
    expect(b.lowInclusive).toBe(true);
    expect(b.highInclusive).toBe(highIncluded);
  });
});
