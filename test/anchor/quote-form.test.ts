/**
 * Quotes are searched for in the form of the text (issue 14): a quote,
 * prefix or suffix typed decomposed (NFD) anchors in a composed (NFC) source
 * exactly where its composed form does; and a quote holding half of an emoji
 * (a lone surrogate) never yields a range that splits a character, nor the
 * same place twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorResult } from '../../src/anchor/index.js';
import { normalizeText } from '../../src/ingest/index.js';
import { splitsPair } from '../properties/arbitraries.js';

const ACCENTED = ['Café', 'Zürich', 'señal', 'Ångström', 'naïve', 'Genève', 'über', 'coöperation', 'résumé', 'Łódź', 'Việt', '한국'];
const PLAIN = ['the', 'signed', 'on', 'Friday', 'a', ' ', ' ', ' ', '. ', ', ', '\n', '\u00a0', '\u2019'];
const EMOJI = ['\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u{1F1FA}\u{1F1F8}', '\u{20000}'];

const textOf = (pieces: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { minLength: 4, maxLength: 80 }).map((p) => normalizeText(p.join('')));

/** Where a result puts the quote: its range, or its status. */
const placeOf = (r: AnchorResult): unknown =>
  r.status === 'anchored' ? [r.start, r.end] : r.status === 'ambiguous' ? ['ambiguous', r.candidates.map((c) => [c.start, c.end])] : r.status;

describe('a decomposed (NFD) quote in a composed (NFC) text', () => {
  it('anchors where the composed quote does, with its context decomposed too', () => {
    fc.assert(
      fc.property(textOf([...ACCENTED, ...PLAIN]), fc.nat(), fc.nat(), fc.boolean(), (text, a, b, withContext) => {
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 30));
        if (splitsPair(text, start) || splitsPair(text, end)) return;
        const query = withContext
          ? { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }
          : { exact: text.slice(start, end) };
        const nfd = {
          exact: query.exact.normalize('NFD'),
          ...(query.prefix !== undefined ? { prefix: query.prefix.normalize('NFD') } : {}),
          ...(query.suffix !== undefined ? { suffix: query.suffix.normalize('NFD') } : {}),
        };
        expect(placeOf(anchorQuote(text, nfd))).toEqual(placeOf(anchorQuote(text, query)));
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it.each([
    { text: 'Le Café de Paris', quote: 'Cafe\u0301', start: 3 },
    { text: 'Ångström units', quote: 'A\u030Angstro\u0308m', start: 0 },
    { text: '한국 and Korea', quote: '\u1112\u1161\u11AB\u1100\u116E\u11A8', start: 0 },
  ])('$quote anchors in "$text"', ({ text, quote, start }) => {
    const r = anchorQuote(text, { exact: quote });
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect([r.start, r.quote.exact]).toEqual([start, quote.normalize('NFC')]);
  });

  it('is searched for as written in a text that is not composed', () => {
    const text = 'Le Cafe\u0301 de Paris';
    const r = anchorQuote(text, { exact: 'Cafe\u0301' });
    expect(r.status === 'anchored' && [r.start, r.end, r.method]).toEqual([3, 8, 'exact']);
  });
});

describe('a quote holding a lone surrogate', () => {
  it('never gives a range that splits a character, nor one place twice', () => {
    fc.assert(
      fc.property(textOf([...EMOJI, ...PLAIN]), fc.nat(), fc.nat(), fc.boolean(), (text, a, b, withContext) => {
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 12));
        const query = withContext ? { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 8), start) } : { exact: text.slice(start, end) };
        const r = anchorQuote(text, query);
        const ranges = r.status === 'anchored' ? [r, ...r.alternatives] : r.candidates;
        for (const c of ranges) expect([splitsPair(text, c.start), splitsPair(text, c.end)]).toEqual([false, false]);
        if (r.status === 'ambiguous') expect(new Set(r.candidates.map((c) => c.start)).size).toBe(r.candidates.length);
      }),
      { seed: 2, numRuns: 400 },
    );
  });

  it.each([
    { quote: '\uD83D', at: 0 },
    { quote: '\uDE00b', at: 0 },
    { quote: 'a\uD83D', at: 1 },
  ])('$quote in "a😀b": orphaned, the reason naming the lone surrogate at unit $at', ({ quote, at }) => {
    const r = anchorQuote('a\u{1F600}b and more words', { exact: quote });
    expect(r.status).toBe('orphaned');
    if (r.status === 'orphaned') expect(r.reason).toContain(`lone surrogate at code unit ${at}`);
  });

  it('matches a lone surrogate the text holds too', () => {
    const r = anchorQuote('a\uD83Db lone', { exact: '\uD83D' });
    expect(r.status === 'anchored' && [r.start, r.end]).toEqual([1, 2]);
  });
});
