/**
 * Describing a range of a normalized text as W3C Web Annotation selectors.
 */
import type { SourceId } from '../model/ids.js';
import type { Span, TextPositionSelector, TextQuoteSelector } from '../model/span.js';
import { snapBackward, snapForward, splitsSurrogatePair } from './surrogate-pairs.js';

/**
 * How many UTF-16 code units of context a TextQuoteSelector keeps on each
 * side (one less when the 32nd would split a surrogate pair).
 */
export const CONTEXT_LENGTH = 32;

/** The quote and position selectors of one range. */
export interface SpanSelectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/** What {@link describeSpan} returns: the selectors, or why the range is invalid. */
export type DescribeSpanResult =
  | ({ readonly status: 'described' } & SpanSelectors)
  | { readonly status: 'invalid-range'; readonly start: number; readonly end: number; readonly reason: string };

/**
 * The selectors of a range already known to be valid (integers,
 * `0 <= start < end <= text.length`, not splitting a surrogate pair).
 * Use {@link describeSpan} for ranges from outside.
 */
export const selectorsAt = (text: string, start: number, end: number): SpanSelectors => ({
  quote: {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(snapForward(text, Math.max(0, start - CONTEXT_LENGTH)), start),
    suffix: text.slice(end, snapBackward(text, Math.min(text.length, end + CONTEXT_LENGTH))),
  },
  position: { type: 'TextPositionSelector', start, end },
});

/**
 * The span of `[start, end)` of source `sourceId`'s normalized text, for a
 * range already known to be valid (see {@link selectorsAt}): the one way
 * claimtrace turns offsets into a span.
 *
 * @example
 * spanAt('003', 'a b c', 2, 3).quote.exact // 'b'
 */
export const spanAt = (sourceId: SourceId, text: string, start: number, end: number): Span => ({
  sourceId,
  ...selectorsAt(text, start, end),
});

/** Why a range cannot be described, or `undefined` when it can. */
export const rangeProblem = (text: string, start: number, end: number): string | undefined => {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets must be integers (got ${start}–${end})`;
  if (start < 0) return `start ${start} is negative`;
  if (end > text.length) return `end ${end} is past the end of the text (length ${text.length})`;
  if (end <= start) return `end ${end} must be greater than start ${start}: a span is never empty`;
  if (splitsSurrogatePair(text, start)) return `start ${start} splits a surrogate pair (an astral character such as an emoji)`;
  if (splitsSurrogatePair(text, end)) return `end ${end} splits a surrogate pair (an astral character such as an emoji)`;
  return undefined;
};

/**
 * Describe the range `[start, end)` of a normalized text as a W3C
 * TextQuoteSelector (the exact text with up to {@link CONTEXT_LENGTH} code
 * units of prefix and suffix, never splitting a surrogate pair) and a
 * TextPositionSelector. An invalid range (not integers, out of bounds, empty,
 * or splitting a surrogate pair) gives `status: 'invalid-range'` and the
 * reason; it never throws.
 *
 * @example
 * ```ts
 * const r = describeSpan('The US is forming a coalition.', 4, 6);
 * // r.status === 'described'
 * // r.quote    → { type: 'TextQuoteSelector', exact: 'US', prefix: 'The ', suffix: ' is forming a coalition.' }
 * // r.position → { type: 'TextPositionSelector', start: 4, end: 6 }
 * ```
 */
export const describeSpan = (text: string, start: number, end: number): DescribeSpanResult => {
  const problem = rangeProblem(text, start, end);
  return problem === undefined
    ? { status: 'described', ...selectorsAt(text, start, end) }
    : { status: 'invalid-range', start, end, reason: problem };
};
