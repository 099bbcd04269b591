/**
 * A quantity's bounds are numbers or open, never Infinity, through the API as
 * through the loader: scale words can multiply past the largest double
 * ("1 billion billion … billion" is 10^315), and an Infinity bound would
 * serialize as null (an open bound) and compare as anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/normalize/parse-quantity.js';

const SCALES = ['thousand', 'million', 'billion', 'trillion', 'bn', 'hundred', 'dozen'];

describe('quantities too large for a number', () => {
  it('"1" followed by 35 "billion"s is an error, not Infinity bounds', () => {
    const parsed = parseQuantity(`1${' billion'.repeat(35)}`);
    expect(parsed.ok).toBe(false);
    expect(parsed.messages[0]).toMatchObject({ code: 'unrecognized', message: expect.stringContaining('too large') });
  });

  it('any number with any chain of scale words, hedges and ranges: finite bounds or an error (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }).map(String), fc.constantFrom('1.5', '999', '1e300', '12', '$12', '€3')),
        fc.array(fc.constantFrom(...SCALES), { maxLength: 40 }),
        fc.constantFrom('', 'nearly ', 'more than ', 'between 1 and ', 'up to '),
        (number, scales, prefix) => {
          const parsed = parseQuantity(`${prefix}${number}${scales.map((s) => ` ${s}`).join('')}`);
          if (!parsed.ok) return;
          for (const bound of [parsed.value.low, parsed.value.high]) {
            if (bound !== null) expect(Number.isFinite(bound)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
