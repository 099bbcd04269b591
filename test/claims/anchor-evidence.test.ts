/**
 * A quote with recorded offsets (`start`/`end` of an evidence entry, as the
 * NDJSON writer and re-anchoring record them) is taken at those offsets when
 * everything recorded still holds there, with no search; when anything does
 * not hold, the search decides exactly as for a quote without offsets.
 */
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/anchor/prepared-text.js';
import { anchorEvidence, type QuoteRequest } from '../../src/claims/anchor-evidence.js';
import type { SourceId } from '../../src/model/ids.js';
import type { TextRange } from '../../src/model/span.js';

const TEXT = 'Menu | Lithium rose. Markets: lithium rose again. Cobalt fell sharply. Subscribe: Cobalt fell';
const SOURCE = 's1' as SourceId;
const where = { file: 'claims/all.ndjson', at: { line: 3, column: 1 }, claimId: 'c1', sourceId: 's1' };
const at = (quote: string, from = 0): number => TEXT.indexOf(quote, from);
const second = at('Cobalt fell', at('Cobalt fell') + 1);
const BANNER: TextRange = { start: at('Subscribe'), end: TEXT.length };

// Each case: the request, the non-content ranges, and what comes out (the span's start, or the error's code).
const cases: readonly [string, QuoteRequest, readonly TextRange[], number | string][] = [
  ['offsets that hold pick one of two occurrences', { exact: 'Cobalt fell', hint: at('Cobalt fell'), end: at('Cobalt fell') + 11 }, [], at('Cobalt fell')],
  ['the same quote without offsets is ambiguous', { exact: 'Cobalt fell' }, [], 'quote-ambiguous'],
  ['offsets inside a non-content range are not taken', { exact: 'Cobalt fell', hint: second, end: second + 11 }, [BANNER], at('Cobalt fell')],
  ['offsets where the text changed: the search finds the quote', { exact: 'Lithium rose', hint: 3, end: 15 }, [], at('Lithium rose')],
  ['offsets past the end of the text: the search finds the quote', { exact: 'Lithium rose', hint: 500, end: 512 }, [], at('Lithium rose')],
  ['a prefix that does not stand before the offsets: the search decides', { exact: 'Cobalt fell', prefix: 'Subscribe: ', hint: at('Cobalt fell'), end: at('Cobalt fell') + 11 }, [], second],
  ['a prefix and suffix that hold', { exact: 'Cobalt fell', prefix: 'again. ', suffix: ' sharply', hint: at('Cobalt fell'), end: at('Cobalt fell') + 11 }, [], at('Cobalt fell')],
];

describe('recorded offsets', () => {
  it.each(cases)('%s', (_label, request, nonContent, expected) => {
    const result = anchorEvidence(prepareText(TEXT), SOURCE, request, where, nonContent);
    if (typeof expected === 'number') {
      expect(result.messages).toEqual([]);
      expect(result.ok && result.value.position.start).toBe(expected);
      if (result.ok) expect(result.value.quote.exact).toBe(request.exact);
    } else {
      expect(result.ok).toBe(false);
      expect(result.messages.map((m) => m.code)).toEqual([expected]);
    }
  });

  it('gives the span the search gives for the same place', () => {
    const start = at('Lithium rose');
    const recorded = anchorEvidence(prepareText(TEXT), SOURCE, { exact: 'Lithium rose', hint: start, end: start + 12 }, where);
    const searched = anchorEvidence(prepareText(TEXT), SOURCE, { exact: 'Lithium rose', prefix: 'Menu | ' }, where);
    expect(recorded).toEqual(searched);
  });
});

describe('a quote whose closest matches are everywhere', () => {
  it('is quote-ambiguous, and the message says it is not distinctive and how many places', () => {
    const text = 'a'.repeat(64 * 1024);
    const result = anchorEvidence(prepareText(text), SOURCE, { exact: `${'a'.repeat(300)}b` }, where);
    expect(result.ok).toBe(false);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ code: 'quote-ambiguous', claimId: 'c1' });
    expect(result.messages[0]?.message).toMatch(
      /^the quote "a+…" is not distinctive in s1: its closest matches \(1 edit\) end at \d{5} places \(line 1, column 1\) and nothing picks one$/,
    );
  });
});

describe('a quote that stands only in a non-content range', () => {
  it('says where the words stand and that the source file lists them as non-content, and how to fix either side', () => {
    const result = anchorEvidence(prepareText(TEXT), SOURCE, { exact: 'Subscribe' }, where, [BANNER]);
    expect(result.ok).toBe(false);
    const [m] = result.messages;
    expect(m?.code).toBe('quote-not-found');
    expect(m?.message).toContain(`stands only in a range of s1 that its source file lists under \`nonContent\` (navigation, banners, boilerplate), at line 1, column ${at('Subscribe') + 1}`);
    expect(m?.hint).toBe("quote the article's own words; if that range is article text, remove or narrow its `nonContent` entry in the source's metadata file (sources/s1.yaml when it was added with claimtrace add)");
  });
});
