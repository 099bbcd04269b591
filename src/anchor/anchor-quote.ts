/**
 * Anchoring a quote to one place in a normalized text, or saying honestly
 * that it cannot: several equally good places → `ambiguous` with every
 * candidate; no place good enough → `orphaned`, never a lookalike.
 */
import { foldString } from '../ingest/fold-text.js';
import type { AnchorCandidate, AnchorOptions, AnchorQuery, AnchorResult, Anchored } from './anchor-result.js';
import { hasContext, scoreLocated, scoringContext } from './candidate-scorer.js';
import { contest, framedChange } from './contest-anchor.js';
import { anchoredTo, crowdedAmbiguity, decide, isPerfectCandidate, orphaned, type Settings } from './decide-anchor.js';
import { CROWDED_MATCHES_KEPT, findContextMatches, findExact, findFolded, findFuzzy, findGaps, type Located } from './find-candidates.js';
import { foldedOccurrences, type FoldedOccurrences } from './gram-index.js';
import { nearestOffsets } from './occurrences.js';
import { asPreparedText, type PreparedText } from './prepared-text.js';
import { queryInTextForm } from './quote-form.js';
import {
  AMBIGUITY_MARGIN,
  CONFIDENT_SCORE,
  MAX_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  MAX_SCORED_OCCURRENCES,
  MIN_FUZZY_SCORE,
  MIN_SCORE,
  POSITION_SCALE,
} from './scoring.js';

export { MAX_REPORTED_CANDIDATES } from './decide-anchor.js';

const settingsProblem = (s: Settings): string | undefined => {
  if (!(s.minScore >= 0 && s.minScore <= 1)) return `minScore must be within [0, 1] (got ${s.minScore})`;
  if (!(s.minFuzzyScore >= 0 && s.minFuzzyScore <= 1)) {
    return `minFuzzyScore must be within [0, 1] (got ${s.minFuzzyScore})`;
  }
  if (!(s.maxErrorRate >= 0 && s.maxErrorRate < 1)) return `maxErrorRate must be within [0, 1) (got ${s.maxErrorRate})`;
  if (!(s.ambiguityMargin >= 0 && s.ambiguityMargin <= 1)) {
    return `ambiguityMargin must be within [0, 1] (got ${s.ambiguityMargin})`;
  }
  return undefined;
};

/**
 * The exact occurrences, then the folded ones that are not also exact. Exact
 * ranges at one start are one range (they are the quote's length), so a start → end map
 * finds the repeats: keys of strings cost seconds for millions of occurrences.
 */
const uniqueRanges = (exact: readonly Located[], folded: readonly Located[]): Located[] => {
  const exactEnd = new Map<number, number>();
  for (const l of exact) exactEnd.set(l.start, l.end);
  return [...exact, ...folded.filter((l) => exactEnd.get(l.start) !== l.end)];
};

/**
 * Find the one place in a normalized text where a quote stands.
 *
 * 1. Exact occurrences, then occurrences once both sides are folded (NBSP and
 *    other spaces, runs of white space, curly quotes, dashes; see `foldText`).
 *    Each is scored on its prefix, suffix and position hint, when given: the
 *    `MAX_CONTEXT_COMPARED` units of context nearest the quote. A quote and
 *    context typed decomposed (NFD) are composed first when the text is NFC.
 * 2. Unless one of those is clearly right (score ≥ `CONFIDENT_SCORE` near
 *    the hint, or there is no context to doubt it), a fuzzy search (Myers'
 *    bit-parallel search, `match-ends.ts`, or by pieces for long quotes,
 *    `find-long-quote.ts`; up to `maxErrorRate` × quote length edits) over
 *    the whole text and around the hint, prefix and suffix adds candidates.
 * 3. Candidates below `minScore` (or a fuzzy candidate too unlike the quote,
 *    a far one whose surroundings changed, a short quote without one exact
 *    side of context) are never taken: no candidate left → `orphaned`. A
 *    runner-up within `ambiguityMargin` of the best → `ambiguous` with every
 *    plausible candidate. Otherwise → `anchored`, with full W3C selectors.
 * 4. With context, where the prefix and suffix stand now is a second opinion
 *    (`contest-anchor.ts`): a copy elsewhere is `contested` when they frame
 *    the span's own place near the hint, and words they frame there, still
 *    half like the quote, anchor as the span changed.
 *
 * Offsets are UTF-16 code units over `text`, end exclusive. Never throws:
 * an empty quote or a bad hint gives `orphaned` with cause `invalid-query`.
 *
 * @example
 * ```ts
 * const text = 'Japan signed on Friday. Japan and Korea signed on Monday.';
 * anchorQuote(text, { exact: 'Japan' }).status;                      // 'ambiguous'
 * anchorQuote(text, { exact: 'Japan', suffix: ' and Korea' }).start;  // 24 (status 'anchored')
 * anchorQuote(text, { exact: 'Brazil signed' }).status;               // 'orphaned'
 * ```
 */
