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
