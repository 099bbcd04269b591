/**
 * A figure written in digits is read to the full precision of a double: the
 * double nearest the decimal written, so a figure written in its shortest
 * form prints back as written. Scale words shift its decimal point ("1.1
 * billion" is the double nearest 1.1e9, not 1.1 × 10^9 computed in doubles).
 * Ends computed from a figure (a hedge's 10%, "-odd"'s next step) are tidied
 * to twelve significant digits, as before: 12e9 × 0.9 is 10.8e9, not
 * 10800000000.000002. How a value is shown (`shownDigits`, the describe
 * styles) is a separate matter and unchanged.
 *
 * Past 2^53 not every integer is a double: "9007199254740993" is read as the
 * nearest one, 9007199254740992 (ties go to the even one), and the two
 * figures are then the same value.
 */
import { describe, expect, it } from 'vitest';
import { fromYamlNumber } from '../support/yaml-number.js';
import { parseQuantity } from '../../src/normalize/parse-quantity.js';

const ends = (text: string): [number | null, number | null] => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(`${text}: ${r.messages.map((m) => m.message).join('; ')}`);
  return [r.value.low, r.value.high];
};

describe('a figure written in digits is the double nearest it', () => {
  it.each([
    // written in its shortest form: printed back as written
    ['0.30000000000000004'],
    ['0.1'],
    ['0.0000001'],
    ['123456789.12345679'],
    ['4.35'],
    ['-0.30000000000000004'],
    ['9007199254740991'],
  ])('%s prints back as written', (written) => {
    const [low, high] = ends(written);
    expect(low).toBe(Number(written));
    expect(high).toBe(low);
    expect(String(low)).toBe(written.startsWith('0.0000') ? '1e-7' : written);
  });

  it.each([
    // a scale word moves the decimal point: the double nearest the decimal
    ['1.1 billion', 1.1e9],
    ['$4.35 million', 4.35e6],
    ['123456789.12345679 thousand', 123456789.12345679e3],
    ['₹1,234.5678912345 crore', 1234.5678912345e7],
    ['$10-12.3 billion', 10e9, 12.3e9],
    ['1.2345678901234 to 2.3456789012345 billion', 1.2345678901234e9, 2.3456789012345e9],
  ])('%s is exactly its decimal', (text, low, high = low) => {
    expect(ends(text)).toEqual([low, high]);
  });

  it('past 2^53 a figure is the nearest double: 9007199254740993 is 9007199254740992, the same value', () => {
    expect(ends('9007199254740993')).toEqual([2 ** 53, 2 ** 53]);
    expect(ends('9007199254740995')).toEqual([2 ** 53 + 4, 2 ** 53 + 4]);
  });

  it.each([
    // computed ends are tidied as before
    ['nearly $12 billion', 10.8e9, 12e9],
    ['about 1.1 billion', 0.99e9, 1.21e9],
    ['£30-odd million', 30e6, 40e6],
  ])('%s: an end computed from the figure is tidied to twelve significant digits', (text, low, high) => {
    expect(ends(text)).toEqual([low, high]);
  });
});

describe('a quantity written as a YAML number keeps every bit of it', () => {
  it.each([
    ['the largest double', Number.MAX_VALUE],
    ['0.1 + 0.2', 0.1 + 0.2],
    ['1e-7', 1e-7],
    ['2^53 + 1, read by YAML as 2^53', 9007199254740993],
    ['the smallest normal double', 2.2250738585072014e-308],
    ['a 17-digit decimal', 123456789.12345679],
  ])('%s', (_, n) => {
    const q = fromYamlNumber(n);
    expect([q.low, q.high]).toEqual([n, n]);
    expect(String(q.low)).toBe(String(n));
  });
});
