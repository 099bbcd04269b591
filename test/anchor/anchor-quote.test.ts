import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  CONTEXT_LENGTH,
  MIN_SCORE,
  prepareText,
  type AnchorQuery,
  type AnchorResult,
} from '../../src/anchor/index.js';
import { normalizeText } from '../../src/ingest/index.js';
import { fixture, occurrencesOf, onlyOffsetOf } from './fixtures.js';

const coalition = fixture('coalition-001.txt');
const dailyCaller = fixture('daily-caller-002.txt');
const globalTimes = fixture('global-times-004-excerpt.txt');

const HEADLINE = "US forms coalition to counter China's rare earth dominance";
const DECLARATION = 'Pax Silica Declaration';

const anchoredAt = (r: AnchorResult): [number, number] | string =>
  r.status === 'anchored' ? [r.start, r.end] : `${r.status}: ${r.reason}`;

describe('anchorQuote: exact quotes', () => {
  it.each([
    { name: 'a sentence of 001', text: coalition, exact: "challenge China's dominance in critical minerals" },
    { name: 'a list of members in 002', text: dailyCaller, exact: 'Singapore, Australia, Japan, South Korea, the United Arab Emirates' },
    { name: 'the first words of 002', text: dailyCaller, exact: 'President Donald Trump' },
    { name: 'the last words of 002', text: dailyCaller, exact: 'Continue with Google' },
    { name: 'a quote across a line break', text: coalition, exact: "What's the story\n\nThe Donald Trump administration" },
  ])('anchors $name where it stands, with full selectors', ({ text, exact }) => {
    const start = onlyOffsetOf(text, exact);
    const r = anchorQuote(text, { exact });
    expect(anchoredAt(r)).toEqual([start, start + exact.length]);
    if (r.status !== 'anchored') return;
    expect(r.method).toBe('exact');
    expect(r.score).toBe(1);
    expect(r.quote).toEqual({
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(start + exact.length, start + exact.length + CONTEXT_LENGTH),
    });
    expect(r.position).toEqual({ type: 'TextPositionSelector', start, end: start + exact.length });
  });
});

describe('anchorQuote: repeated quotes', () => {
  const [first, second] = occurrencesOf(coalition, HEADLINE);
  const [signing, strategic] = occurrencesOf(coalition, DECLARATION);

  it('the fixtures repeat these quotes exactly twice', () => {
    expect(occurrencesOf(coalition, HEADLINE)).toHaveLength(2);
    expect(occurrencesOf(coalition, DECLARATION)).toHaveLength(2);
  });

  it.each<{ name: string; query: AnchorQuery; expected: () => number | undefined }>([
    { name: 'a prefix picks the first headline', query: { exact: HEADLINE, prefix: 'Summarize\n' }, expected: () => first },
    { name: 'a suffix picks the first headline', query: { exact: HEADLINE, suffix: '\nThe Pax Silica declaration' }, expected: () => first },
    { name: 'a suffix picks the second headline', query: { exact: HEADLINE, suffix: '\n\nDec 12, 2025' }, expected: () => second },
    { name: 'a prefix picks the second headline', query: { exact: HEADLINE, prefix: 'response to China\n\n' }, expected: () => second },
    { name: 'a hint at the second headline picks it', query: { exact: HEADLINE, hint: second ?? 0 }, expected: () => second },
    { name: 'a hint near the first headline picks it', query: { exact: HEADLINE, hint: (first ?? 0) + 5 }, expected: () => first },
    { name: 'a sloppy prefix still picks (one typo)', query: { exact: HEADLINE, prefix: 'Sumarize\n' }, expected: () => first },
    { name: 'a case-sensitive prefix picks "The Pax Silica Declaration is"', query: { exact: DECLARATION, prefix: '\n\nThe ' }, expected: () => strategic },
    { name: 'a suffix picks "Declaration today"', query: { exact: DECLARATION, suffix: ' today' }, expected: () => signing },
  ])('$name', ({ query, expected }) => {
    const start = expected();
    expect(start).toBeDefined();
    const r = anchorQuote(coalition, query);
    expect(anchoredAt(r)).toEqual([start, (start ?? 0) + query.exact.length]);
    expect(r.status === 'anchored' && r.method).toBe('exact');
  });

  it.each<{ name: string; query: AnchorQuery }>([
    { name: 'without context', query: { exact: HEADLINE } },
    { name: 'with a hint halfway between', query: { exact: HEADLINE, hint: Math.round(((first ?? 0) + (second ?? 0)) / 2) } },
    { name: 'with a prefix both share ("of the " / "\\n\\nThe ")', query: { exact: DECLARATION, prefix: 'he ' } },
    { name: 'with a hint far from both', query: { exact: DECLARATION, hint: coalition.length } },
  ])('is ambiguous $name, and lists every candidate', ({ query }) => {
    const r = anchorQuote(coalition, query);
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates.map((c) => c.start).sort((a, b) => a - b)).toEqual(occurrencesOf(coalition, query.exact));
    expect(r.candidates.every((c) => c.text === query.exact && c.errors === 0)).toBe(true);
    expect(r.reason).toMatch(/2 places/);
  });

  it('reports overlapping occurrences as separate candidates', () => {
    const r = anchorQuote('Pax Pax Pax', { exact: 'Pax Pax' });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.start).sort()).toEqual([0, 4]);
  });
});

