/**
 * Approximate search for long quotes by pieces (`find-long-quote.ts`): it
 * finds the quote's place with as few edits as approx-string-match (the
 * search it replaces for quotes over `LONG_QUOTE_LENGTH` units), and it
 * never reports a match with more edits than allowed.
 */
import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/anchor/bounded-edit-distance.js';
import { findLongQuote, LONG_QUOTE_LENGTH } from '../../src/anchor/find-long-quote.js';
import { generatedText } from '../tools/bench/worst-case-anchoring.js';

const WORDS = generatedText(200_000, 7);

/** Apply edits (substitute, insert, delete one unit at a relative position) to `s`. */
const applyEdits = (s: string, edits: readonly { at: number; kind: number; unit: string }[]): string => {
  let out = s;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) {
    const at = Math.floor(e.at * (out.length - 1));
    out = e.kind === 0 ? out.slice(0, at) + e.unit + out.slice(at + 1) : e.kind === 1 ? out.slice(0, at) + e.unit + out.slice(at) : out.slice(0, at) + out.slice(at + 1);
  }
  return out;
};

const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.nat({ max: 2 }), unit: fc.constantFrom('x', 'q', ' ', 'Z') });

describe('findLongQuote', () => {
  it('finds a long quote with a few edits where it stands, with no more edits than approx-string-match', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.integer({ min: LONG_QUOTE_LENGTH + 1, max: 2 * LONG_QUOTE_LENGTH }),
        fc.array(editArb, { maxLength: 12 }),
        (from, length, edits) => {
          const text = WORDS.slice(from, from + length + 4000);
          const start = 2000;
          const quote = applyEdits(text.slice(start, start + length), edits);
          const maxErrors = 256;
          const found = findLongQuote(text, quote, maxErrors);
          const best = Math.min(...search(text, quote, maxErrors).map((m) => m.errors));
          expect(found.length).toBeGreaterThan(0);
          const top = found.reduce((a, b) => (b.errors < a.errors ? b : a));
          expect(top.errors).toBe(best);
          expect(Math.abs(top.start - start)).toBeLessThanOrEqual(edits.length + 1);
          for (const m of found) {
            expect(m.errors).toBeLessThanOrEqual(maxErrors);
            expect(boundedEditDistance(quote, text.slice(m.start, m.end), maxErrors)).toBe(m.errors); // checked against the full distance in bounded-edit-distance.test.ts
          }
        },
      ),
      { seed: 4096, numRuns: 20 },
    );
  });

  it('finds nothing for a quote that is not there, and stays within its budget', () => {
    const quote = generatedText(20_000, 99);
    expect(findLongQuote(WORDS, quote, 256)).toEqual([]);
  });

  it('finds a 512 K quote with one typo (the issue\'s case that did not finish in a minute)', () => {
    const text = generatedText(520 * 1024, 3);
    const quote = text.slice(4000, 4000 + 512 * 1024);
    const typo = `${quote.slice(0, 100_000)}#${quote.slice(100_001)}`;
    expect(findLongQuote(text, typo, 256)).toEqual([{ start: 4000, end: 4000 + quote.length, errors: 1 }]);
  });
});
