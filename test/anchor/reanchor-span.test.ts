import diff from 'fast-diff';
import { describe, expect, it } from 'vitest';
import { describeSpan, reanchorSpan, type RecordedSpan, type ReanchorResult } from '../../src/anchor/index.js';
import { normalizeText } from '../../src/ingest/index.js';
import { fixture, onlyOffsetOf, replaceOnce } from './fixtures.js';

const coalition = fixture('coalition-001.txt');
const dailyCaller = fixture('daily-caller-002.txt');

/** The recorded span of the only occurrence of `quote` in `text`. */
const spanOf = (text: string, quote: string): RecordedSpan => {
  const start = onlyOffsetOf(text, quote);
  const r = describeSpan(text, start, start + quote.length);
  if (r.status !== 'described') throw new Error(`fixture setup: ${r.reason}`);
  return { quote: r.quote, position: r.position };
};

const at = (r: ReanchorResult): [number, number] | string =>
  r.status === 'orphaned' ? `orphaned (${r.cause}): ${r.reason}` : [r.position.start, r.position.end];

const FOUNDING = 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members.';
const MP = 'the Pentagon purchasing a majority stake in MP Minerals';
const PARAGRAPH_STRATEGIC = onlyOffsetOf(coalition, 'Strategic response\n');
const PARAGRAPH_FUTURE = onlyOffsetOf(coalition, 'Future plans\n');

describe('reanchorSpan: unchanged', () => {
  it.each([FOUNDING, 'Summarize', 'Continue with Google', 'LOADING...'])('%j in an identical text', (quote) => {
    const text = quote === 'Continue with Google' ? dailyCaller : coalition;
    const span = spanOf(text, quote);
    const r = reanchorSpan(span, text);
    expect(r.status).toBe('unchanged');
    expect(at(r)).toEqual([span.position.start, span.position.end]);
  });

  it('a CRLF re-capture of the same text leaves every span unchanged', () => {
    const recaptured = normalizeText(coalition.replace(/\n/g, '\r\n'));
    for (const quote of [FOUNDING, 'Coalition expansion and global cooperation', 'LOADING...']) {
      expect(reanchorSpan(spanOf(coalition, quote), recaptured).status).toBe('unchanged');
    }
  });

  it('an edit after the span leaves it unchanged, with the new suffix', () => {
    const span = spanOf(coalition, FOUNDING);
    const edited = replaceOnce(coalition, 'The move comes as a response', 'This comes as an answer');
    const r = reanchorSpan(span, edited);
    expect(r.status).toBe('unchanged');
    expect(r.status === 'unchanged' && r.quote.suffix).toBe(' This comes as an answer to Chin');
  });

  it('the same words at the old offsets with other context are not taken for unchanged', () => {
    // old: the first "Japan" (offset 20) is recorded
    const old = 'Korea signed first. Japan signed. Later, Japan joined.';
    const d = describeSpan(old, 20, 25);
    if (d.status !== 'described') throw new Error(d.reason);
    // new: a sentence inserted before; by coincidence another "Japan" now sits at offsets 20–25
    const next = 'Meanwhile Korea too Japan joined. Korea signed first. Japan signed. Later, Japan joined.';
    expect(next.slice(20, 25)).toBe('Japan');
    const moved = onlyOffsetOf(next, 'first. Japan signed') + 'first. '.length;
    const r = reanchorSpan({ quote: d.quote, position: d.position }, next);
    expect(r.status).toBe('moved');
    expect(at(r)).toEqual([moved, moved + 5]);
  });
});

