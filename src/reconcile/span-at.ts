/**
 * Build a W3C span (quote + position selectors) for a range of a source's
 * normalized text, with up to 32 code units of prefix and suffix.
 */
import type { SourceId } from '../model/ids.js';
import type { Span } from '../model/span.js';

const CONTEXT = 32;

/**
 * The span of `text.slice(start, end)` in source `sourceId`.
 *
 * @example
 * spanAt('003', 'a b c', 2, 3).quote.exact // 'b'
 */
export const spanAt = (sourceId: SourceId, text: string, start: number, end: number): Span => ({
  sourceId,
  quote: {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  },
  position: { type: 'TextPositionSelector', start, end },
});
