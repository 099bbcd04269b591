/**
 * Our Myers end search (`match-ends.ts`) against approx-string-match, the
 * library it replaces in anchoring: the same lowest-error matches, starts
 * included, on small random texts over two or three letters (where ties
 * and overlapping matches are the rule), for patterns of one to four
 * 32-unit blocks; and past a cap, the ends nearest the preferred offset.
 */
import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cappedSearch, lowestErrorEnds } from '../../src/anchor/match-ends.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const over = (letters: string, maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...letters), { maxLength }).map((units) => units.join(''));

/** A text, a non-empty pattern and an edit budget up to the pattern's length, over `letters`. */
const caseArb = (letters: string, maxText: number, maxPattern: number) =>
  fc
    .record({ text: over(letters, maxText), pattern: over(letters, maxPattern).filter((p) => p.length > 0), rate: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ text, pattern, rate }) => ({ text, pattern, maxErrors: Math.floor(pattern.length * rate) }));

describe('lowest-error matches, against approx-string-match', () => {
  it.each([
    { letters: 'ab', maxText: 120, maxPattern: 24 },
    { letters: 'abc', maxText: 200, maxPattern: 40 },
    { letters: 'ab', maxText: 300, maxPattern: 130 },
    { letters: 'a\u00e9\u4e2d', maxText: 150, maxPattern: 70 },
  ])('the same starts, ends and edits over "$letters" (patterns up to $maxPattern units)', ({ letters, maxText, maxPattern }) => {
    fc.assert(
      fc.property(caseArb(letters, maxText, maxPattern), ({ text, pattern, maxErrors }) => {
        const expected = search(text, pattern, maxErrors);
        const ours = cappedSearch(text, pattern, maxErrors, { cap: Infinity, sample: 0 });
        expect(ours.matches).toEqual(expected);
        expect(ours.count).toBe(expected.length);
        expect(ours.capped).toBe(false);
        expect(lowestErrorEnds(text, pattern, maxErrors)?.ends ?? []).toEqual(expected.map((m) => m.end));
      }),
      { numRuns: RUNS },
    );
  });

  it('under the cap, a capped search is the full search', () => {
    fc.assert(
      fc.property(caseArb('ab', 150, 30), fc.nat({ max: 150 }), ({ text, pattern, maxErrors }, prefer) => {
        const expected = search(text, pattern, maxErrors);
        const cap = Math.max(1, expected.length);
        expect(cappedSearch(text, pattern, maxErrors, { cap, sample: 2, prefer })).toEqual({
          matches: expected,
          errors: expected[0]?.errors,
          count: expected.length,
          capped: false,
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('past the cap', () => {
  const text = 'a'.repeat(1000);

  it.each([
    { name: 'no preference: the first ends', prefer: undefined, ends: [3, 4, 5, 6] },
    { name: 'the ends nearest the preferred offset (the earlier on a tie)', prefer: 500, ends: [498, 499, 500, 501] },
    { name: 'a preference past the text: the last ends', prefer: 5000, ends: [997, 998, 999, 1000] },
  ])('$name', ({ prefer, ends }) => {
    const found = lowestErrorEnds(text, 'aaa', 1, prefer === undefined ? { cap: 4 } : { cap: 4, prefer });
    expect(found).toEqual({ errors: 0, ends, count: 998, capped: true });
  });

  it('a lower-error match found later starts the count again', () => {
    const found = lowestErrorEnds(`${'a'.repeat(500)}b${'a'.repeat(500)}`, 'aaba', 1, { cap: 4 });
    expect(found).toEqual({ errors: 0, ends: [502], count: 1, capped: false });
  });

  it('starts only the sample nearest the preferred offset, as the library starts them, and counts every end', () => {
    const pattern = `${'a'.repeat(40)}b`;
    const found = cappedSearch(text, pattern, 10, { cap: 8, sample: 2, prefer: 600 });
    expect(found).toEqual({
      matches: search(text, pattern, 10).filter((m) => m.end === 599 || m.end === 600),
      errors: 1,
      count: 961, // every end from 40 on: 40 "a" and the "b" left out, or 41 units with the "b" replaced
      capped: true,
    });
  });

  it('finds nothing beyond the allowed edits', () => {
    expect(lowestErrorEnds(text, 'bbbb', 3)).toBeUndefined();
    expect(cappedSearch(text, 'bbbb', 3, { cap: 4, sample: 1 })).toEqual({ matches: [], errors: undefined, count: 0, capped: false });
  });
});