describe('reanchorSpan: moved', () => {
  const strategicEnd = PARAGRAPH_FUTURE;
  const swapped =
    coalition.slice(0, PARAGRAPH_STRATEGIC) +
    coalition.slice(PARAGRAPH_FUTURE, onlyOffsetOf(coalition, 'Long-term goals\n')) +
    coalition.slice(PARAGRAPH_STRATEGIC, strategicEnd) +
    coalition.slice(onlyOffsetOf(coalition, 'Long-term goals\n'));

  it('the fixture edit keeps the text length and moves both paragraphs', () => {
    expect(swapped.length).toBe(coalition.length);
    expect(swapped).not.toBe(coalition);
  });

  it.each([
    { name: 'a quote whose paragraph moved down', text: () => swapped, quote: "China's near-monopoly in rare earths" },
    { name: 'a quote whose paragraph moved up', text: () => swapped, quote: 'beyond the initial five countries' },
    { name: 'a quote after a new paragraph', text: () => coalition.replace('Dec 12, 2025\n', 'Dec 12, 2025\nUpdated Dec 13, 2025 with reactions from Beijing.\n'), quote: FOUNDING },
    { name: 'a quote after a deleted paragraph', text: () => coalition.replace('What\'s the story\n\n', ''), quote: FOUNDING },
    { name: 'a quote in a source re-captured without its page chrome', text: () => dailyCaller.replace(/\n+Continue with Google$/, '').replace('President ', 'U.S. President '), quote: MP },
  ])('$name', ({ text, quote }) => {
    const source = quote === MP ? dailyCaller : coalition;
    const span = spanOf(source, quote);
    const next = text();
    const r = reanchorSpan(span, next);
    const start = onlyOffsetOf(next, quote);
    expect(start).not.toBe(span.position.start);
    expect(r.status).toBe('moved');
    expect(at(r)).toEqual([start, start + quote.length]);
    if (r.status === 'moved') expect(r.previous).toEqual(span.position);
  });
});

describe('reanchorSpan: changed', () => {
  it.each([
    {
      name: 'a member added to the list',
      quote: FOUNDING,
      from: 'South Korea, and Israel as founding',
      to: 'South Korea, Israel and the UAE as founding',
    },
    { name: 'a corrected company name', quote: MP, from: 'MP Minerals', to: 'MP Materials' },
    { name: 'a changed number', quote: 'as influential in the AI age as G7 was in the industrial age', from: 'G7 was', to: 'the G20 was' },
    // 9 edits in 29 (similarity 0.69 < MIN_QUOTE_SIMILARITY): beyond the fuzzy search, but framed by its intact prefix and suffix
    { name: 'two verbs rewritten', quote: 'hopes to expand the coalition', from: 'hopes to expand', to: 'wants to widen' },
  ])('$name: new selectors and a diff of old vs new quote', ({ quote, from, to }) => {
    const source = quote === MP ? dailyCaller : coalition;
    const span = spanOf(source, quote);
    const next = replaceOnce(source, from, to);
    const newQuote = quote.replace(from, to);
    const start = onlyOffsetOf(next, newQuote);
    const r = reanchorSpan(span, next);
    expect(r.status).toBe('changed');
    if (r.status !== 'changed') return;
    expect([r.position.start, r.position.end]).toEqual([start, start + newQuote.length]);
    expect(r.quote.exact).toBe(newQuote);
    expect(r.method).toBe('fuzzy');
    // the diff turns the old quote into the new one
    expect(r.diff.filter(([op]) => op !== diff.INSERT).map(([, s]) => s).join('')).toBe(quote);
    expect(r.diff.filter(([op]) => op !== diff.DELETE).map(([, s]) => s).join('')).toBe(newQuote);
    expect(r.diff.some(([op]) => op !== diff.EQUAL)).toBe(true);
  });

  it('a typographic change (straight to curly apostrophe) is a folded change', () => {
    const quote = "Coalition's vision for the future";
    const span = spanOf(coalition, quote);
    const next = replaceOnce(coalition, quote, 'Coalition\u2019s vision for the future');
    const r = reanchorSpan(span, next);
    expect(r.status).toBe('changed');
    if (r.status !== 'changed') return;
    expect(r.method).toBe('folded');
    expect(r.diff).toEqual([
      [diff.EQUAL, 'Coalition'],
      [diff.DELETE, "'"],
      [diff.INSERT, '\u2019'],
      [diff.EQUAL, 's vision for the future'],
    ]);
  });
});

