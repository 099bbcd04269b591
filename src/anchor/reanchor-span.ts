/**
 * Re-anchoring a recorded span when its source's text has changed (the
 * content hash differs): where are the words now, if anywhere?
 */
import diff from 'fast-diff';
import type { TextPositionSelector, TextQuoteSelector } from '../model/span.js';
import type { AnchorCandidate, AnchorMethod, AnchorOptions } from './anchor-result.js';
import { anchorQuote } from './anchor-quote.js';
import { CONTEXT_LENGTH, selectorsAt } from './describe-span.js';
import type { PreparedText } from './prepared-text.js';

/** A recorded span: the selectors describing it in the old text. */
export interface RecordedSpan {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/** One fast-diff operation: `-1` deleted, `0` equal, `1` inserted, with its text. */
export type DiffOp = [-1 | 0 | 1, string];

/**
 * Why a span could not be re-anchored: `invalid-span` (its selectors
 * disagree with each other), `ambiguous` (several places fit equally well),
 * or the anchoring causes (`not-found`, `below-min-score`, `non-content`,
 * `contested`, `invalid-query`).
 */
export type ReanchorOrphanCause =
  | 'invalid-span'
  | 'ambiguous'
  | 'not-found'
  | 'below-min-score'
  | 'non-content'
  | 'contested'
  | 'invalid-query';

/** What `reanchorSpan` returns. */
export type ReanchorResult =
  /** Same offsets, same text. The selectors are refreshed (the context may have changed). */
  | {
      readonly status: 'unchanged';
      readonly quote: TextQuoteSelector;
      readonly position: TextPositionSelector;
      readonly score: number;
    }
  /** The same words at other offsets. */
  | {
      readonly status: 'moved';
      readonly quote: TextQuoteSelector;
      readonly position: TextPositionSelector;
      readonly previous: TextPositionSelector;
      readonly score: number;
    }
  /** The words changed (a folded or fuzzy match); `diff` turns the old quote into the new one. */
  | {
      readonly status: 'changed';
      readonly quote: TextQuoteSelector;
      readonly position: TextPositionSelector;
      readonly previous: TextPositionSelector;
      readonly previousExact: string;
      readonly diff: readonly DiffOp[];
      readonly method: AnchorMethod;
      readonly errors: number;
      readonly score: number;
    }
  /** The words are gone (or cannot be told apart from lookalikes). */
  | {
      readonly status: 'orphaned';
      readonly cause: ReanchorOrphanCause;
      readonly reason: string;
      readonly candidates: readonly AnchorCandidate[];
    };

const spanProblem = (span: RecordedSpan): string | undefined => {
  const { quote, position } = span;
  if (quote.exact.length === 0) return 'the recorded quote is empty';
  if (!Number.isInteger(position.start) || !Number.isInteger(position.end) || position.start < 0) {
    return `the recorded position ${position.start}–${position.end} is not a pair of non-negative integers`;
  }
  if (position.end - position.start !== quote.exact.length) {
    return `the recorded position ${position.start}–${position.end} spans ${position.end - position.start} code units but the quote has ${quote.exact.length}`;
  }
  return undefined;
};

/**
 * Find a recorded span in a new version of its source text.
 *
 * - `unchanged`: the quote still stands at the same offsets (checked with its
 *   context; a coincidental copy at the old offsets does not count);
 * - `moved`: the same words, at new offsets;
 * - `changed`: the words were edited; the result carries the new selectors
 *   and a fast-diff of the old quote against the new one;
 * - `orphaned`: nothing good enough (never a lookalike elsewhere), or several
 *   places equally good, or selectors that contradict each other.
 *
 * The old start is the position hint; a prefix or suffix shorter than
 * `CONTEXT_LENGTH` is taken to reach the start or end of the text. Never throws.
 *
 * @example
 * ```ts
 * const span = { quote: { type: 'TextQuoteSelector', exact: 'Pax Silica', prefix: 'the ', suffix: ' summit' },
 *                position: { type: 'TextPositionSelector', start: 4, end: 14 } };
 * reanchorSpan(span, 'At the Pax Silica summit').status; // 'moved' (now at 7–17)
 * ```
 */
export const reanchorSpan = (
  span: RecordedSpan,
  newText: string | PreparedText,
  options: AnchorOptions = {},
): ReanchorResult => {
  const problem = spanProblem(span);
  if (problem !== undefined) return { status: 'orphaned', cause: 'invalid-span', reason: problem, candidates: [] };
  const text = typeof newText === 'string' ? newText : newText.text;
  const { quote, position } = span;

  const result = anchorQuote(
    newText,
    {
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      hint: position.start,
      prefixReachesStart: quote.prefix.length < CONTEXT_LENGTH && quote.prefix.length === position.start,
      // A 31-unit suffix may just avoid splitting a surrogate pair, so only shorter ones prove the end.
      suffixReachesEnd: quote.suffix.length < CONTEXT_LENGTH - 1,
    },
    options,
  );
  switch (result.status) {
    case 'ambiguous':
      return { status: 'orphaned', cause: 'ambiguous', reason: result.reason, candidates: result.candidates };
    case 'orphaned':
      return { status: 'orphaned', cause: result.cause, reason: result.reason, candidates: result.candidates };
    case 'anchored': {
      const selectors = selectorsAt(text, result.start, result.end);
      const previous = position;
      if (selectors.quote.exact === quote.exact) {
        return result.start === position.start
          ? { status: 'unchanged', ...selectors, score: result.score }
          : { status: 'moved', ...selectors, previous, score: result.score };
      }
      return {
        status: 'changed',
        ...selectors,
        previous,
        previousExact: quote.exact,
        diff: diff(quote.exact, selectors.quote.exact),
        method: result.method,
        errors: result.errors,
        score: result.score,
      };
    }
  }
};
