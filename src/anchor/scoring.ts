/**
 * Scoring anchoring candidates: the weights and every threshold, as named
 * constants. The idea (quote + prefix + suffix + position, weighted) follows
 * the Hypothesis annotator's `match-quote`; unlike it, claimtrace has minimum
 * scores below which nothing is anchored, pins the context to the candidate
 * instead of searching for it anywhere nearby, scores only the evidence that
 * was given, calls close races ambiguous, and asks more of far candidates,
 * short quotes and fuzzy matches without context (`decide-anchor.ts`) and of
 * copies whose prefix and suffix frame other words near the hint
 * (`contest-anchor.ts`). Measured by `test/tools/bench/anchoring.ts`.
 */
import type { ScoreParts } from './anchor-result.js';

/** Weight of the quote's own similarity (1 − edits / length). */
export const QUOTE_WEIGHT = 50;
/** Weight of the prefix's similarity to the text just before the candidate. */
export const PREFIX_WEIGHT = 20;
/** Weight of the suffix's similarity to the text just after the candidate. */
export const SUFFIX_WEIGHT = 20;
/** Weight of closeness to the position hint. */
export const POSITION_WEIGHT = 10;
/**
 * Distance from the hint (code units) at which the position part drops to
 * 1/2; it is `1 / (1 + distance / POSITION_SCALE)`.
 */
export const POSITION_SCALE = 64;

/**
 * A candidate must score at least this to be anchored to. With all evidence
 * given, an exact copy of the quote whose prefix and suffix both disagree
 * (a lookalike elsewhere) scores about 0.6, and one whose context is half
 * shared ("the Daily Caller News Foundation" said twice) about 0.75; the
 * right place with its context intact scores 0.9 or more even after it moved
 * far away, and about 0.84 near its old place with one side of its context
 * rewritten.
 */
export const MIN_SCORE = 0.8;
/**
 * A fuzzy candidate (the words themselves differ) must score at least this.
 * Its place rests on the context and the position, so it needs more of both:
 * a sub-heading that repeats a deleted paragraph's first sentence with one
 * letter changed and the same 32 characters after it, 660 units away, scores
 * about 0.76 and must not be taken.
 */
export const MIN_FUZZY_SCORE = 0.8;
/**
 * A candidate more than `POSITION_SCALE` units from the hint must have each
 * side of its context that is at least `MIN_INFORMATIVE_CONTEXT` units long
 * this similar: a passage that moved far keeps its surroundings, while a
 * repeated headline or phrase elsewhere shares only part of them.
 */
export const MIN_CONTEXT_SIMILARITY_FAR = 0.75;
/** Context shorter than this (folded units) is too little to judge a far candidate by. */
export const MIN_INFORMATIVE_CONTEXT = 8;
/**
 * A quote shorter than this (folded units) says next to nothing about where
 * it stands: with context given, one side of the context must then agree
 * exactly. Otherwise an edited "i" re-anchors to the "i" next to it.
 */
export const MIN_DISTINCTIVE_QUOTE_LENGTH = 4;
/**
 * Near the hint, words framed by a prefix and a suffix that both agree at
 * least this much are the span's own place, even when its words changed
 * more than a fuzzy search allows (see `MIN_FRAMED_QUOTE_SIMILARITY`).
 */
export const MIN_FRAMED_CONTEXT_SIMILARITY = 0.9;
/** The framed words must still be at least this much like the quote; less, and the span is gone. */
export const MIN_FRAMED_QUOTE_SIMILARITY = 0.5;
/** A fuzzy candidate must resemble the quote at least this much (1 − edits / length). */
export const MIN_QUOTE_SIMILARITY = 0.75;
/**
 * When there is no prefix or suffix to confirm the place, a fuzzy candidate
 * must be this close to the quote (and have the same digits, see
 * `anchor-quote.ts`): otherwise "a majority stake in MP Materials" would
 * anchor to "a majority stake in MP Minerals" (3 edits in 32, 0.91).
 */
