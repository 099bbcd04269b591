/**
 * A normalized text prepared once for anchoring many quotes: folding a long
 * text costs O(n), so a loader anchoring every claim of a source prepares it
 * once and passes the prepared value to `anchorQuote`.
 */
import { foldText, type FoldedText } from '../ingest/fold-text.js';

/** A normalized text with its folded form. Immutable. */
export interface PreparedText {
  readonly kind: 'prepared-text';
  readonly text: string;
  readonly folded: FoldedText;
  /** The first folded offset whose original offset is at or after `offset`. */
  readonly toFoldedOffset: (offset: number) => number;
}

/**
 * Prepare a normalized text for repeated anchoring.
 *
 * @example
 * ```ts
 * const prepared = prepareText(text);
 * const results = quotes.map((q) => anchorQuote(prepared, q));
 * ```
 */
export const prepareText = (text: string): PreparedText => {
  const folded = foldText(text);
  const toFoldedOffset = (offset: number): number => {
    let low = 0;
    let high = folded.folded.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (folded.toOriginal(mid) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return Object.freeze({ kind: 'prepared-text', text, folded, toFoldedOffset });
};

/** A prepared text as is, or a string prepared now. */
export const asPreparedText = (text: string | PreparedText): PreparedText =>
  typeof text === 'string' ? prepareText(text) : text;