describe('anchorQuote: typography (folded matches)', () => {
  it.each([
    {
      name: 'straight double quotes find curly ones',
      text: dailyCaller,
      typed: '"Pax Silica" agreement signed Friday',
      stored: '\u201cPax Silica\u201d agreement signed Friday',
    },
    { name: 'a straight apostrophe finds a curly one', text: dailyCaller, typed: "China's near-total grip", stored: 'China\u2019s near-total grip' },
    { name: 'curly quotes find straight ones', text: globalTimes, typed: 'The \u201cPax Silica\u201d partnership', stored: 'The "Pax Silica" partnership' },
    { name: 'spaces find NBSP', text: globalTimes, typed: 'SOURCE / ECONOMY', stored: 'SOURCE\u00a0/\u00a0ECONOMY' },
    { name: 'a hyphen finds an em dash with spaces', text: dailyCaller, typed: 'supply chain - from critical minerals', stored: 'supply chain \u2014 from critical minerals' },
    { name: 'one space finds a blank line', text: coalition, typed: "What's the story The Donald Trump", stored: "What's the story\n\nThe Donald Trump" },
    { name: 'a double space finds a single one', text: coalition, typed: 'forming  a global alliance', stored: 'forming a global alliance' },
  ])('$name, and reports the stored text', ({ text, typed, stored }) => {
    const start = onlyOffsetOf(text, stored);
    const r = anchorQuote(text, { exact: typed });
    expect(anchoredAt(r)).toEqual([start, start + stored.length]);
    if (r.status !== 'anchored') return;
    expect(r.method).toBe('folded');
    expect(r.quote.exact).toBe(stored);
    expect(r.errors).toBe(0);
  });

  it('tells the curly headline quote from the straight later one by folding both', () => {
    // 004 writes ‘Pax Silica’ in the headline and 'Pax Silica' as a sub-heading: folded, they are equal.
    const r = anchorQuote(globalTimes, { exact: "'Pax Silica'" });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') {
      expect(r.candidates.map((c) => c.text).sort()).toEqual(["'Pax Silica'", '\u2018Pax Silica\u2019']);
    }
  });
});

describe('anchorQuote: CRLF captures', () => {
  const crlf = normalizeText(coalition.replace(/\n/g, '\r\n'));

  it('normalizing a CRLF capture gives the LF text, so offsets agree', () => {
    expect(crlf).toBe(coalition);
  });

  it.each(["What's the story\n\nThe Donald Trump", 'Summarize\nUS forms coalition'])(
    'anchors %j across normalized line ends',
    (exact) => {
      const start = onlyOffsetOf(coalition, exact);
      expect(anchoredAt(anchorQuote(crlf, { exact }))).toEqual([start, start + exact.length]);
    },
  );

  it('a quote typed with CRLF anchors once normalized like the source', () => {
    const typed = normalizeText("What's the story\r\n\r\nThe Donald Trump");
    const start = onlyOffsetOf(coalition, typed);
    expect(anchoredAt(anchorQuote(crlf, { exact: typed }))).toEqual([start, start + typed.length]);
  });
});

