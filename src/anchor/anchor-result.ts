/**
 * The values anchoring returns. Anchoring never throws for expected input:
 * every outcome, including "not found" and "too close to call", is a value.
 */
import type { TextPositionSelector, TextQuoteSelector, TextRange } from '../model/span.js';

/**
 * How a candidate was found: `exact` (the quote as written), `folded` (equal
 * once spaces, quotes and dashes are folded, see `foldText`) or `fuzzy`
 * (within an edit distance: Myers' bit-parallel search, `match-ends.ts`, or
 * by pieces for long quotes, `find-long-quote.ts`).
 */
export type AnchorMethod = 'exact' | 'folded' | 'fuzzy';

/** What is searched for. */
export interface AnchorQuery {
  /** The quote. Must not be empty. */
  readonly exact: string;
  /**
   * Text expected just before the quote (any length; its last `MAX_CONTEXT_COMPARED`
   * units are compared, pinned to the quote's start).
   */
  readonly prefix?: string;
  /**
   * Text expected just after the quote (any length; its first `MAX_CONTEXT_COMPARED`
   * units are compared, pinned to the quote's end).
   */
  readonly suffix?: string;
  /** Expected start offset, e.g. a recorded TextPositionSelector start. */
  readonly hint?: number;
  /**
   * The prefix is everything before the quote: the quote starts the text
   * `prefix.length` units in (true for a selector describing a span near the
   * start). Then an empty prefix is information too.
   */
  readonly prefixReachesStart?: boolean;
  /** The suffix is everything after the quote: the text ends with it. */
  readonly suffixReachesEnd?: boolean;
}

/** Tuning; every field defaults to the named constant in `scoring.ts`. */
export interface AnchorOptions {
  /** Candidates scoring below this are never anchored to (default `MIN_SCORE`). */
  readonly minScore?: number;
  /** Fuzzy candidates scoring below this are never anchored to (default `MIN_FUZZY_SCORE`). */
  readonly minFuzzyScore?: number;
  /** Fuzzy search allows up to this fraction of the quote's length as edits (default `MAX_ERROR_RATE`). */
  readonly maxErrorRate?: number;
  /** When the runner-up scores within this of the best, the result is ambiguous (default `AMBIGUITY_MARGIN`). */
  readonly ambiguityMargin?: number;
  /**
   * Ranges that are not the source's content (cookie banners, "Continue with
   * Google", page chrome). A candidate overlapping one is reported but never
   * anchored to.
   */
  readonly nonContent?: readonly TextRange[];
}

/** The parts of a candidate's score, each in [0, 1]; absent when not scored. */
export interface ScoreParts {
  /** 1 − edits / folded quote length. */
  readonly quote: number;
  readonly prefix?: number;
  readonly suffix?: number;
  readonly position?: number;
}

/** One place the quote might be. */
export interface AnchorCandidate {
  readonly start: number;
  readonly end: number;
  /** The text at `[start, end)` of the normalized source. */
  readonly text: string;
  readonly method: AnchorMethod;
  /** Edits between the folded quote and the folded candidate text (0 for exact and folded). */
  readonly errors: number;
  /** Weighted score in [0, 1] (see `scoring.ts`). */
  readonly score: number;
  readonly parts: ScoreParts;
  /** The candidate overlaps a non-content range, so it is never anchored to. */
  readonly inNonContent: boolean;
}

/**
 * Why nothing was anchored: `invalid-query` (empty quote, bad hint),
 * `not-found` (no candidate at all), `below-min-score` (only candidates that
 * are too unlike the quote or its context, i.e. lookalikes), `non-content`
 * (the quote only occurs in non-content ranges), `contested` (the prefix and
 * suffix stand, with clearly better agreement, around other words elsewhere:
 * the span's own place was rewritten, and the copy found is a lookalike).
 */
export type OrphanCause = 'invalid-query' | 'not-found' | 'below-min-score' | 'non-content' | 'contested';

/** The quote was found in exactly one place that is good enough. */
export interface Anchored {
  readonly status: 'anchored';
  readonly start: number;
  readonly end: number;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  readonly method: AnchorMethod;
  readonly score: number;
  /** The parts of the score. */
  readonly parts: ScoreParts;
  readonly errors: number;
  /** Other candidates that were considered, best first (for explanations). */
  readonly alternatives: readonly AnchorCandidate[];
}

/**
 * A quote whose closest matches are too many to tell apart (a text of one
 * repeated letter): approximate ones past `MAX_FUZZY_ENDS`, or exact and
 * folded occurrences past `MAX_SCORED_OCCURRENCES` (then `errors` is 0).
 */
export interface Crowded {
  /** How many of the quote's closest (lowest-error) matches end in the text: with 0 errors, its occurrences. */
  readonly ends: number;
  /** The edits each of them needs. */
  readonly errors: number;
}

/** Several places are good enough and nothing picks one. */
export interface Ambiguous {
  readonly status: 'ambiguous';
  /** Every plausible candidate, best first; when `crowded`, only the few looked at, nearest the hint. */
  readonly candidates: readonly AnchorCandidate[];
  readonly reason: string;
  /**
   * Set when the quote's closest approximate matches end at more places than
   * the fuzzy search looks at (`MAX_FUZZY_ENDS`), or it occurs at more places
   * than are scored (`MAX_SCORED_OCCURRENCES`): the quote is not distinctive.
   */
  readonly crowded?: Crowded;
}

/** No place is good enough: the span is reported, never anchored to a lookalike. */
export interface Orphaned {
  readonly status: 'orphaned';
  readonly cause: OrphanCause;
  /** The closest candidates found (below the minimum score or excluded), best first. */
  readonly candidates: readonly AnchorCandidate[];
  readonly reason: string;
}

/** What `anchorQuote` returns. */
export type AnchorResult = Anchored | Ambiguous | Orphaned;
