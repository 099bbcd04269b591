/**
 * Ingesting a raw text: normalize it and hash the result in one step.
 */
import { contentHash, type ContentHash } from './content-hash.js';
import { normalizeText } from './normalize-text.js';

/** A normalized source text with the hash of exactly that text. */
export interface IngestedText {
  /** The normalized text (see {@link normalizeText}); offsets refer to it. */
  readonly text: string;
  /** {@link contentHash} of `text`. */
  readonly contentHash: ContentHash;
}

/**
 * Normalize a raw captured text and hash it.
 *
 * @example
 * ```ts
 * const { text, contentHash } = ingestText(readFileSync(path, 'utf8'));
 * ```
 */
export const ingestText = (raw: string): IngestedText => {
  const text = normalizeText(raw);
  return { text, contentHash: contentHash(text) };
};