describe('anchorQuote: emoji and other astral characters', () => {
  const FLAG = '\uD83C\uDDFA\uD83C\uDDF8'; // 🇺🇸: two astral characters, four code units
  const BOLD_P = '\uD835\uDC0F'; // 𝐏 MATHEMATICAL BOLD CAPITAL P
  const text = `${FLAG} ${HEADLINE} \uD83D\uDC4D\n${BOLD_P}ax Silica \uD83D\uDE80 launched. ${dailyCaller.slice(0, 300)}`;

  it.each([
    { name: 'a quote after a flag emoji', exact: HEADLINE },
    { name: 'a quote containing an emoji', exact: 'dominance \uD83D\uDC4D' },
    { name: 'a quote starting with a mathematical letter', exact: `${BOLD_P}ax Silica \uD83D\uDE80` },
  ])('offsets are UTF-16 code units: $name', ({ exact }) => {
    const start = onlyOffsetOf(text, exact);
    const r = anchorQuote(text, { exact });
    expect(anchoredAt(r)).toEqual([start, start + exact.length]);
    // the code-point index is smaller: offsets are not code points
    expect(Array.from(text.slice(0, start)).length).toBeLessThan(start);
  });

  it('a fuzzy match never starts or ends inside a surrogate pair', () => {
    // typo in the quote, emoji at both ends of the stored passage
    const r = anchorQuote(text, { exact: `${BOLD_P}ax Silka \uD83D\uDE80 launched`, prefix: `dominance \uD83D\uDC4D\n`, suffix: '. US forms' });
    expect(r.status).toBe('anchored');
    if (r.status !== 'anchored') return;
    expect(r.method).toBe('fuzzy');
    const start = onlyOffsetOf(text, `${BOLD_P}ax Silica`);
    expect([r.start, r.end]).toEqual([start, start + `${BOLD_P}ax Silica \uD83D\uDE80 launched`.length]);
    expect(r.quote.exact.codePointAt(0)).toBe(0x1d40f);
  });
});

describe('anchorQuote: no lookalikes', () => {
  const FOUNDING = 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members.';
  const foundingAt = onlyOffsetOf(coalition, FOUNDING);
  const foundingContext = {
    prefix: coalition.slice(foundingAt - CONTEXT_LENGTH, foundingAt),
    suffix: coalition.slice(foundingAt + FOUNDING.length, foundingAt + FOUNDING.length + CONTEXT_LENGTH),
  };

  it.each<{ name: string; text: string; query: AnchorQuery; lookalike: string; cause: string }>([
    {
      name: "001's list of founding members, looked for in 002, does not anchor to 002's longer list",
      text: dailyCaller,
      query: { exact: FOUNDING, ...foundingContext, hint: foundingAt },
      lookalike: 'Singapore, Australia, Japan, South Korea',
      cause: 'not-found', // not even within the fuzzy search's edit budget
    },
    {
      name: '"MP Materials" does not anchor to "MP Minerals" without context',
      text: dailyCaller,
      query: { exact: 'a majority stake in MP Materials' },
      lookalike: 'a majority stake in MP Minerals', cause: 'below-min-score',
    },
    {
      name: 'a number changed by one digit does not anchor without context',
      text: coalition,
      query: { exact: 'as influential in the AI age as G8 was in the industrial age' },
      lookalike: 'as influential in the AI age as G7 was in the industrial age', cause: 'below-min-score',
    },
    {
      name: 'an exact copy of the quote with the wrong context is not taken',
      text: coalition,
      query: {
        exact: DECLARATION,
        prefix: 'Three nations signed the new ',
        suffix: ' in Brussels on Monday',
        hint: 40,
      },
      lookalike: DECLARATION, cause: 'below-min-score',
    },
  ])('$name', ({ text, query, lookalike, cause }) => {
    expect(text.includes(lookalike)).toBe(true);
    const r = anchorQuote(text, query);
    expect(r.status).toBe('orphaned');
    if (r.status !== 'orphaned') return;
    expect(r.cause).toBe(cause);
    // a lookalike that was found is reported as a rejected candidate, not silently dropped
    if (cause === 'below-min-score') {
      expect(r.candidates.some((c) => c.text.includes(lookalike) || lookalike.includes(c.text))).toBe(true);
    }
  });

  it('a quote that is nowhere is orphaned with no candidates', () => {
    const r = anchorQuote(coalition, { exact: 'Brazil and Mexico signed a separate accord in Lima' });
    expect(r.status).toBe('orphaned');
    if (r.status === 'orphaned') expect(r.cause).toBe('not-found');
  });

  it('a typo anchors fuzzily when the context confirms the place', () => {
    const r = anchorQuote(coalition, { exact: FOUNDING.replace('Australia', 'Austrailia'), ...foundingContext });
    expect(anchoredAt(r)).toEqual([foundingAt, foundingAt + FOUNDING.length]);
    expect(r.status === 'anchored' && r.method).toBe('fuzzy');
    expect(r.status === 'anchored' && r.errors).toBe(1);
  });

  it('a typo anchors fuzzily without context when the quote is long and its numbers agree', () => {
    const exact = 'The coalition envisions a future where it could be as influential in the AI age as G7 was';
    const start = onlyOffsetOf(coalition, exact);
    const r = anchorQuote(coalition, { exact: exact.replace('envisions', 'envisons') });
    expect(anchoredAt(r)).toEqual([start, start + exact.length]);
  });
});