describe('reanchorSpan: orphaned, never a lookalike', () => {
  it('a deleted sentence is orphaned', () => {
    const span = spanOf(coalition, FOUNDING);
    const r = reanchorSpan(span, replaceOnce(coalition, ` ${FOUNDING}`, ''));
    expect(r.status).toBe('orphaned');
  });

  it('a deleted paragraph whose words recur elsewhere is orphaned, not anchored to the other copy', () => {
    // "The Pax Silica Declaration is a strategic response" goes; "signing of the Pax Silica Declaration today" stays.
    const quote = 'Pax Silica Declaration';
    const strategic = coalition.indexOf(`The ${quote} is a strategic response`) + 4;
    const d = describeSpan(coalition, strategic, strategic + quote.length);
    if (d.status !== 'described') throw new Error(d.reason);
    const paragraph = coalition.slice(strategic - 4, coalition.indexOf('\n', strategic));
    const next = replaceOnce(coalition, paragraph, 'The declaration answers export restrictions.');
    expect(next.includes(quote)).toBe(true); // the lookalike is still there
    const r = reanchorSpan({ quote: d.quote, position: d.position }, next);
    expect(r.status).toBe('orphaned');
    if (r.status !== 'orphaned') return;
    expect(r.cause).toBe('below-min-score');
    expect(r.candidates.some((c) => c.text === quote)).toBe(true);
  });

  it.each([
    // the repeat's surroundings are nearly the same; the gap between the intact prefix and suffix wins
    { name: 'words of a rewritten headline', quote: 'nter Chi', from: 'to counter China', to: 'to oppose Beijing', cause: 'contested' },
    // the repeat is 120 units away and its suffix differs ("\n\nDec 12" vs "\nThe Pax"): not a move
    { name: 'a deleted phrase of a headline', quote: "counter China's rare", from: "to counter China's rare earth", to: 'to rare earth', cause: 'below-min-score' },
    // a one-letter quote says nothing by itself: the other "i" of "Silyca" matches neither side of its context exactly
    { name: 'one letter replaced', quote: 'i', from: 'Pax Silica Declaration is', to: 'Pax Silyca Declaration is', cause: 'below-min-score' },
  ])('$name: the repeat elsewhere is not taken for the span ($cause)', ({ quote, from, to, cause }) => {
    // 001 repeats its headline; the span is in the FIRST copy (the one after "Summarize"), or in "Silica" of the 2nd declaration
    const base = quote === 'i' ? coalition.indexOf('Pax Silica Declaration is') + 'Pax Sil'.length : coalition.indexOf(quote);
    const d = describeSpan(coalition, base, base + quote.length);
    if (d.status !== 'described') throw new Error(d.reason);
    const firstCopy = coalition.indexOf(from);
    const next = coalition.slice(0, firstCopy) + to + coalition.slice(firstCopy + from.length);
    expect(next.includes(quote)).toBe(true);
    const r = reanchorSpan({ quote: d.quote, position: d.position }, next);
    expect(r.status).toBe('orphaned');
    if (r.status === 'orphaned') expect(r.cause).toBe(cause);
  });

  it('a one-letter span next to the same letter is not guessed when its context changed', () => {
    // "Silica" → "Silicon": the recorded "i" after "Sil" is untouched, but the other "i" two units
    // before it now scores within the ambiguity margin (a one-letter quote carries no evidence)
    const at = coalition.indexOf('Pax Silica Declaration is') + 'Pax Sil'.length;
    const d = describeSpan(coalition, at, at + 1);
    if (d.status !== 'described') throw new Error(d.reason);
    const next = replaceOnce(coalition, 'Pax Silica Declaration is', 'Pax Silicon Declaration is');
    const r = reanchorSpan({ quote: d.quote, position: d.position }, next);
    expect(r.status).toBe('orphaned');
    if (r.status === 'orphaned') expect(r.cause).toBe('ambiguous');
    // with the text unchanged it anchors in place
    expect(reanchorSpan({ quote: d.quote, position: d.position }, coalition).status).toBe('unchanged');
  });

  describe('a page that prints a paragraph twice (the span is in the first copy)', () => {
    const paragraph = coalition.slice(PARAGRAPH_FUTURE, onlyOffsetOf(coalition, '\n\nLong-term goals\n'));
    const doubled = `${coalition}\n\n${paragraph}`;
    const quote = 'bringing in more allies with mineral, technological, and manufacturing resources';
    const first = doubled.indexOf(quote);
    const d = describeSpan(doubled, first, first + quote.length);
    if (d.status !== 'described') throw new Error(d.reason);
    const span: RecordedSpan = { quote: d.quote, position: d.position };
    const editFirst = (from: string, to: string): string => {
      const at = doubled.indexOf(from);
      return doubled.slice(0, at) + to + doubled.slice(at + from.length);
    };

    it('the copies share their whole context', () => {
      expect(doubled.lastIndexOf(quote)).toBeGreaterThan(first);
      expect(doubled.slice(doubled.lastIndexOf(quote) - 32, doubled.lastIndexOf(quote))).toBe(d.quote.prefix);
    });

    it('a word of the span replaced: found changed in the first copy, not the intact second one', () => {
      const r = reanchorSpan(span, editFirst('more allies with mineral', 'more partners with mineral'));
      expect(r.status).toBe('changed');
      if (r.status === 'changed') {
        expect(r.position.start).toBe(first);
        expect(r.quote.exact).toBe(quote.replace('allies', 'partners'));
      }
    });

    it.each([
      // the prefix and suffix still frame the (now empty) place near the hint
      { name: 'the span deleted', from: quote, to: '', cause: 'contested' },
      // the words stand near the old place with new surroundings; the copy has the old ones: a tie
      { name: 'the words around the span rewritten', from: `initial five countries, ${quote}.`, to: `first five nations, ${quote}; that`, cause: 'ambiguous' },
    ])('$name: the second copy is not taken ($cause)', ({ from, to, cause }) => {
      const r = reanchorSpan(span, editFirst(from, to));
      expect(r.status).toBe('orphaned');
      if (r.status === 'orphaned') expect(r.cause).toBe(cause);
    });

    it('unedited, the span stays in the first copy', () => {
      expect(at(reanchorSpan(span, doubled))).toEqual([first, first + quote.length]);
    });
  });

  it('a span re-anchored against another source is orphaned', () => {
    const r = reanchorSpan(spanOf(coalition, FOUNDING), dailyCaller);
    expect(r.status).toBe('orphaned');
  });

  it('a span moved next to an identical copy of itself is ambiguous, hence orphaned', () => {
    const quote = 'Coalition expansion and global cooperation';
    const span = spanOf(coalition, quote);
    const block = coalition.slice(PARAGRAPH_FUTURE, onlyOffsetOf(coalition, 'Long-term goals\n'));
    const next = coalition.replace(block, block + block);
    const r = reanchorSpan(span, next);
    expect(r.status === 'unchanged' || (r.status === 'orphaned' && r.cause === 'ambiguous')).toBe(true);
  });
});

describe('reanchorSpan: invalid spans are values', () => {
  it.each<{ name: string; span: RecordedSpan }>([
    {
      name: 'a position that does not fit the quote',
      span: {
        quote: { type: 'TextQuoteSelector', exact: 'Summarize', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 11, end: 30 },
      },
    },
    {
      name: 'an empty quote',
      span: {
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 11, end: 11 },
      },
    },
    {
      name: 'a negative position',
      span: {
        quote: { type: 'TextQuoteSelector', exact: 'Summarize', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: -9, end: 0 },
      },
    },
  ])('$name', ({ span }) => {
    const r = reanchorSpan(span, coalition);
    expect(r.status).toBe('orphaned');
    if (r.status === 'orphaned') expect(r.cause).toBe('invalid-span');
  });
});
