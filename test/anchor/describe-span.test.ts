import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSpan } from '../../src/anchor/index.js';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../../src/model/index.js';
import { fixture, onlyOffsetOf } from './fixtures.js';

const THUMBS_UP = '\uD83D\uDC4D'; // one astral character: two UTF-16 code units

describe('describeSpan', () => {
  const text = fixture('daily-caller-002.txt');

  it.each([
    { name: 'a quote mid-text', quote: 'near-total grip on rare earth mineral processing' },
    { name: 'a quote with curly quotes', quote: '\u201cPax Silica\u201d agreement' },
    { name: 'the start of the text', quote: 'President Donald Trump' },
    { name: 'the end of the text', quote: 'Continue with Google' },
  ])('describes $name with 32 units of context (fewer at the ends)', ({ quote }) => {
    const start = onlyOffsetOf(text, quote);
    const end = start + quote.length;
    const r = describeSpan(text, start, end);
    expect(r.status).toBe('described');
    if (r.status !== 'described') return;
    expect(r.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    });
    expect(r.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(TextQuoteSelectorSchema.safeParse(r.quote).success).toBe(true);
    expect(TextPositionSelectorSchema.safeParse(r.position).success).toBe(true);
  });

  it.each([
    // 20 emoji + 'a' + 'Quote': the 32nd unit before the quote is the low half of an emoji
    { name: 'prefix', text: `${THUMBS_UP.repeat(20)}aQuote tail`, start: 41, end: 46, prefix: `${THUMBS_UP.repeat(15)}a`, suffix: ' tail' },
    // 'Quote' + '.' + 20 emoji: the 32nd unit after the quote is the high half of an emoji
    { name: 'suffix', text: `Head Quote.${THUMBS_UP.repeat(20)}`, start: 5, end: 10, prefix: 'Head ', suffix: `.${THUMBS_UP.repeat(15)}` },
  ])('never splits a surrogate pair in the $name (31 units instead of 32)', ({ text: t, start, end, prefix, suffix }) => {
    const r = describeSpan(t, start, end);
    expect(r.status).toBe('described');
    if (r.status !== 'described') return;
    expect(r.quote.exact).toBe('Quote');
    expect(r.quote.prefix).toBe(prefix);
    expect(r.quote.suffix).toBe(suffix);
  });

  it('counts offsets in UTF-16 code units around emoji', () => {
    const t = `${THUMBS_UP} Pax Silica ${THUMBS_UP}`;
    const r = describeSpan(t, 3, 13);
    expect(r.status === 'described' && r.quote.exact).toBe('Pax Silica');
    expect(r.status === 'described' && r.quote.prefix).toBe(`${THUMBS_UP} `);
    expect(r.status === 'described' && r.quote.suffix).toBe(` ${THUMBS_UP}`);
  });

  it.each([
    { name: 'an empty range', start: 4, end: 4, reason: /never empty/ },
    { name: 'a reversed range', start: 9, end: 4, reason: /greater than start/ },
    { name: 'a negative start', start: -1, end: 4, reason: /negative/ },
    { name: 'an end past the text', start: 0, end: 99, reason: /past the end/ },
    { name: 'fractional offsets', start: 0.5, end: 3, reason: /integers/ },
    { name: 'a start inside an emoji', start: 1, end: 6, reason: /start 1 splits a surrogate pair/ },
    { name: 'an end inside an emoji', start: 3, end: 15, reason: /end 15 splits a surrogate pair/ },
  ])('reports $name as invalid, without throwing', ({ start, end, reason }) => {
    const t = `${THUMBS_UP} Pax Silica ${THUMBS_UP}`;
    const r = describeSpan(t, start, end);
    expect(r.status).toBe('invalid-range');
    if (r.status === 'invalid-range') expect(r.reason).toMatch(reason);
  });
});
