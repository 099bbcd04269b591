/**
 * A quote that occurs tens of thousands of times (regression: telling the
 * places apart compared every candidate with every other, quadratic: a quote
 * occurring 228 000 times in a 20 MB source took minutes; measured by
 * test/hardening/measure-limits.ts, see docs/limits.md). Every occurrence is
 * still a place of its own, and context still picks one.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';

const SENTENCE = 'The Pax Silica coalition was launched with five founding members, officials said on Friday. ';
const COPIES = 20_000;
const text = SENTENCE.repeat(COPIES) + 'In the end, officials said on Saturday that it was over.';
const prepared = prepareText(text);

describe('a quote with 20 000 occurrences', () => {
  it('is ambiguous and lists every occurrence as its own place', () => {
    const r = anchorQuote(prepared, { exact: 'officials said on Friday' });
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates).toHaveLength(COPIES);
    const starts = r.candidates.map((c) => c.start).sort((a, b) => a - b);
    expect(starts[0]).toBe(SENTENCE.indexOf('officials'));
    expect(new Set(starts).size).toBe(COPIES);
  });

  it('anchors the one occurrence its context names', () => {
    const r = anchorQuote(prepared, { exact: 'officials said on', suffix: ' Saturday that it was over.' });
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect(r.start).toBe(text.lastIndexOf('officials said on'));
  });
});