export const anchorQuote = (
  text: string | PreparedText,
  query: AnchorQuery,
  options: AnchorOptions = {},
): AnchorResult => {
  const settings: Settings = {
    minScore: options.minScore ?? MIN_SCORE,
    minFuzzyScore: options.minFuzzyScore ?? MIN_FUZZY_SCORE,
    maxErrorRate: options.maxErrorRate ?? MAX_ERROR_RATE,
    ambiguityMargin: options.ambiguityMargin ?? AMBIGUITY_MARGIN,
    nonContent: options.nonContent ?? [],
  };
  const problem = settingsProblem(settings);
  if (problem !== undefined) return orphaned('invalid-query', problem);
  if (query.exact.length === 0) return orphaned('invalid-query', 'the quote is empty');
  if (query.hint !== undefined && !(Number.isInteger(query.hint) && query.hint >= 0)) {
    return orphaned('invalid-query', `the position hint must be a non-negative integer (got ${query.hint})`);
  }

  const prepared = asPreparedText(text);
  query = queryInTextForm(prepared, query);
  const context = scoringContext(query);
  const score = (located: readonly Located[]): AnchorCandidate[] =>
    located.map((l) => scoreLocated(prepared.text, context, l, settings.nonContent));

  const folded = foldedOccurrences(prepared, context.foldedQuote);
  const located = (found: FoldedOccurrences): Located[] => uniqueRanges(findExact(prepared, query.exact, found), findFolded(prepared, found));
  if (folded.offsets.length > MAX_SCORED_OCCURRENCES) {
    // Too many places to score one by one: the few nearest the hint (or the text's start) are.
    const near = nearestOffsets(folded.offsets, query.hint === undefined ? 0 : prepared.toFoldedOffset(query.hint), CROWDED_MATCHES_KEPT);
    const scored = score(located({ ...folded, offsets: near, indexed: true }));
    return decide(prepared.text, scored, context, settings, { ends: folded.offsets.length, errors: 0 });
  }
  const direct = score(located(folded));
  const first = decide(prepared.text, direct, context, settings);
  const nearHint = (r: { start: number }): boolean => query.hint === undefined || Math.abs(r.start - query.hint) <= POSITION_SCALE;
  // A tie or an anchor far from the hint may hide the span's own place, edited, near the hint.
  if (first.status === 'ambiguous' && (query.hint === undefined || !hasContext(context))) return first;
  if (first.status === 'anchored' && (!hasContext(context) || (isPerfect(first, direct) && nearHint(first)))) {
    return first;
  }

  // The context is searched for once: it opens fuzzy search windows and finds gaps.
  const contextMatches = findContextMatches(
    prepared,
    query.prefix === undefined ? undefined : foldString(query.prefix),
    query.suffix === undefined ? undefined : foldString(query.suffix),
  );
  let result: AnchorResult = first;
  if (first.status !== 'anchored' || first.score < CONFIDENT_SCORE || !nearHint(first)) {
    const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(context.foldedQuote.length * settings.maxErrorRate));
    const known = new Set(direct.map((c) => `${c.start}:${c.end}`));
    const found = findFuzzy(prepared, context.foldedQuote, maxErrors, query.hint, contextMatches);
    const fuzzy = score(found.located.filter((l) => !known.has(`${l.start}:${l.end}`)));
    if (fuzzy.length > 0) result = decide(prepared.text, [...direct, ...fuzzy], context, settings);
    // The quote's closest matches are everywhere (a text of one repeated letter): the few looked
    // at cannot stand for the rest, so only an exact or folded occurrence the context picked holds.
    if (found.crowded !== undefined && !(result.status === 'anchored' && result.method !== 'fuzzy')) {
      return crowdedAmbiguity([...direct, ...fuzzy], found.crowded);
    }
  }
  if (result.status === 'ambiguous') return result;
  const gaps = score(findGaps(prepared, context.foldedQuote, contextMatches));
  if (result.status === 'orphaned') {
    const framed = result.cause === 'not-found' || result.cause === 'below-min-score' ? framedChange(gaps, context) : undefined;
    return framed === undefined ? result : anchoredTo(prepared.text, framed, result.candidates);
  }
  // Rivals: gaps framed by the context, and (when the anchor is far from the
  // hint) the quote's own words still standing near the hint.
  const wordsNearHint = nearHint(result) ? [] : direct.filter(nearHint);
  return contest(result, [...gaps, ...wordsNearHint], query.hint);
};

/** The chosen candidate of an anchored result. */
const chosenOf = (anchored: Anchored, candidates: readonly AnchorCandidate[]): AnchorCandidate | undefined =>
  candidates.find((c) => c.start === anchored.start && c.end === anchored.end);

/** The chosen candidate of an anchored result is perfect ({@link isPerfectCandidate}). */
const isPerfect = (anchored: Anchored, candidates: readonly AnchorCandidate[]): boolean => {
  const chosen = chosenOf(anchored, candidates);
  return chosen !== undefined && isPerfectCandidate(chosen);
};
