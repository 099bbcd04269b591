/**
 * foldText on a large text (regression: it kept one boxed array entry and one
 * one-character string per code unit, 1.4 GB of heap and 6.5 s for a 20 MB
 * source; see docs/limits.md for the figures now). These tests check that
 * the compact version folds and maps exactly as specified; the speed and
 * memory are measured by test/hardening/measure-limits.ts, not timed here.
 */
import { describe, expect, it } from 'vitest';
import { foldString, foldText } from '../../src/ingest/index.js';

/** Every kind of fold, repeated: kept text, lone and repeated spaces, NBSP, newlines, quotes, dashes, ellipsis, soft hyphen. */
const PARAGRAPH =
  'The \u201cPax Silica\u201d coalition \u2014 five  members\u00a0said\u2026 it\u2019s\u00ad signed\n\n on Friday. \u{1F600} ';

describe('foldText on a large text', () => {
  const text = PARAGRAPH.repeat(40_000); // about 3.2 million code units
  const f = foldText(text);

  it('folds exactly as foldString does', () => {
    expect(f.folded).toBe(foldString(text));
  });

  it('maps sampled folded offsets back to the characters they come from', () => {
    for (let i = 0; i < f.folded.length; i += 997) {
      const from = f.toOriginal(i);
      const to = f.toOriginalEnd(i + 1);
      expect(to).toBeGreaterThan(from);
      const original = foldString(text.slice(from, to));
      // One folded unit comes from one original character (or a run of white space, or "…").
      expect(original.includes(f.folded.charAt(i))).toBe(true);
    }
    expect(f.toOriginal(f.folded.length)).toBe(text.length);
    expect(f.toOriginalEnd(f.folded.length)).toBe(text.length);
  });

  it('keeps a lone space, a run of spaces and a newline run each as one folded space covering the run', () => {
    const small = foldText('a b  c\n\n d');
    expect(small.folded).toBe('a b c d');
    expect([small.toOriginal(1), small.toOriginalEnd(2)]).toEqual([1, 2]);
    expect([small.toOriginal(3), small.toOriginalEnd(4)]).toEqual([3, 5]);
    expect([small.toOriginal(5), small.toOriginalEnd(6)]).toEqual([6, 9]);
  });
});
