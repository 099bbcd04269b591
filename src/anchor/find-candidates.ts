/**
 * Finding where a quote might be: exact occurrences, occurrences once folded,
 * and approximate occurrences (Myers' bit-parallel algorithm, `match-ends.ts`,
 * giving the matches approx-string-match gives, with a cap on how many ends
 * get a start). Finding only locates; `candidate-scorer.ts` judges.
 */
import type { AnchorMethod, Crowded } from './anchor-result.js';
import { boundedEditDistance } from './bounded-edit-distance.js';
import { editDistance } from './context-similarity.js';
import { findLongQuote, LONG_QUOTE_LENGTH } from './find-long-quote.js';
import type { FoldedOccurrences } from './gram-index.js';
import { cappedSearch } from './match-ends.js';
import { occurrences } from './occurrences.js';
import type { PreparedText } from './prepared-text.js';
import { MAX_FUZZY_ENDS, MAX_FUZZY_ERRORS } from './scoring.js';
import { snapBackward, snapForward, splitsSurrogatePair } from './surrogate-pairs.js';

/** A located range before scoring. */
export interface Located {
  readonly start: number;
  readonly end: number;
  readonly method: AnchorMethod;
  readonly errors: number;
}

/** Context of at least this many folded code units is used to find search windows. */
export const MIN_CONTEXT_TO_SEARCH = 8;
/** At most this many context matches open a search window (more means the context is not distinctive). */
export const MAX_CONTEXT_WINDOWS = 32;
/** At most this many fuzzy matches are kept, nearest the hint first (then by offset). */
export const MAX_FUZZY_MATCHES = 1000;
/**
 * In a search window with more than `MAX_FUZZY_ENDS` lowest-error ends (the
 * quote is not distinctive there), only this many, nearest the hint (or the
 * window's middle; the text's start for the whole text without a hint), get
 * a start and become candidates: enough to show a few of the places.
 */
export const CROWDED_MATCHES_KEPT = 16;
/** Only the last/first this many units of a long prefix/suffix are searched for. */
const CONTEXT_SEARCH_LENGTH = 64;
/** How many folded units a prefix match and a suffix match may share and still frame a (empty) gap. */
const GAP_OVERLAP = 2;
/** Fraction of a context string allowed as edits when searching for it. */
const CONTEXT_ERROR_RATE = 0.25;

/**
 * Gap and quote distances are computed in full up to this many matrix cells
 * (about a millisecond); beyond, only up to `MAX_FUZZY_ERRORS` edits.
 */
const FULL_DISTANCE_CELLS = 1 << 20;

/** A range whose start or end would split a surrogate pair is not an occurrence of anything. */
const keepsPairs = (text: string, start: number, end: number): boolean =>
  !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);

/**
 * Exact occurrences of the quote in the normalized text. Once the text is
 * indexed (`gram-index.ts`), they are read off `folded`, the folded
 * occurrences of the same quote: every exact occurrence starts in the
 * original stretch that a folded occurrence's first unit stands for (with
 * the characters folding away before it), so only those stretches are compared.
 */
export const findExact = (prepared: PreparedText, exact: string, folded: FoldedOccurrences): readonly Located[] => {
  const { text } = prepared;
  let starts: number[];
  if (folded.indexed) {
    const map = prepared.folded;
    starts = [];
    for (const f of folded.offsets) {
      const last = map.toOriginalEnd(f + 1) - 1;
      for (let s = f === 0 ? 0 : map.toOriginalEnd(f); s <= last; s += 1) if (text.startsWith(exact, s)) starts.push(s);
    }
  } else {
    starts = occurrences(text, exact);
  }
  return starts
    .filter((start) => keepsPairs(text, start, start + exact.length))
    .map((start) => ({ start, end: start + exact.length, method: 'exact', errors: 0 }));
};

/**
 * Occurrences of the folded quote in the folded text (`foldedOccurrences`,
 * searched once for both finds), mapped back. One whose
 * original boundary would split a surrogate pair (a quote with a lone
 * surrogate, half of an emoji) is dropped, not widened: widened, it would be
 * the same place as another candidate under other boundaries.
 */
export const findFolded = (prepared: PreparedText, folded: FoldedOccurrences): readonly Located[] =>
  folded.offsets.flatMap((s): Located[] => {
    const start = prepared.folded.toOriginal(s);
    const end = prepared.folded.toOriginalEnd(s + folded.quote.length);
    return keepsPairs(prepared.text, start, end) ? [{ start, end, method: 'folded', errors: 0 }] : [];
  });

