/**
 * Regression cases found by the anchoring properties (test/properties): an
 * exact occurrence and a folded occurrence that only adds characters which
 * fold away (the rest of a run of white space, a soft hyphen) are one place,
 * not two, so a quote described from the text anchors back to it.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeSpan, reanchorSpan } from '../../src/anchor/index.js';

const CASES = [
  { name: 'a quote ending in a soft hyphen', text: 'thetheon\u00ad', start: 2, end: 9 },
  { name: 'a quote starting with a soft hyphen', text: '\u00ad\u201d.', start: 0, end: 2 },
  { name: 'a quote ending inside a run of spaces', text: 'thefiveSilica  thethe', start: 11, end: 14 },
  { name: 'one space of a run after a curly quote', text: '\u201d  five', start: 1, end: 2 },
  { name: 'a word before a double space', text: 'The coalition signed  on Friday.', start: 14, end: 21 },
] as const;

describe.each(CASES)('$name', ({ text, start, end }) => {
  const d = describeSpan(text, start, end);
  if (d.status !== 'described') throw new Error(d.reason);

  it('anchors back to the described offsets', () => {
    const r = anchorQuote(text, { exact: d.quote.exact, prefix: d.quote.prefix, suffix: d.quote.suffix, hint: start });
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect([r.start, r.end, r.method]).toEqual([start, end, 'exact']);
  });

  it('re-anchors to the unchanged text as "unchanged"', () => {
    const r = reanchorSpan(d, text);
    expect(r.status).toBe('unchanged');
  });
});

describe('overlapping occurrences that are different places', () => {
  it('stay ambiguous: "a a" in "a a\u00a0a" without context', () => {
    const r = anchorQuote('a a\u00a0a', { exact: 'a a' });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.start)).toEqual([0, 2]);
  });
});

describe('an exact occurrence and its folded twin', () => {
  it('keep the exact boundaries, even when the folded one sits nearer the position hint', () => {
    // The text lost one unit far before the quote, so the hint is one unit late: the folded twin
    // without the leading soft hyphen starts exactly at the hint, the exact occurrence one before it.
    const quote = '\u00adFriday Silica';
    const text = `${'x'.repeat(40)} members five|${quote} and more words after it`;
    const start = text.indexOf(quote);
    const d = describeSpan(text, start, start + quote.length);
    if (d.status !== 'described') throw new Error(d.reason);
    const r = reanchorSpan(d, text.slice(1));
    expect(r.status).toBe('moved');
    expect([r.status !== 'orphaned' ? r.position.start : -1]).toEqual([start - 1]);
  });
});

describe('a quote whose folded twin overlaps it on both sides', () => {
  it('is one place: a leading soft hyphen left out, a trailing run of spaces taken in', () => {
    const quote = '\u00ad#  the.\u2019`  ';
    const text = `${'y'.repeat(40)} ${quote} ${'z'.repeat(40)}`;
    const start = text.indexOf(quote);
    const d = describeSpan(text, start, start + quote.length);
    if (d.status !== 'described') throw new Error(d.reason);
    const r = reanchorSpan(d, ` ${text}`);
    expect(r.status).toBe('moved');
    expect([r.status !== 'orphaned' ? r.position.start : -1]).toEqual([start + 1]);
  });
});

describe('exact occurrences inside one run of white space', () => {
  it('stay distinct places: two spaces of "the     " are ambiguous, never merged into one', () => {
    const r = anchorQuote('the     ', { exact: '  ', prefix: 'the  ', suffix: ' ' });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => [c.start, c.end])).toContainEqual([5, 7]);
  });
});
