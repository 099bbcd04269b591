/**
 * Spans: where in a source a claim's evidence sits, as W3C Web Annotation
 * selectors (https://www.w3.org/TR/annotation-model/#selectors).
 *
 * Offsets are UTF-16 code units over the source's *normalized* text
 * (NFC, "\n" newlines), `end` exclusive, like `String.prototype.slice`.
 * Line and column are derived from offsets when needed, never stored.
 */
import { z } from 'zod';
import { SourceIdSchema } from './ids.js';

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  /** The quoted text, exactly as it stands in the normalized source. */
  exact: z.string().min(1, { error: 'a quote must not be empty' }),
  /** Up to 32 code units of text immediately before the quote. */
  prefix: z.string(),
  /** Up to 32 code units of text immediately after the quote. */
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    /** First UTF-16 code unit of the quote. */
    start: z.number().int().nonnegative(),
    /** One past the last UTF-16 code unit (exclusive). */
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.end > p.start, { error: 'a position must have end > start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** A range of a source's normalized text, end exclusive. */
export const TextRangeSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((r) => r.end >= r.start, { error: 'a range must have end >= start' });
export type TextRange = z.infer<typeof TextRangeSchema>;

export const SpanSchema = z.object({
  sourceId: SourceIdSchema,
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
/** The exact source words that support a claim. */
export type Span = z.infer<typeof SpanSchema>;
