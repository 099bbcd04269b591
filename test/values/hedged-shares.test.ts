/**
 * A hedged share — a fraction in words or a percentage with "about",
 * "roughly", "around" — is widened once: by the hedge or by half its
 * rounding step, whichever is wider (docs/normalization.md, "Precision and
 * discrepancy"). It used to be widened by both, so "roughly half" reached
 * 40–60 % and was only a minor tension with "two-thirds".
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue } from '../../src/values/kinds/quantity.js';
import { roundedBounds } from '../../src/values/kinds/quantity.js';
import { parseQuantity } from '../../src/normalize/index.js';
import { compareValues, valueKinds } from '../../src/values/index.js';

const q = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok || r.value.type !== 'quantity') throw new Error(text);
  return r.value;
};

describe('hedged shares against plain ones', () => {
  it.each([
    // hedged, plain, verdict, grade of the discrepancy
    ['roughly half', 'two-thirds', 'conflict', 'substantial'],
    ['about 50%', 'two-thirds', 'conflict', 'substantial'],
    ['roughly a third', 'half', 'conflict', 'substantial'],
    ['roughly half', '62%', 'conflict', 'substantial'],
    ['about half', '60%', 'conflict', 'minor'],
    ['about 50%', '60%', 'conflict', 'minor'],
    ['about 50%', '56%', 'conflict', 'minor'],
    ['about 40%', '45%', 'conflict', 'minor'],
    ['about half', '55%', 'compatible', undefined],
    ['roughly half', 'half', 'compatible', undefined],
    ['about a quarter', '30%', 'compatible', undefined],
    ['around two-thirds', '70%', 'compatible', undefined],
    ['about 40%', '43%', 'compatible', undefined],
    ['about one in five', '25%', 'compatible', undefined],
  ] as const)('%s vs %s: %s (%s)', (hedged, plain, verdict, grade) => {
    expect(compareValues(q(hedged), q(plain)).verdict).toBe(verdict);
    expect(compareValues(q(plain), q(hedged)).verdict).toBe(verdict);
    expect(valueKinds.discrepancy(q(hedged), q(plain))?.grade).toBe(grade);
  });

  it.each([
    // hedged, the interval it is compared by
    ['roughly half', 45, 55],
    ['about a tenth', 5, 15],
    ['around two-thirds', 60, 73.3333],
    ['about 40%', 36, 44],
    ['about 4.5%', 4.05, 4.95],
    ['roughly 12.5%', 11.25, 13.75],
  ])('%s is compared as [%d, %d]%%, widened once', (hedged, low, high) => {
    const bounds = roundedBounds(q(hedged));
    expect(bounds.low).toBeCloseTo(low, 3);
    expect(bounds.high).toBeCloseTo(high, 3);
  });

  it.each(['half', 'a tenth', 'two-thirds', 'a quarter', 'one in five', '40%', '4.5%', '12%'])('"about %s" is never narrower than "%s" itself', (plain) => {
    const hedged = roundedBounds(q(`about ${plain}`));
    const bare = roundedBounds(q(plain));
    expect(hedged.low ?? -Infinity).toBeLessThanOrEqual((bare.low ?? -Infinity) + 1e-9);
    expect(hedged.high ?? Infinity).toBeGreaterThanOrEqual((bare.high ?? Infinity) - 1e-9);
  });
});

/**
 * A hedge that makes a share's figure a bound ("more than a third", "nearly
 * half", "at least 40%") takes the figure written as the bound, as money and
 * measures do ("more than $2 billion" is more than 2 billion): the share's
 * step no longer moves the bound by five points.
 */
describe('a share bounded by its words is bounded by the figure written', () => {
  it.each([
    // share, other, verdict, grade of the discrepancy; (before: the verdict with the bound moved by half the step)
    ['more than a third', '30%', 'conflict', 'minor'], // (compatible: more than 28.3%)
    ['more than a third', '20%', 'conflict', 'substantial'],
    ['more than a third', '32%', 'conflict', 'minor'], // (compatible)
    ['more than a third', '35%', 'compatible', undefined],
    ['more than a third', 'a third', 'compatible', undefined],
    ['more than a third', '33.5%', 'compatible', undefined],
    ['nearly half', '52%', 'conflict', 'minor'], // (compatible: up to 55%)
    ['nearly half', '48%', 'compatible', undefined],
    ['nearly half', '40%', 'conflict', 'minor'], // (compatible: from 40%)
    ['nearly half', '30%', 'conflict', 'substantial'],
    ['under one in three', '35%', 'conflict', 'minor'], // (compatible: under 38.3%)
    ['at least 40%', '39.6%', 'conflict', 'minor'], // (compatible: at least 39.5%)
    ['at least 40%', '40%', 'compatible', undefined],
    ['more than $2 billion', '$1.9 billion', 'conflict', 'minor'], // money: the bound it always was
  ] as const)('%s vs %s: %s (%s)', (share, other, verdict, grade) => {
    expect(compareValues(q(share), q(other)).verdict).toBe(verdict);
    expect(compareValues(q(other), q(share)).verdict).toBe(verdict);
    expect(valueKinds.discrepancy(q(share), q(other))?.grade).toBe(grade);
  });

  it.each([
    // share, the interval it is compared by
    ['more than a third', 33.3333, null],
    ['nearly half', 45, 50],
    ['at least 40%', 40, null],
    ['up to two thirds', 0, 66.6667],
  ] as const)('%s is compared as [%d, %s]%%', (share, low, high) => {
    const bounds = roundedBounds(q(share));
    expect(bounds.low).toBeCloseTo(low, 3);
    if (high === null) expect(bounds.high).toBeNull();
    else expect(bounds.high).toBeCloseTo(high, 3);
  });
});
