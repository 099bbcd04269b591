/**
 * Looking quotes up in an indexed text (`gram-index.ts`), which keeps a
 * loader anchoring thousands of claims on one source linear: once a prepared
 * text is indexed, every quote anchors exactly as it does in a text searched
 * from start to end — the same status, places, methods and scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import { foldedOccurrences, INDEX_AFTER_SCANS, MIN_INDEXED_LENGTH } from '../../src/anchor/gram-index.js';
import { normalizeText } from '../../src/ingest/index.js';
import { occurrencesOf } from './fixtures.js';

/**
 * Pieces of text: a small vocabulary (so quotes repeat), white space that
 * folds (runs, NBSP, newlines), typography that folds (curly quotes, dashes,
 * ellipsis), characters that fold away (soft hyphen), emoji and accents.
 */
const PIECES = [
  'the', 'coalition', 'Pax', 'Silica', 'signed', 'on', 'Friday', 'five', 'members', '$12', 'billion', 'Café',
  ' ', ' ', ' ', ' ', '  ', '\n', '.', ',', '\u00a0', '\u2019', '\u201c', '\u201d', '\u2014', '-', '\u00ad', '\u2026',
  '\u{1F600}', 'e\u0301', '"',
] as const;

/** A normalized text long enough to be indexed. */
const longTextArb = fc
  .array(fc.constantFrom(...PIECES), { minLength: MIN_INDEXED_LENGTH / 2, maxLength: MIN_INDEXED_LENGTH })
  .map((pieces) => normalizeText(pieces.join('')))
  .filter((text) => text.length >= MIN_INDEXED_LENGTH);

/** A prepared text that has been scanned often enough to be indexed. */
const indexed = (text: string) => {
  const prepared = prepareText(text);
  for (let i = 0; i <= INDEX_AFTER_SCANS; i += 1) foldedOccurrences(prepared, 'index me');
  expect(foldedOccurrences(prepared, 'index me').indexed).toBe(true);
  return prepared;
};

/** Variants of a quote an author might type: as is, with plain spaces, quotes and dashes, or extra spaces. */
const variant = (quote: string, kind: number): string =>
  kind === 0
    ? quote
    : kind === 1
      ? quote.replace(/[\u00a0\n]/g, ' ').replace(/[\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u2014/g, '-')
      : quote.replace(/ /g, '  ');

describe('an indexed text', () => {
  it('gives every folded occurrence a scan gives', () => {
    fc.assert(
      fc.property(longTextArb, fc.nat(), fc.integer({ min: 1, max: 40 }), (text, a, length) => {
        const prepared = indexed(text);
        const folded = prepared.folded.folded;
        const from = a % Math.max(1, folded.length - length);
        const quote = folded.slice(from, from + length);
        expect(foldedOccurrences(prepared, quote).offsets).toEqual(occurrencesOf(folded, quote));
      }),
      { seed: 44, numRuns: 60 },
    );
  });

  it('anchors every quote, with or without context, exactly as a text searched in full', () => {
    fc.assert(
      fc.property(longTextArb, fc.nat(), fc.integer({ min: 1, max: 60 }), fc.nat({ max: 2 }), fc.boolean(), (text, a, length, kind, withContext) => {
        const prepared = indexed(text);
        const start = a % Math.max(1, text.length - length);
        const quote = variant(text.slice(start, start + length), kind);
        if (quote.length === 0) return;
        const query = withContext ? { exact: quote, prefix: text.slice(Math.max(0, start - 32), start), hint: start } : { exact: quote };
        expect(anchorQuote(prepared, query)).toEqual(anchorQuote(text, query));
      }),
      { seed: 4096, numRuns: 80 },
    );
  });
});
