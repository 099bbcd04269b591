/**
 * Finding every occurrence of a quote (`occurrences.ts`): the same answer as
 * restarting `indexOf` after each hit, including overlapping occurrences of
 * long periodic quotes, which that loop took quadratic time to find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINEAR_SEARCH_FROM, occurrences } from '../../src/anchor/occurrences.js';
import { occurrencesOf } from './fixtures.js';

describe('occurrences', () => {
  it.each([
    { haystack: 'aaaa', needle: 'aa', expected: [0, 1, 2] },
    { haystack: 'abc', needle: '', expected: [] },
    { haystack: 'ab', needle: 'abc', expected: [] },
  ])('$needle in $haystack', ({ haystack, needle, expected }) => {
    expect(occurrences(haystack, needle)).toEqual(expected);
  });

  it('agrees with an indexOf loop for short and long (linear-time) needles alike', () => {
    const unit = fc.constantFrom('a', 'b', 'ab');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 900 }).map((p) => p.join('')),
        fc.nat({ max: 600 }),
        fc.integer({ min: 1, max: 2 * LINEAR_SEARCH_FROM }),
        (haystack, from, length) => {
          const needle = haystack.slice(from, from + length) || 'ab';
          expect(occurrences(haystack, needle)).toEqual(occurrencesOf(haystack, needle));
        },
      ),
      { seed: 256, numRuns: 300 },
    );
  });

  it('finds every overlapping occurrence of a long periodic quote', () => {
    const found = occurrences('ab'.repeat(100_000), 'ab'.repeat(50_000));
    expect(found).toHaveLength(50_001);
    expect(found.slice(0, 3)).toEqual([0, 2, 4]);
    expect(found.at(-1)).toBe(100_000);
  });
});
