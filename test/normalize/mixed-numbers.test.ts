/**
 * Mixed numbers and fractions written in digits (docs/normalization.md,
 * "Quantities"): "1 and a half miles", "1½ miles", "1 1/2 miles" are 1.5
 * miles, as precise as the decimal written out (1.5 → ±0.05, 2.75 →
 * ±0.005) like "one and a half miles"; a fraction alone before a measuring
 * unit is that much of it, exact like "half a mile" ("½ mile", "3/4 inch");
 * a vulgar fraction before things is a share like "half" ("⅔ of voters").
 * "1 and 2 miles" is a list, not a mixed number, and "9/11" is no fraction.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/normalize/index.js';
import { compareValues } from '../../src/values/index.js';
import type { QuantityValue } from '../../src/values/kinds/quantity.js';

const q = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(`${text}: ${r.messages.map((m) => m.message).join('; ')}`);
  return r.value;
};

describe('a mixed number in digits', () => {
  it.each<readonly [string, number, number, string | undefined, number | undefined]>([
    // written, low, high, unit, step
    ['1 and a half miles', 1.5, 1.5, 'miles', 0.1],
    ['2 and a quarter hours', 2.25, 2.25, 'hours', 0.01],
    ['10 and a half km', 10.5, 10.5, 'km', 0.1],
    ['1½ miles', 1.5, 1.5, 'miles', 0.1],
    ['1 ½ miles', 1.5, 1.5, 'miles', 0.1],
    ['2¾ inches', 2.75, 2.75, 'inches', 0.01],
    ['1⅜ inches', 1.375, 1.375, 'inches', 0.001],
    ['1⅓ miles', 4 / 3, 4 / 3, 'miles', 0.01],
    ['1 1/2 miles', 1.5, 1.5, 'miles', 0.1],
    ['2 3⁄4 inches', 2.75, 2.75, 'inches', 0.01],
    ['1½-mile', 1.5, 1.5, 'mile', 0.1],
    ['2½%', 2.5, 2.5, '%', 0.1],
    ['$1½ million', 1.5e6, 1.5e6, undefined, 1e5],
    // in a range: the lone digit "2" is exact, so the range is as precise as "1½"
    ['1 1/2–2 miles', 1.5, 2, 'miles', 0.1],
    ['1.5–2 miles', 1.5, 2, 'miles', 0.1],
    ['between 1 and a half and 2 miles', 1.5, 2, 'miles', 0.1],
    // hedged: widened once, by the hedge
    ['about 1½ miles', 1.35, 1.65, 'miles', undefined],
    // a fraction alone before a measuring unit: that much of it, exact like "half a mile"
    ['½ mile', 0.5, 0.5, 'mile', undefined],
    ['3/4 inch', 0.75, 0.75, 'inch', undefined],
    ['¼ of a mile', 0.25, 0.25, 'mile', undefined],
    // a vulgar fraction before a scale word is a number; before things, a share like "half"
    ['½ million', 5e5, 5e5, undefined, 1e5],
    ['⅔ of voters', 200 / 3, 200 / 3, '% of voters', 10],
    ['½', 50, 50, '%', 10],
  ])('%s → %d to %d %s (step %s)', (written, low, high, unit, step) => {
    const v = q(written);
    expect(v.low).toBeCloseTo(low, 9);
    expect(v.high).toBeCloseTo(high, 9);
    expect(v.unit).toBe(unit);
    if (step === undefined) expect(v.step).toBeUndefined();
    else expect(v.step).toBeCloseTo(step, 12);
  });

  it.each([
    // a list of two numbers, not a mixed number: one value per claim
    ['1 and 2 miles', 'another number'],
    // a plain slash before things is not read as a fraction (dates, scores, "24/7")
    ['9/11', 'another number'],
    ['1/2 of the homes', 'another number'],
    // no fraction: the digits run together
    ['11/2 miles', 'another number'],
  ])('%s is refused (%s)', (written, why) => {
    const r = parseQuantity(written);
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.message).join(' ')).toContain(why);
  });

  it.each([
    ['1½ miles', 'one and a half miles'],
    ['1 1/2 miles', '1.5 miles'],
    ['1 and a half miles', '1.54 miles'],
    ['2¾ inches', '2.75 inches'],
    ['½ mile', 'half a mile'],
  ])('%s is compatible with %s', (a, b) => {
    expect(compareValues(q(a), q(b)).verdict).toBe('compatible');
  });

  it.each([
    ['1½ miles', '2 miles'],
    ['1½ miles', '1 mile'],
    ['2¾ inches', '2.5 inches'],
    ['½ mile', '0.6 miles'],
  ])('%s conflicts with %s', (a, b) => {
    expect(compareValues(q(a), q(b)).verdict).toBe('conflict');
  });
});
