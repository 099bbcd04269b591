/**
 * Generators shared by the property tests: texts that are realistic enough to
 * exercise anchoring (words, white space, punctuation, typography that folds,
 * astral characters) and small enough to keep hundreds of runs fast.
 */
import fc from 'fast-check';
import { normalizeText } from '../../src/ingest/index.js';

/**
 * Pieces a text is made of. A small vocabulary makes repeated substrings
 * (the hard case for anchoring) common; the odd pieces cover folding (NBSP,
 * curly quotes, dashes, soft hyphen), astral characters and right-to-left text.
 */
const PIECES = [
  'the', 'coalition', 'Pax', 'Silica', 'signed', 'on', 'Friday', 'five', 'nine', 'members', '$12', 'billion',
  ' ', ' ', ' ', ' ', '  ', '\n', '.', ',', '\u00a0', '\u2019', '\u201c', '\u201d', '\u2014', '-', '\u00ad',
  '\u{1F600}', '\u{20000}', 'שלום', 'مرحبا', 'e\u0301', '#', '|', '`', '<b>',
] as const;

/** A normalized text of up to about `maxPieces` words and marks. */
export const textArb = (maxPieces = 60): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), {
      minLength: 1,
      maxLength: maxPieces,
    })
    .map((pieces) => normalizeText(pieces.join('')))
    .filter((t) => t.length > 0);

/** Whether `offset` falls inside a surrogate pair of `text`. */
export const splitsPair = (text: string, offset: number): boolean => {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
};

/** A text and a valid range of it (at least `minLength` units, not splitting a surrogate pair). */
export const textWithRangeArb = (maxPieces = 60, minLength = 1): fc.Arbitrary<{ text: string; start: number; end: number }> =>
  textArb(maxPieces)
    .filter((text) => text.length >= minLength)
    .chain((text) =>
      fc
        .tuple(fc.nat({ max: text.length - minLength }), fc.integer({ min: minLength, max: Math.max(minLength, Math.min(80, text.length)) }))
        .map(([start, length]) => ({ text, start, end: Math.min(text.length, start + length) })),
    )
    .filter(({ text, start, end }) => end > start && !splitsPair(text, start) && !splitsPair(text, end));

/** Overlap of two ranges, in code units. */
export const overlapLength = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