const isWhiteSpace = (unit: string): boolean => unit.trim() === '' && unit !== '';

/**
 * An approximate match may take in white space around the words (an edit
 * costs the same anywhere); drop it unless the quote itself starts or ends
 * with white space.
 */
const trimWhiteSpace = (
  text: string,
  range: { start: number; end: number },
  foldedQuote: string,
): { start: number; end: number } => {
  let { start, end } = range;
  if (!foldedQuote.startsWith(' ')) while (start < end && isWhiteSpace(text.charAt(start))) start += 1;
  if (!foldedQuote.endsWith(' ')) while (end > start && isWhiteSpace(text.charAt(end - 1))) end -= 1;
  return { start, end };
};

interface Window {
  readonly from: number;
  readonly to: number;
}

const clampWindow = (from: number, to: number, length: number): Window => ({
  from: Math.max(0, Math.floor(from)),
  to: Math.min(length, Math.ceil(to)),
});

/** Where the expected context occurs in the folded text (folded offsets). */
export interface ContextMatches {
  /** Where each close match of the prefix ends: the quote would start there. */
  readonly prefixEnds: readonly number[];
  /** Where each close match of the suffix starts: the quote would end there. */
  readonly suffixStarts: readonly number[];
}

/**
 * Find the prefix and the suffix on their own (Myers' search, up to a
 * quarter of their length as edits, lowest-error matches). Context shorter than
 * `MIN_CONTEXT_TO_SEARCH`, or found in more than `MAX_CONTEXT_WINDOWS` places,
 * tells nothing and gives no matches: the search stops finding starts past
 * that many, so a prefix of one repeated letter costs one pass over the text.
 */
export const findContextMatches = (
  prepared: PreparedText,
  foldedPrefix: string | undefined,
  foldedSuffix: string | undefined,
): ContextMatches => {
  const folded = prepared.folded.folded;
  const find = (needle: string | undefined): readonly { start: number; end: number }[] => {
    if (needle === undefined || needle.length < MIN_CONTEXT_TO_SEARCH) return [];
    const found = cappedSearch(folded, needle, Math.floor(needle.length * CONTEXT_ERROR_RATE), {
      cap: MAX_CONTEXT_WINDOWS,
      sample: 0,
    });
    return found.capped ? [] : found.matches;
  };
  return {
    prefixEnds: find(foldedPrefix?.slice(-CONTEXT_SEARCH_LENGTH)).map((m) => m.end),
    suffixStarts: find(foldedSuffix?.slice(0, CONTEXT_SEARCH_LENGTH)).map((m) => m.start),
  };
};

/** Approximate occurrences, and whether the whole text held too many to look at. */
export interface FuzzyMatches {
  readonly located: readonly Located[];
  /** Set when the whole-text search found more than `MAX_FUZZY_ENDS` lowest-error ends. */
  readonly crowded?: Crowded;
}

/**
 * Approximate occurrences of the folded quote with at most `maxErrors` edits.
 * The search reports only the lowest-error matches of one window,
 * so an edited passage can hide behind a closer lookalike; searching again in
 * windows around the position hint and around where the prefix and suffix
 * occur recovers it. A window whose lowest-error matches end in more than
 * `MAX_FUZZY_ENDS` places (a text of one repeated letter, a table of the same
 * cell) gives only the `CROWDED_MATCHES_KEPT` nearest the hint, and when that
 * window is the whole text the answer says so (`crowded`). A quote longer
 * than `LONG_QUOTE_LENGTH` is searched by pieces instead (`find-long-quote.ts`:
 * linear in the text and the quote), the windows going first among the places
 * it extends.
 */
