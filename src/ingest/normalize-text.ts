/**
 * Normalizing a captured source text into the form every offset refers to.
 */

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Normalize a raw source text: strip one leading byte-order mark, compose to
 * Unicode NFC, and turn every `"\r\n"` and lone `"\r"` into `"\n"`.
 *
 * The result is what claimtrace stores and hashes: every span offset (UTF-16
 * code units, end exclusive) refers to it. Normalizing twice changes nothing.
 *
 * @example
 * ```ts
 * normalizeText('\uFEFFCafe\u0301\r\nline 2\rline 3');
 * // => 'Café\nline 2\nline 3'
 * ```
 */
export const normalizeText = (raw: string): string => {
  const withoutBom = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(BYTE_ORDER_MARK.length) : raw;
  // Newlines first: NFC never creates or removes "\r" or "\n".
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
};
