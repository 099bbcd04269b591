/**
 * Ranges of a captured text that are not the article → `nonContent` entries
 * of the source file, named by words the loader anchors back to exactly
 * those ranges: the whole range as `quote` when it is short, else `from` (its
 * first words, grown until unique) and `to` (its last words, grown until the
 * first occurrence after `from` ends the range).
 */
import { prepareText, type PreparedText } from '../anchor/index.js';
import { uniqueQuote, type UniqueQuote } from '../anchor/unique-quote.js';
import type { NonContentFileEntry } from '../claims/file-schemas.js';
import { foldString } from '../ingest/fold-text.js';
import type { NonContentKind } from '../model/source.js';

export interface KindedRange {
  readonly start: number;
  readonly end: number;
  readonly kind: NonContentKind;
  readonly language?: string;
}

/** Ranges up to this long are named by their whole text. */
const MAX_QUOTE_LENGTH = 100;
/**
 * A dropped block whose words stand more than this many times in the text
 * (a "Share" bar after every paragraph) is not listed: telling its copies
 * apart needs context, and scoring context over thousands of copies would
 * slow every later check of the folder.
 */
export const MAX_NAMED_REPEATS = 4;
/** `from` and `to` start at this many characters, at a word boundary. */
const MIN_END_WORDS = 16;

const wordEndAfter = (text: string, at: number, limit: number): number => {
  let k = at;
  while (k < limit && !/\s/.test(text[k] ?? ' ')) k += 1;
  return k;
};
const wordStartBefore = (text: string, at: number, limit: number): number => {
  let k = at;
  while (k > limit && !/\s/.test(text[k - 1] ?? ' ')) k -= 1;
  return k;
};

/** The `to` words: the shortest tail of [start, end) whose first occurrence after `start` ends at `end`. */
const toWords = (text: string, start: number, end: number): string | undefined => {
  let from = wordStartBefore(text, Math.max(start, end - MIN_END_WORDS), start);
  for (;;) {
    const to = text.slice(from, end);
    if (to.trim().length > 0 && text.indexOf(to, start) + to.length === end) return to;
    if (from <= start) return undefined;
    from = wordStartBefore(text, Math.max(start, from - 1 - MIN_END_WORDS), start);
  }
};

/** Occurrences of `needle` in `haystack`, counting up to `limit + 1`. */
const occurrences = (haystack: string, needle: string, limit: number): number => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && n <= limit; at = haystack.indexOf(needle, at + 1)) n += 1;
  return n;
};

const context = (q: UniqueQuote): { prefix?: string; suffix?: string } => ({
  ...(q.prefix !== undefined ? { prefix: q.prefix } : {}),
  ...(q.suffix !== undefined ? { suffix: q.suffix } : {}),
});

const entryFor = (prepared: PreparedText, range: KindedRange): NonContentFileEntry | undefined => {
  const { text } = prepared;
  const head = foldString(text.slice(range.start, Math.min(range.end, range.start + MAX_QUOTE_LENGTH)));
  if (occurrences(prepared.folded.folded, head, MAX_NAMED_REPEATS) > MAX_NAMED_REPEATS) return undefined;
  const extra = { kind: range.kind, ...(range.language !== undefined ? { language: range.language } : {}) };
  if (range.end - range.start <= MAX_QUOTE_LENGTH) {
    const q = uniqueQuote(prepared, range.start, range.end, { minStart: range.start, maxEnd: range.end });
    if (q !== undefined && q.start === range.start && q.end === range.end) return { quote: q.exact, ...context(q), ...extra };
  }
  const firstEnd = wordEndAfter(text, Math.min(range.end, range.start + MIN_END_WORDS), range.end);
  const from = uniqueQuote(prepared, range.start, firstEnd, { minStart: range.start, maxEnd: range.end });
  if (from === undefined || from.start !== range.start) return undefined;
  const to = toWords(text, range.start, range.end);
  if (to === undefined) return undefined;
  if (from.end === range.end) return { quote: from.exact, ...context(from), ...extra };
  return { from: from.exact, to, ...context(from), ...extra };
};

/**
 * The entries for `ranges` of `text` (sorted, not overlapping). A range that
 * cannot be named uniquely is left out, counted in `unnamed` and listed in `unnamedRanges`.
 *
 * @example
 * nonContentEntries('We use cookies.\n\nThe article.', [{ start: 0, end: 15, kind: 'cookie-banner' }])
 * // { entries: [{ quote: 'We use cookies.', kind: 'cookie-banner' }], unnamed: 0, unnamedRanges: [] }
 */
export const nonContentEntries = (
  text: string | PreparedText,
  ranges: readonly KindedRange[],
): { readonly entries: readonly NonContentFileEntry[]; readonly unnamed: number; readonly unnamedRanges: readonly KindedRange[] } => {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const entries: NonContentFileEntry[] = [];
  const unnamedRanges: KindedRange[] = [];
  for (const range of ranges) {
    const entry = entryFor(prepared, range);
    if (entry === undefined) unnamedRanges.push(range);
    else entries.push(entry);
  }
  return { entries, unnamed: unnamedRanges.length, unnamedRanges };
};
