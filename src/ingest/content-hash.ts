/**
 * The content hash that pins a source's metadata to one version of its text.
 */
import { createHash } from 'node:crypto';

/** `sha256:` followed by 64 lowercase hex digits. */
export type ContentHash = `sha256:${string}`;

/**
 * The SHA-256 digest of the UTF-8 bytes of an already normalized text, as
 * `sha256:<64 hex digits>`. Pass the output of {@link normalizeText}: the
 * hash is over exactly the text that span offsets refer to, so a changed hash
 * means the spans must be re-anchored.
 *
 * @example
 * ```ts
 * contentHash(normalizeText('Pax Silica\r\n'));
 * // => 'sha256:…' (the same as contentHash('Pax Silica\n'))
 * ```
 */
export const contentHash = (normalized: string): ContentHash =>
  `sha256:${createHash('sha256').update(normalized, 'utf8').digest('hex')}`;
