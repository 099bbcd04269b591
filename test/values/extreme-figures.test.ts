/**
 * Every figure gets a finite positive rounding step or is exact
 * (docs/normalization.md, "Where rounding lives"): a figure written to more
 * decimal places than a double can widen — YAML's 5e-324 written out is
 * "0.000…5", 324 places, whose step 10^-324 is 0 in a double — is exact,
 * not "step 0"; a figure near the largest double is widened without
 * reaching Infinity; a rounding below the double's own precision at the
 * figure ("0.30000000000000004", step 10^-17) leaves the figure as it is
 * instead of emptying its interval. Each is the same value as itself.
 */
import { describe, expect, it } from 'vitest';
import { fromYamlNumber } from '../support/yaml-number.js';
import { parseQuantity } from '../../src/normalize/parse-quantity.js';
import { compareValues, valueKinds } from '../../src/values/index.js';
import { roundedBounds, type QuantityValue } from '../../src/values/kinds/quantity.js';

const fromText = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(`${text}: ${r.messages.map((m) => m.message).join('; ')}`);
  return r.value;
};

/** What every quantity must be: a step finite and positive or none, finite compared ends, a non-empty interval, the same as itself. */
const expectSound = (v: QuantityValue): void => {
  if (v.step !== undefined) {
    expect(Number.isFinite(v.step)).toBe(true);
    expect(v.step).toBeGreaterThan(0);
  }
  const b = roundedBounds(v);
  for (const end of [b.low, b.high]) if (end !== null) expect(Number.isFinite(end)).toBe(true);
  if (b.low !== null && b.high !== null) {
    expect(b.low).toBeLessThanOrEqual(b.high);
    if (b.low === b.high) expect(b.lowInclusive && b.highInclusive).toBe(true);
  }
  expect(compareValues(v, v).verdict).toBe('compatible');
  expect(valueKinds.discrepancy(v, v)).toBeUndefined();
};

describe('a figure at the ends of the double range', () => {
  it.each<readonly [string, number, number | undefined]>([
    // written as a YAML number, its step: below the smallest normal double no step can widen it
    ['the smallest double, 5e-324', 5e-324, undefined],
    ['its negative', -5e-324, undefined],
    ['a subnormal, 1e-320', 1e-320, undefined],
    ['the smallest normal double', 2.2250738585072014e-308, undefined],
    // small, with a step a double holds
    ['1e-300', 1e-300, 1e-300],
    ['0.1 + 0.2', 0.1 + 0.2, 1e-17],
    ['123.456', 123.456, 0.001],
    // large: a count whose zeros go past two digits, widened but never to Infinity
    ['1e308', 1e308, 1e307],
    ['the largest double', Number.MAX_VALUE, 1e292],
    ['1e21', 1e21, 1e20],
    ['-0', -0, undefined],
  ])('%s (%d): step %s', (_, n, step) => {
    const v = fromYamlNumber(n);
    expectSound(v);
    if (step === undefined) expect(v.step).toBeUndefined();
    else expect(v.step).toBeCloseTo(step, 12 - Math.log10(step));
  });

  it.each<readonly [string, string, number | undefined]>([
    // a count with trailing zeros past two digits: rounded, its step finite
    ['1 and 308 zeros', '1' + '0'.repeat(308), 1e307],
    ['17 and 307 zeros', '17' + '0'.repeat(307), 1e307],
    ['the largest double in digits', '179769313486231570' + '0'.repeat(291), 1e292],
    // a measure of them: the compared ends stay finite
    ['17 and 307 zeros km', '17' + '0'.repeat(307) + ' km', 1e307],
    // more places than any double: exact
    ['5e-324 in digits', '0.' + '0'.repeat(323) + '5', undefined],
    ['1e-401 in digits (read as 0)', '0.' + '0'.repeat(400) + '1', undefined],
    ['1e-321 km in digits', '0.' + '0'.repeat(320) + '1 km', undefined],
    // a rounding below the double's precision at the figure: the figure itself, not an empty interval
    ['0.30000000000000004', '0.30000000000000004', 1e-17],
    ['1.0000000000000002 km', '1.0000000000000002 km', 1e-16],
    ['-0', '-0', undefined],
    ['-0.0 km', '-0.0 km', 0.1],
  ])('%s: step %s', (_, text, step) => {
    const v = fromText(text);
    expectSound(v);
    if (step === undefined) expect(v.step).toBeUndefined();
    else expect(v.step).toBeCloseTo(step, 12 - Math.log10(step));
  });

  it('a rounding lost in the double keeps the figure: "0.30000000000000004" is the figure, upper end included', () => {
    const b = roundedBounds(fromText('0.30000000000000004'));
    expect([b.low, b.high, b.lowInclusive, b.highInclusive]).toEqual([0.30000000000000004, 0.30000000000000004, true, true]);
  });
});
