/**
 * Graded discrepancy (docs/normalization.md, "Precision and discrepancy"):
 * how far apart two conflicting values are, relative to their size and the
 * precision their words imply.
 */
import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/value.js';
import { parseDate, parseQuantity } from '../../src/normalize/index.js';
import { valueKinds } from '../../src/values/index.js';
import { graded, largestDiscrepancy, type DiscrepancyGrade } from '../../src/values/discrepancy.js';

const q = (text: string): Value => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(r.messages[0]?.message);
  return r.value;
};
const d = (text: string): Value => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(r.messages[0]?.message);
  return r.value;
};

describe('discrepancy of two values', () => {
  it.each([
    // compatible once rounding is allowed for: no discrepancy at all
    ['$12 billion', '$12.4 billion', undefined, undefined],
    ['54%', '54.4%', undefined, undefined],
    ['over 40%', '40%', undefined, undefined],
    // a few percent: a minor tension
    ['54%', '55%', 'minor', 'neighbouring round figures, 1.8% apart'],
    ['50 countries', '54 countries', 'minor', 'minor tension'],
    ['$12 billion', '$13.4 billion', 'minor', 'minor tension'],
    ['40%', '43%', 'minor', 'minor tension'],
    ['nearly $3.0 million', '$3.3 million', 'minor', 'minor tension'],
    // "about $4 million" is widened once (3.5–4.5 million), so "nearly $3.4 million" falls just short
    ['nearly $3.4 million', 'about $4 million', 'minor', 'minor tension'],
    // substantial: cannot both be right
    ['five members', 'eight members', 'substantial', 'apart'],
    ['$12 billion', '$20 billion', 'substantial', 'apart'],
    ['40%', '60%', 'substantial', 'apart'],
    // an order of magnitude, or opposite signs
    ['$12 billion', '$120 billion', 'magnitude', 'tenfold'],
    ['nearly $12 billion', '$120 billion', 'magnitude', 'tenfold'],
    ['$1.2 million', '$1.2 billion', 'magnitude', 'times apart'],
    ['-5%', '5%', 'magnitude', 'opposite signs'],
  ] as const)('%s vs %s → %s', (a, b, grade, words) => {
    const found = valueKinds.discrepancy(q(a), q(b));
    expect(found?.grade).toBe(grade);
    if (words !== undefined) expect(found?.label).toContain(words);
    // symmetric
    expect(valueKinds.discrepancy(q(b), q(a))?.grade).toBe(grade);
  });

  it.each([
    ['December 12, 2025', 'December 13, 2025', 'minor', 'one day apart'],
    ['December 12, 2025', 'December 24, 2025', 'substantial', 'twelve days apart'],
    ['December 12, 2025', 'December 12, 2024', 'magnitude', 'a year'],
    ['2024', '2025', 'substantial', 'different years'],
    ['December 2025', 'December 12, 2025', undefined, undefined],
    ['March 3', 'March 4, 2026', 'minor', 'one day apart'],
    ['March 3', 'March 20, 2026', 'substantial', '17 days apart'],
    ['March 3', 'March 3, 2026', undefined, undefined],
  ] as const)('%s vs %s → %s', (a, b, grade, words) => {
    const found = valueKinds.discrepancy(d(a), d(b));
    expect(found?.grade).toBe(grade);
    if (words !== undefined) expect(found?.label).toContain(words);
  });

  it('is undefined for different measures (dollars vs euros, money vs a count)', () => {
    expect(valueKinds.discrepancy(q('$12 billion'), q('€120 billion'))).toBeUndefined();
    expect(valueKinds.discrepancy(q('$12 billion'), q('120 countries'))).toBeUndefined();
  });

  it('orders by score: grade first, then how far within it', () => {
    const grades: DiscrepancyGrade[] = ['minor', 'substantial', 'magnitude'];
    const scores = grades.map((g) => graded(g, 0.5, g).score);
    expect(scores).toEqual([...scores].sort((x, y) => x - y));
    expect(graded('minor', 5, '').score).toBeLessThan(1);
    expect(largestDiscrepancy([graded('minor', 0.9, 'a'), graded('magnitude', 0, 'b'), undefined])?.label).toBe('b');
  });
});
