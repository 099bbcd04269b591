/**
 * Quoting many values of one page: `uniqueQuote` for each, with what is
 * asked of the whole page counted once. A value's words are looked up in the
 * page once however often they recur (through the prepared text's gram
 * index), and words that occur more than `MAX_QUOTED_OCCURRENCES` times are
 * not quoted: telling one copy from hundreds by the words before it costs a
 * comparison with every copy, for every copy (a value repeated down a long
 * page made suggest quadratic in the page's length), and a reader could not
 * tell them apart either. A page of ordinary length never has that many.
 */
import { foldedOccurrences } from '../anchor/gram-index.js';
import type { PreparedText } from '../anchor/prepared-text.js';
import { uniqueQuote, type UniqueQuote, type UniqueQuoteOptions } from '../anchor/unique-quote.js';
import { foldString } from '../ingest/fold-text.js';

/** Words found more often than this on one page are not quoted. */
export const MAX_QUOTED_OCCURRENCES = 16;

/**
 * @example
 * const quotes = createPageQuotes(prepareText(text));
 * quotes.quote(m.start, m.end, { minStart: sentence.start, maxEnd: sentence.end }) // { exact: '$12 billion', prefix: 'worth nearly ', … } or undefined
 */
export const createPageQuotes = (prepared: PreparedText) => {
  const counts = new Map<string, number>();
  let tooRepeated = 0;
  const occurrencesOf = (folded: string): number => {
    let n = counts.get(folded);
    if (n === undefined) {
      n = foldedOccurrences(prepared, folded).offsets.length;
      counts.set(folded, n);
    }
    return n;
  };
  return {
    /** The unique quote of `[start, end)`, or undefined when there is none or its words recur too often to tell apart. */
    quote(start: number, end: number, options: UniqueQuoteOptions): UniqueQuote | undefined {
      const folded = foldString(prepared.text.slice(start, end));
      if (folded.length === 0) return undefined;
      if (occurrencesOf(folded) > MAX_QUOTED_OCCURRENCES) {
        tooRepeated += 1;
        return undefined;
      }
      // The counts this page remembers, so the words counted above (and words a quote grows into, which other values share) are not counted again.
      return uniqueQuote(prepared, start, end, { ...options, occurrences: occurrencesOf });
    },
    /** How many values `quote` left out so far because their words occur more than `MAX_QUOTED_OCCURRENCES` times. */
    get tooRepeated(): number {
      return tooRepeated;
    },
  };
};
