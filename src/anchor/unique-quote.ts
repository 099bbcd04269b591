/**
 * The shortest quote around a range of a text that the loader anchors back
 * to that place: the range's own words when they occur once, else grown a
 * word at a time until they do, else framed by a prefix (or a suffix).
 * Used to write quotes an author never has to disambiguate: suggested claims
 * and the non-content ranges of a captured page.
 */
import { foldString } from '../ingest/fold-text.js';
import { anchorQuote } from './anchor-quote.js';
import { CONTEXT_LENGTH } from './describe-span.js';
import { foldedOccurrences } from './gram-index.js';
import type { PreparedText } from './prepared-text.js';

/** A quote as a claim or metadata file writes it, and where it anchors. */
export interface UniqueQuote {
  readonly exact: string;
  /** Words just before the quote, given only when the quote alone occurs more than once. */
  readonly prefix?: string;
  /** Words just after the quote, when no prefix tells its occurrences apart (the quote starts the text). */
  readonly suffix?: string;
  readonly start: number;
  readonly end: number;
}

export interface UniqueQuoteOptions {
  /** The quote never grows before this offset (e.g. the sentence's start). Default 0. */
  readonly minStart?: number;
  /** The quote never grows past this offset. Default the text's end. */
  readonly maxEnd?: number;
  /** The quote is never grown longer than this many code units. Default 200. */
  readonly maxLength?: number;
  /**
   * How often folded words occur in the text (default: looked up in the text's gram index). A caller that already
   * counts them (`suggest`'s page quotes, remembering each count) gives its own, so one quote's occurrences are
   * counted once, not again here.
   */
  readonly occurrences?: (folded: string) => number;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

const anchorsAt = (prepared: PreparedText, start: number, end: number, prefix?: string, suffix?: string): boolean => {
  const result = anchorQuote(prepared, { exact: prepared.text.slice(start, end), ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}) });
  return result.status === 'anchored' && result.start === start && result.end === end && result.method === 'exact';
};

/**
 * @example
 * const prepared = prepareText('Japan signed on Friday. Korea signed on Friday.');
 * uniqueQuote(prepared, 16, 22); // "Friday" and "on Friday" occur twice, so it grows:
 * // { exact: 'signed on Friday', … } occurs twice too → { exact: 'Japan signed on Friday', start: 0, end: 22 }
 */
export const uniqueQuote = (prepared: PreparedText, start: number, end: number, options: UniqueQuoteOptions = {}): UniqueQuote | undefined => {
  const { text } = prepared;
  const minStart = Math.max(0, Math.min(options.minStart ?? 0, start));
  const maxEnd = Math.min(text.length, Math.max(options.maxEnd ?? text.length, end));
  const maxLength = Math.max(options.maxLength ?? 200, end - start);
  if (!(start >= 0 && start < end && end <= text.length)) return undefined;
  let s = start;
  let e = end;
  // Counted through the text's gram index once it has one: quoting every value of a long page scanned the whole text for each.
  const count = options.occurrences ?? ((folded: string): number => foldedOccurrences(prepared, folded).offsets.length);
  const unique = (a: number, b: number): boolean => {
    const exact = text.slice(a, b);
    return exact.trim().length > 0 && count(foldString(exact)) === 1 && anchorsAt(prepared, a, b);
  };
  const leftOf = (at: number): number => {
    let k = at;
    while (k > minStart && isSpace(text[k - 1])) k -= 1;
    while (k > minStart && !isSpace(text[k - 1])) k -= 1;
    return k;
  };
  const rightOf = (at: number): number => {
    let k = at;
    while (k < maxEnd && isSpace(text[k])) k += 1;
    while (k < maxEnd && !isSpace(text[k])) k += 1;
    return k;
  };
  if (unique(s, e)) return { exact: text.slice(s, e), start: s, end: e };
  // Grow by a word: the word before if that makes it unique, else the word after, else both.
  while (e - s < maxLength && (s > minStart || e < maxEnd)) {
    const left = leftOf(s);
    const right = rightOf(e);
    if (left < s && unique(left, e)) return { exact: text.slice(left, e), start: left, end: e };
    if (right > e && unique(s, right)) return { exact: text.slice(s, right), start: s, end: right };
    s = left;
    e = right;
    if (unique(s, e)) return { exact: text.slice(s, e), start: s, end: e };
  }
  // Still not unique within the bounds: the range's own words, with the fewest words before (or after) them.
  // (Context is not bounded by minStart/maxEnd: it is not part of the quote.)
  const contextLeft = (at: number): number => {
    let k = at;
    while (k > 0 && isSpace(text[k - 1])) k -= 1;
    while (k > 0 && !isSpace(text[k - 1])) k -= 1;
    return k;
  };
  const contextRight = (at: number): number => {
    let k = at;
    while (k < text.length && isSpace(text[k])) k += 1;
    while (k < text.length && !isSpace(text[k])) k += 1;
    return k;
  };
  for (let k = contextLeft(start); ; k = contextLeft(k)) {
    const prefix = text.slice(Math.max(k, start - CONTEXT_LENGTH), start);
    if (prefix.trim().length > 0 && anchorsAt(prepared, start, end, prefix)) return { exact: text.slice(start, end), prefix, start, end };
    if (k <= Math.max(0, start - CONTEXT_LENGTH)) break;
  }
  for (let k = contextRight(end); ; k = contextRight(k)) {
    const suffix = text.slice(end, Math.min(k, end + CONTEXT_LENGTH));
    if (suffix.trim().length > 0 && anchorsAt(prepared, start, end, undefined, suffix)) return { exact: text.slice(start, end), suffix, start, end };
    if (k >= Math.min(text.length, end + CONTEXT_LENGTH)) break;
  }
  return undefined;
};
