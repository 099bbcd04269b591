/**
 * Finding where a quote might be: exact occurrences, occurrences once folded,
 * and approximate occurrences (approx-string-match, Myers' bit-parallel
 * algorithm). Finding only locates; `candidate-scorer.ts` judges.
 */
import search from 'approx-string-match';
import type { AnchorMethod } from './anchor-result.js';
import { editDistance } from './context-similarity.js';
import type { PreparedText } from './prepared-text.js';
import { snapBackward, snapForward } from './surrogate-pairs.js';

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
/** Only the last/first this many units of a long prefix/suffix are searched for. */
const CONTEXT_SEARCH_LENGTH = 64;
/** How many folded units a prefix match and a suffix match may share and still frame a (empty) gap. */
const GAP_OVERLAP = 2;
/** Fraction of a context string allowed as edits when searching for it. */
const CONTEXT_ERROR_RATE = 0.25;

/** Every occurrence of `needle` in `haystack`, overlapping ones included. */
const occurrences = (haystack: string, needle: string): number[] => {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
};

/** Exact occurrences of the quote in the normalized text. */
export const findExact = (text: string, exact: string): readonly Located[] =>
  occurrences(text, exact).map((start) => ({ start, end: start + exact.length, method: 'exact', errors: 0 }));

/** Maps a folded range back to an original range that never splits a surrogate pair. */
const toOriginalRange = (prepared: PreparedText, start: number, end: number): { start: number; end: number } => ({
  start: snapBackward(prepared.text, prepared.folded.toOriginal(start)),
  end: snapForward(prepared.text, prepared.folded.toOriginalEnd(end)),
});

/** Occurrences of the folded quote in the folded text, mapped back. */
export const findFolded = (prepared: PreparedText, foldedQuote: string): readonly Located[] =>
  occurrences(prepared.folded.folded, foldedQuote).map((s) => ({
    ...toOriginalRange(prepared, s, s + foldedQuote.length),
    method: 'folded',
    errors: 0,
  }));

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
 * Find the prefix and the suffix on their own (approx-string-match, up to a
 * quarter of their length as edits). Context shorter than
 * `MIN_CONTEXT_TO_SEARCH`, or found in more than `MAX_CONTEXT_WINDOWS` places,
 * tells nothing and gives no matches.
 */
export const findContextMatches = (
  prepared: PreparedText,
  foldedPrefix: string | undefined,
  foldedSuffix: string | undefined,
): ContextMatches => {
  const folded = prepared.folded.folded;
  const find = (needle: string | undefined): readonly { start: number; end: number }[] => {
    if (needle === undefined || needle.length < MIN_CONTEXT_TO_SEARCH) return [];
    const matches = search(folded, needle, Math.floor(needle.length * CONTEXT_ERROR_RATE));
    return matches.length > MAX_CONTEXT_WINDOWS ? [] : matches;
  };
  return {
    prefixEnds: find(foldedPrefix?.slice(-CONTEXT_SEARCH_LENGTH)).map((m) => m.end),
    suffixStarts: find(foldedSuffix?.slice(0, CONTEXT_SEARCH_LENGTH)).map((m) => m.start),
  };
};

/**
 * Approximate occurrences of the folded quote with at most `maxErrors` edits.
 * approx-string-match reports only the lowest-error matches of one search,
 * so an edited passage can hide behind a closer lookalike; searching again in
 * windows around the position hint and around where the prefix and suffix
 * occur recovers it.
 */
export const findFuzzy = (
  prepared: PreparedText,
  foldedQuote: string,
  maxErrors: number,
  hint: number | undefined,
  context: ContextMatches,
): readonly Located[] => {
  const folded = prepared.folded.folded;
  if (maxErrors < 1 || foldedQuote.length === 0 || folded.length === 0) return [];
  const reach = foldedQuote.length + maxErrors;
  const slack = maxErrors + 8;
  const windows: Window[] = [{ from: 0, to: folded.length }];
  if (hint !== undefined) {
    const at = prepared.toFoldedOffset(hint);
    windows.push(clampWindow(at - reach - slack, at + reach + slack, folded.length));
  }
  for (const end of context.prefixEnds) windows.push(clampWindow(end - slack, end + reach + slack, folded.length));
  for (const start of context.suffixStarts) windows.push(clampWindow(start - reach - slack, start + slack, folded.length));

  const seen = new Map<string, Located>();
  for (const w of windows) {
    if (w.to - w.from === 0) continue;
    const slice = w.from === 0 && w.to === folded.length ? folded : folded.slice(w.from, w.to);
    for (const m of search(slice, foldedQuote, maxErrors)) {
      if (m.end <= m.start) continue;
      const range = trimWhiteSpace(
        prepared.text,
        toOriginalRange(prepared, w.from + m.start, w.from + m.end),
        foldedQuote,
      );
      if (range.end <= range.start) continue;
      const key = `${range.start}:${range.end}`;
      const known = seen.get(key);
      if (known === undefined || known.errors > m.errors) {
        seen.set(key, { ...range, method: 'fuzzy', errors: m.errors });
      }
    }
  }
  const distance = (l: Located): number => (hint === undefined ? 0 : Math.abs(l.start - hint));
  return [...seen.values()]
    .sort((a, b) => distance(a) - distance(b) || a.start - b.start || a.end - b.end)
    .slice(0, MAX_FUZZY_MATCHES);
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
    gaps.push({
      start,
      end,
      method: 'fuzzy',
      errors: editDistance(foldedQuote, folded.slice(prefixEnd, suffixStart)),
    });
  }
  return gaps;
};
