/**
 * Finding where a quote might be: exact occurrences, occurrences once folded,
 * and approximate occurrences (approx-string-match, Myers' bit-parallel
 * algorithm). Finding only locates; `candidate-scorer.ts` judges.
 */
import search from 'approx-string-match';
import type { AnchorMethod } from './anchor-result.js';
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

/** Where to look besides the whole text. */
export interface SearchHints {
  /** Expected start, original offset. */
  readonly hint?: number;
  /** Folded expected prefix. */
  readonly prefix?: string;
  /** Folded expected suffix. */
  readonly suffix?: string;
}

interface Window {
  readonly from: number;
  readonly to: number;
}

const clampWindow = (from: number, to: number, length: number): Window => ({
  from: Math.max(0, Math.floor(from)),
  to: Math.min(length, Math.ceil(to)),
});

/** Windows after each place the prefix (or before each place the suffix) occurs. */
const contextWindows = (
  folded: string,
  context: string | undefined,
  side: 'prefix' | 'suffix',
  reach: number,
  slack: number,
): Window[] => {
  if (context === undefined || context.length < MIN_CONTEXT_TO_SEARCH) return [];
  const needle = side === 'prefix' ? context.slice(-CONTEXT_SEARCH_LENGTH) : context.slice(0, CONTEXT_SEARCH_LENGTH);
  const matches = search(folded, needle, Math.floor(needle.length * CONTEXT_ERROR_RATE));
  if (matches.length === 0 || matches.length > MAX_CONTEXT_WINDOWS) return [];
  return matches.map((m) =>
    side === 'prefix'
      ? clampWindow(m.end - slack, m.end + reach + slack, folded.length)
      : clampWindow(m.start - reach - slack, m.start + slack, folded.length),
  );
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
  hints: SearchHints,
): readonly Located[] => {
  const folded = prepared.folded.folded;
  if (maxErrors < 1 || foldedQuote.length === 0 || folded.length === 0) return [];
  const reach = foldedQuote.length + maxErrors;
  const slack = maxErrors + 8;
  const windows: Window[] = [{ from: 0, to: folded.length }];
  if (hints.hint !== undefined) {
    const at = prepared.toFoldedOffset(hints.hint);
    windows.push(clampWindow(at - reach - slack, at + reach + slack, folded.length));
  }
  windows.push(...contextWindows(folded, hints.prefix, 'prefix', reach, slack));
  windows.push(...contextWindows(folded, hints.suffix, 'suffix', reach, slack));

  const seen = new Map<string, Located>();
  for (const w of windows) {
    if (w.to - w.from === 0) continue;
    const slice = w.from === 0 && w.to === folded.length ? folded : folded.slice(w.from, w.to);
    for (const m of search(slice, foldedQuote, maxErrors)) {
      if (m.end <= m.start) continue;
      const range = toOriginalRange(prepared, w.from + m.start, w.from + m.end);
      if (range.end <= range.start) continue;
      const key = `${range.start}:${range.end}`;
      const known = seen.get(key);
      if (known === undefined || known.errors > m.errors) {
        seen.set(key, { ...range, method: 'fuzzy', errors: m.errors });
      }
    }
  }
  const hint = hints.hint;
  const distance = (l: Located): number => (hint === undefined ? 0 : Math.abs(l.start - hint));
  return [...seen.values()]
    .sort((a, b) => distance(a) - distance(b) || a.start - b.start || a.end - b.end)
    .slice(0, MAX_FUZZY_MATCHES);
};