export const findFuzzy = (
  prepared: PreparedText,
  foldedQuote: string,
  maxErrors: number,
  hint: number | undefined,
  context: ContextMatches,
): FuzzyMatches => {
  const folded = prepared.folded.folded;
  if (maxErrors < 1 || foldedQuote.length === 0 || folded.length === 0) return { located: [] };
  const reach = foldedQuote.length + maxErrors;
  const slack = maxErrors + 8;
  const hintAt = hint === undefined ? undefined : prepared.toFoldedOffset(hint);
  const windows: Window[] = [{ from: 0, to: folded.length }];
  if (hintAt !== undefined) windows.push(clampWindow(hintAt - reach - slack, hintAt + reach + slack, folded.length));
  for (const end of context.prefixEnds) windows.push(clampWindow(end - slack, end + reach + slack, folded.length));
  for (const start of context.suffixStarts) windows.push(clampWindow(start - reach - slack, start + slack, folded.length));

  const seen = new Map<string, Located>();
  const add = (m: { start: number; end: number; errors: number }): void => {
    if (m.end <= m.start) return;
    const start = prepared.folded.toOriginal(m.start);
    const end = prepared.folded.toOriginalEnd(m.end);
    // A match ending in half of an emoji (a quote with a lone surrogate) takes in the whole
    // character: one more unit that is not in the quote, so one more edit on each side widened.
    const widened = { start: snapBackward(prepared.text, start), end: snapForward(prepared.text, end) };
    const errors = m.errors + Number(widened.start !== start) + Number(widened.end !== end);
    const range = trimWhiteSpace(prepared.text, widened, foldedQuote);
    if (range.end <= range.start) return;
    const key = `${range.start}:${range.end}`;
    const known = seen.get(key);
    if (known === undefined || known.errors > errors) seen.set(key, { ...range, method: 'fuzzy', errors });
  };
  let crowded: Crowded | undefined;
  if (foldedQuote.length > LONG_QUOTE_LENGTH) {
    for (const m of findLongQuote(folded, foldedQuote, maxErrors, windows.slice(1))) add(m);
  } else {
    windows.forEach((w, i) => {
      if (w.to - w.from === 0) return;
      const whole = w.from === 0 && w.to === folded.length;
      const slice = whole ? folded : folded.slice(w.from, w.to);
      const prefer = hintAt ?? (whole ? 0 : (w.from + w.to) >> 1);
      const found = cappedSearch(slice, foldedQuote, maxErrors, {
        cap: MAX_FUZZY_ENDS,
        sample: CROWDED_MATCHES_KEPT,
        prefer: prefer - w.from,
      });
      if (found.capped && i === 0) crowded = { ends: found.count, errors: found.errors ?? 0 };
      for (const m of found.matches) add({ start: w.from + m.start, end: w.from + m.end, errors: m.errors });
    });
  }
  const distance = (l: Located): number => (hint === undefined ? 0 : Math.abs(l.start - hint));
  const located = [...seen.values()]
    .sort((a, b) => distance(a) - distance(b) || a.start - b.start || a.end - b.end)
    .slice(0, MAX_FUZZY_MATCHES);
  return crowded === undefined ? { located } : { located, crowded };
};

/**
 * Places where the prefix ends and the suffix starts close after it, so the
 * quote would stand between them, whatever stands there now: the span's own
 * place after its words were rewritten or deleted (an empty gap). They are
 * scored like fuzzy candidates (edits = edit distance between the quote and
 * the gap) and are never anchored to when the words differ too much, but they
 * show that a copy of the quote elsewhere is a lookalike.
 */
export const findGaps = (prepared: PreparedText, foldedQuote: string, context: ContextMatches): readonly Located[] => {
  const maxGap = 2 * foldedQuote.length + 8;
  const folded = prepared.folded.folded;
  const gaps: Located[] = [];
  for (const prefixEnd of context.prefixEnds) {
    let suffixStart: number | undefined;
    for (const s of context.suffixStarts) {
      // the prefix and suffix may share a unit: a deleted quote leaves "Pax  Trump", folded to one space
      if (s >= prefixEnd - GAP_OVERLAP && s - prefixEnd <= maxGap && (suffixStart === undefined || s < suffixStart)) suffixStart = s;
    }
    if (suffixStart === undefined) continue;
    suffixStart = Math.max(prefixEnd, suffixStart);
    const start = snapBackward(prepared.text, prepared.folded.toOriginal(prefixEnd));
    const end = Math.max(start, snapForward(prepared.text, prepared.folded.toOriginal(suffixStart)));
    gaps.push({ start, end, method: 'fuzzy', errors: quoteErrors(foldedQuote, folded.slice(prefixEnd, suffixStart)) });
  }
  return gaps;
};

/**
 * Edits between a quote and the words standing where it was: in full for
 * ordinary quotes, and for long ones (more than `FULL_DISTANCE_CELLS` cells)
 * only up to `MAX_FUZZY_ERRORS`, past which the answer is
 * `MAX_FUZZY_ERRORS + 1` or the length difference, whichever is more (a
 * lower bound: such words are never taken for the quote, see `framedChange`).
 */
export const quoteErrors = (foldedQuote: string, words: string): number =>
  foldedQuote.length * words.length <= FULL_DISTANCE_CELLS
    ? editDistance(foldedQuote, words)
    : Math.max(boundedEditDistance(foldedQuote, words, MAX_FUZZY_ERRORS), Math.abs(foldedQuote.length - words.length));
