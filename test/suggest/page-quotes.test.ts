/**
 * A page's quotes count each quote's occurrences once: `createPageQuotes` counts a value's
 * words to leave out those repeated too often, and the unique-quote check asks the same
 * remembered count instead of looking the words up again (the same occurrences, counted
 * through a second path). Looking them up once more to anchor the quote is the anchoring's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareText } from '../../src/anchor/index.js';
import { uniqueQuote } from '../../src/anchor/unique-quote.js';
import { foldString } from '../../src/ingest/fold-text.js';
import { createPageQuotes, MAX_QUOTED_OCCURRENCES } from '../../src/suggest/page-quotes.js';

const lookups = vi.hoisted(() => new Map<string, number>());
const anchorings = vi.hoisted(() => new Map<string, number>());

vi.mock('../../src/anchor/gram-index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/anchor/gram-index.js')>();
  return {
    ...original,
    foldedOccurrences: (...args: Parameters<typeof original.foldedOccurrences>) => {
      lookups.set(args[1], (lookups.get(args[1]) ?? 0) + 1);
      return original.foldedOccurrences(...args);
    },
  };
});

vi.mock('../../src/anchor/anchor-quote.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/anchor/anchor-quote.js')>();
  return {
    ...original,
    anchorQuote: (...args: Parameters<typeof original.anchorQuote>) => {
      const exact = args[1].exact.toLowerCase();
      anchorings.set(exact, (anchorings.get(exact) ?? 0) + 1);
      return original.anchorQuote(...args);
    },
  };
});

/** Lookups of the words not made by anchoring them. */
const counted = (words: string): number => (lookups.get(foldString(words)) ?? 0) - (anchorings.get(words.toLowerCase()) ?? 0);

const TEXT = 'The plant employs 140 people. Its rival employs 90 people, and 140 people live nearby.';

beforeEach(() => {
  lookups.clear();
  anchorings.clear();
});

describe('a quote’s occurrences are counted once per page', () => {
  it.each([
    // words, how often they occur
    ['90 people', 1],
    ['140 people', 2],
  ])('%s (%i on the page): counted once, besides anchoring it', (words, occurrences) => {
    const quotes = createPageQuotes(prepareText(TEXT));
    const start = TEXT.indexOf(words);
    const quote = quotes.quote(start, start + words.length, { minStart: 0, maxEnd: TEXT.length, maxLength: words.length });
    expect(quote?.start).toBe(start);
    if (occurrences > 1) expect(quote?.prefix).toBeDefined();
    expect(anchorings.get(words)).toBeGreaterThan(0);
    expect(counted(words)).toBe(1);
  });

  it('a second value with the same words is counted from what the page remembers', () => {
    const quotes = createPageQuotes(prepareText(TEXT));
    const first = TEXT.indexOf('140 people');
    const second = TEXT.lastIndexOf('140 people');
    quotes.quote(first, first + 10, { maxLength: 10 });
    quotes.quote(second, second + 10, { maxLength: 10 });
    expect(counted('140 people')).toBe(1);
  });

  it('words repeated more than the limit are counted once and not quoted', () => {
    const text = `${'A fine of 5 pounds. '.repeat(MAX_QUOTED_OCCURRENCES + 1)}End.`;
    const quotes = createPageQuotes(prepareText(text));
    const at = text.indexOf('5 pounds');
    expect(quotes.quote(at, at + 8, {})).toBeUndefined();
    expect(quotes.tooRepeated).toBe(1);
    expect(counted('5 pounds')).toBe(1);
  });
});

describe('uniqueQuote counts through the counter it is given', () => {
  it('asks the counter, not the text, how often the words occur', () => {
    const prepared = prepareText(TEXT);
    const asked: string[] = [];
    const start = TEXT.indexOf('90 people');
    const quote = uniqueQuote(prepared, start, start + 9, {
      occurrences: (folded) => {
        asked.push(folded);
        return 1;
      },
    });
    expect(quote?.exact).toBe('90 people');
    expect(asked).toEqual([foldString('90 people')]);
    // Only the anchoring looked the words up; the uniqueness check did not.
    expect(counted('90 people')).toBe(0);
  });
});