export const MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT = 0.95;
/**
 * How many folded units of a prefix or suffix are compared: the ones nearest
 * the quote. As many as a recorded TextQuoteSelector keeps (`CONTEXT_LENGTH`)
 * and as the Hypothesis client compares. Comparing more cost
 * occurrences × context² (a 600-unit prefix on a word found 3 000 times: 26 s)
 * and made a long context look like itself shifted by a sentence.
 */
export const MAX_CONTEXT_COMPARED = 32;
/** Fuzzy search allows up to this fraction of the quote's length as edits. */
export const MAX_ERROR_RATE = 0.25;
/** Upper bound on the edits a fuzzy search allows, whatever the quote's length. */
export const MAX_FUZZY_ERRORS = 256;
/**
 * A fuzzy search window whose lowest-error matches end in more than this
 * many places says nothing about where the quote stands: it is `ambiguous`
 * when the window is the whole text. In ordinary text an approximate match
 * ends at one to three neighbouring units, so 256 ends are about a hundred
 * places (`MAX_REPORTED_CANDIDATES` many times over). Finding where one
 * match starts is a search of m + k units (m the quote's length, k the edits
 * allowed), so the starts of 256 ends cost what searching 256 × (m + k) units
 * of text does (1.1 M for the longest quote searched this way, 4 096 units),
 * whatever the text's length — while starting every end in a text of one
 * repeated letter cost text × m² / 32 (a 1 001-unit quote in 32 KB of "a":
 * 5–9 s, and 5 MB did not finish).
 */
export const MAX_FUZZY_ENDS = 256;
/**
 * A quote found exactly (or once folded) more often than this is not scored
 * place by place: scoring costs a few µs an occurrence, and a one-letter
 * quote in 5 MB of that letter has 5 million (28 s of `check`). Beyond it,
 * only a perfect match exactly at the position hint is taken — the answer
 * scoring every place gives too, since nothing can score better — and
 * anything else is `ambiguous` with the count (`crowded`, 0 edits) and the
 * few places nearest the hint. 2^16: scoring a one-letter quote at every
 * place of a one-letter text took 0.7 s for 64 K places and 3.5–4.7 s for
 * 256 K at load 5 (about 14 µs a place), and 64 K places of one quote is
 * more than ordinary text holds ("the" is about 8 000 places in a 1 MB
 * article).
 */
export const MAX_SCORED_OCCURRENCES = 65_536;
/** A runner-up within this score of the best makes the result ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/**
 * An exact or folded match scoring at least this is taken without running the
 * (slower) fuzzy search for a better-placed edited passage.
 */
export const CONFIDENT_SCORE = 0.9;

/**
 * A gap between the prefix and the suffix (the span's place, its words
 * rewritten) whose context agrees this much better than the chosen
 * candidate's makes the anchor contested, hence orphaned.
 */
export const CONTEST_MARGIN = 0.05;

/** Closeness of `start` to `hint` in (0, 1]. */
export const positionCloseness = (start: number, hint: number): number =>
  1 / (1 + Math.abs(start - hint) / POSITION_SCALE);

/**
 * How much of its full weight each context side carries: 1, except for a
 * recorded context cut short by the start or end of the text, which weighs
 * in proportion to its length (two characters before the text's start say
 * less than 32).
 */
export interface ContextShare {
  readonly prefix: number;
  readonly suffix: number;
}

const FULL_SHARE: ContextShare = { prefix: 1, suffix: 1 };

/** The weighted mean of the parts that were scored, in [0, 1]. */
export const combineScore = (parts: ScoreParts, share: ContextShare = FULL_SHARE): number => {
  let total = QUOTE_WEIGHT * parts.quote;
  let weights = QUOTE_WEIGHT;
  if (parts.prefix !== undefined) {
    total += PREFIX_WEIGHT * share.prefix * parts.prefix;
    weights += PREFIX_WEIGHT * share.prefix;
  }
  if (parts.suffix !== undefined) {
    total += SUFFIX_WEIGHT * share.suffix * parts.suffix;
    weights += SUFFIX_WEIGHT * share.suffix;
  }
  if (parts.position !== undefined) {
    total += POSITION_WEIGHT * parts.position;
    weights += POSITION_WEIGHT;
  }
  return total / weights;
};