describe('anchorQuote: non-content ranges', () => {
  const google = onlyOffsetOf(dailyCaller, 'Continue with Google');
  const nonContent = [{ start: google, end: dailyCaller.length }];

  it('a quote only in a non-content range is orphaned with that cause', () => {
    const r = anchorQuote(dailyCaller, { exact: 'Continue with Google' }, { nonContent });
    expect(r.status).toBe('orphaned');
    if (r.status !== 'orphaned') return;
    expect(r.cause).toBe('non-content');
    expect(r.candidates[0]?.inNonContent).toBe(true);
  });

  it('an occurrence outside non-content ranges wins over one inside', () => {
    const text = `Continue with Google to read. ${dailyCaller}`;
    const banner = onlyOffsetOf(text, 'Continue with Google to read.');
    const r = anchorQuote(text, { exact: 'Continue with Google' }, { nonContent: [{ start: banner, end: banner + 29 }] });
    expect(anchoredAt(r)).toEqual([text.lastIndexOf('Continue with Google'), text.length]);
  });
});

describe('anchorQuote: never throws', () => {
  it.each<{ name: string; query: AnchorQuery; options?: object; reason: RegExp }>([
    { name: 'an empty quote', query: { exact: '' }, reason: /empty/ },
    { name: 'a negative hint', query: { exact: 'Pax', hint: -3 }, reason: /hint/ },
    { name: 'a fractional hint', query: { exact: 'Pax', hint: 2.5 }, reason: /hint/ },
    { name: 'a minimum score above 1', query: { exact: 'Pax' }, options: { minScore: 2 }, reason: /minScore/ },
    { name: 'an error rate of 1', query: { exact: 'Pax' }, options: { maxErrorRate: 1 }, reason: /maxErrorRate/ },
  ])('$name gives an invalid-query value', ({ query, options, reason }) => {
    const r = anchorQuote(coalition, query, options);
    expect(r.status).toBe('orphaned');
    if (r.status !== 'orphaned') return;
    expect(r.cause).toBe('invalid-query');
    expect(r.reason).toMatch(reason);
  });

  it('anchors in an empty text to nothing', () => {
    expect(anchorQuote('', { exact: 'Pax' }).status).toBe('orphaned');
  });

  it('a hint past the end of the text is only a hint', () => {
    expect(anchoredAt(anchorQuote(coalition, { exact: 'Summarize', hint: 10 ** 6 }))).toEqual([11, 20]);
  });
});

describe('anchorQuote: prepared texts', () => {
  it.each([
    { exact: HEADLINE, suffix: '\n\nDec 12' },
    { exact: "What's the story The Donald Trump" },
    { exact: 'a majority stake in MP Materials' },
    { exact: 'It includes Singapore, Australia, Japan, South Korea and Israel', prefix: 'signing of the Pax Silica Declaration today. ' },
  ])('gives the same result for a string and a prepared text: $exact', (query) => {
    const prepared = prepareText(coalition);
    expect(anchorQuote(prepared, query)).toEqual(anchorQuote(coalition, query));
  });

  it('scores never fall below the minimum for an anchored result', () => {
    const r = anchorQuote(coalition, { exact: 'It includes Singapore, Australia, Japan, South Korea and Israel', prefix: 'Declaration today. ' });
    expect(r.status === 'anchored' && r.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
