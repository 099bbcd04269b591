/**
 * Edit distances with a budget (`bounded-edit-distance.ts`), against the full
 * dynamic programme they replace for long strings: equal whenever the
 * distance is within the budget, `max + 1` ("more") otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backwardView,
  boundedEditDistance,
  forwardView,
  pinnedBoundedEditDistance,
} from '../../src/anchor/bounded-edit-distance.js';
import { editDistance, pinnedEditDistance } from '../../src/anchor/context-similarity.js';

const SEED = { seed: 1414, numRuns: 400 };
const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 40 });

describe('boundedEditDistance', () => {
  it.each([
    { a: 'kitten', b: 'sitting', max: 5, expected: 3 },
    { a: 'kitten', b: 'sitting', max: 3, expected: 3 },
    { a: 'kitten', b: 'sitting', max: 2, expected: 3 }, // more than 2: max + 1
    { a: '', b: 'abc', max: 10, expected: 3 },
    { a: 'abc', b: '', max: 1, expected: 2 },
    { a: 'same', b: 'same', max: 0, expected: 0 },
    { a: 'a'.repeat(100_000), b: `${'a'.repeat(50_000)}b${'a'.repeat(49_999)}`, max: 256, expected: 1 },
  ])('$a / $b within $max: $expected', ({ a, b, max, expected }) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
  });

  it('equals the full distance when that is within the budget, and says "more" otherwise', () => {
    fc.assert(
      fc.property(small, small, fc.nat({ max: 45 }), (a, b, max) => {
        const full = editDistance(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      SEED,
    );
  });
});

describe('pinnedBoundedEditDistance', () => {
  it('equals the pinned (free-end) distance within the budget, taking as much text as the pattern needs', () => {
    fc.assert(
      fc.property(small, small, fc.nat({ max: 45 }), (pattern, text, max) => {
        const full = pinnedEditDistance(pattern, text);
        const found = pinnedBoundedEditDistance(forwardView(pattern), forwardView(text), max);
        if (full > max) {
          expect(found).toBeUndefined();
        } else {
          expect(found?.errors).toBe(full);
          // what it consumed really is that far from the pattern
          expect(editDistance(pattern, text.slice(0, found!.consumed))).toBe(full);
        }
      }),
      SEED,
    );
  });

  it('reads backward from a point: the end of the pattern pinned to the end of the text', () => {
    expect(pinnedBoundedEditDistance(backwardView('the coalition'), backwardView('as said the coalit1on'), 3)).toEqual({ errors: 1, consumed: 13 });
    expect(pinnedBoundedEditDistance(backwardView('xyz'), backwardView('abc'), 2)).toBeUndefined();
  });
});
